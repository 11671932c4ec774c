package kr.gisa.core.archive;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of an archive's collection as the cluster reports it, plus what each replica holds.
 *
 * @param liveNodes the cluster's live nodes ({@code 127.0.0.1:8983_solr})
 * @param articles  articles in the archive (meta documents)
 */
public record ArchiveStatus(String url, String collection, List<Shard> shards, List<String> liveNodes, long articles) {

    public ArchiveStatus {
        shards = List.copyOf(shards);
        liveNodes = List.copyOf(liveNodes);
    }

    /** One shard; {@code state} is active, inactive, construction… as Solr names it. */
    public record Shard(String name, String state, List<ReplicaState> replicas) {
        public Shard {
            replicas = List.copyOf(replicas);
        }

        /** True when some replica is the leader and active on a live node. */
        public boolean served() {
            return replicas.stream().anyMatch(r -> r.leader() && r.state().equals("active"));
        }
    }

    /**
     * One replica. {@code state}: active, recovering, down… ("down" also when its node is not live);
     * {@code docs}: documents in its index, asked of that replica alone, or -1 when it did not answer.
     */
    public record ReplicaState(String name, String node, String state, boolean leader, long docs) {
    }

    /** True when every shard has an active leader and every replica is active. */
    public boolean healthy() {
        return !shards.isEmpty() && shards.stream().allMatch(s -> s.replicas().stream().allMatch(r -> r.state().equals("active")));
    }

    static ArchiveStatus read(SolrConnection c, long articles) throws ArchiveException {
        DocCollection dc = c.collection();
        if (dc == null) throw new ArchiveException("the collection \"" + c.url.collection() + "\" is gone from " + c.url.text());
        Set<String> live = new TreeSet<>(c.liveNodes());
        List<Shard> shards = new ArrayList<>();
        List<Slice> slices = new ArrayList<>(dc.getSlices());
        slices.sort(Comparator.comparing(Slice::getName));
        for (Slice s : slices) {
            List<ReplicaState> replicas = new ArrayList<>();
            List<Replica> rs = new ArrayList<>(s.getReplicas());
            rs.sort(Comparator.comparing(Replica::getName));
            for (Replica r : rs) {
                boolean up = live.contains(r.getNodeName());
                String state = up ? r.getState().toString() : "down";
                replicas.add(new ReplicaState(r.getName(), r.getNodeName(), state, r.isLeader(), up ? docs(c, r) : -1));
            }
            shards.add(new Shard(s.getName(), s.getState().toString(), replicas));
        }
        return new ArchiveStatus(c.url.text(), c.url.collection(), shards, new ArrayList<>(live), articles);
    }

    /** numDocs of one replica's own index (distrib=false), or -1. */
    private static long docs(SolrConnection c, Replica r) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("distrib", false);
        try {
            return c.http.requestWithBaseUrl(r.getBaseUrl(), r.getCoreName(), new QueryRequest(p)).getResults().getNumFound();
        } catch (SolrServerException | IOException | SolrException e) {
            return -1;
        }
    }
}
