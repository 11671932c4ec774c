package kr.gisa.core.archive;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP clients of one archive: a plain client to ask single nodes (probes, per-replica counts)
 * and a cloud client over it that routes updates to shard leaders and fails over between nodes. No
 * ZooKeeper: the cluster state comes over HTTP from the nodes given. Every request is bounded, so a
 * vanished cluster costs seconds, not minutes.
 */
final class SolrConnection implements AutoCloseable {

    static final int CONNECT_SECONDS = 5;
    static final int IDLE_SECONDS = 30;
    static final int REQUEST_SECONDS = 120;

    final ArchiveUrl url;
    final Http2SolrClient http;
    private volatile CloudHttp2SolrClient cloud;
    private volatile boolean stale;
    private final List<CloudHttp2SolrClient> retired = new ArrayList<>();

    private SolrConnection(ArchiveUrl url, Http2SolrClient http, CloudHttp2SolrClient cloud) {
        this.url = url;
        this.http = http;
        this.cloud = cloud;
    }

    /**
     * The cloud client. After the cluster could not be reached it is made anew from the URLs given:
     * SolrJ would otherwise shun a node that was down for a minute after it is back.
     */
    CloudHttp2SolrClient cloud() throws SolrServerException {
        if (!stale) return cloud;
        synchronized (this) {
            if (stale) {
                CloudHttp2SolrClient fresh;
                try {
                    fresh = new CloudHttp2SolrClient.Builder(url.nodes()).withHttpClient(http).build();
                } catch (RuntimeException e) {
                    throw new SolrServerException("cannot reach any node of " + url.text(), e);
                }
                retired.add(cloud); // another thread may still be using it: closed with the connection
                cloud = fresh;
                stale = false;
            }
            return cloud;
        }
    }

    /** Runs a query on the archive's collection (POST: a long query never meets a URL length limit). */
    QueryResponse query(SolrParams params) throws SolrServerException, IOException {
        return request(new QueryRequest(params, SolrRequest.METHOD.POST));
    }

    /** Runs a request on the archive's collection. */
    <R extends SolrResponse> R request(SolrRequest<R> request) throws SolrServerException, IOException {
        return request.process(cloud(), url.collection());
    }

    /** The one-line failure of {@code doing}; after an unreachable cluster, the next request reconnects. */
    ArchiveException failure(String doing, Exception e) {
        if (SolrErrors.unreachable(e)) stale = true;
        return SolrErrors.inUse(url, doing, e);
    }

    /** The cluster's live nodes, as the cluster reports them now. */
    Set<String> liveNodes() throws ArchiveException {
        try {
            return cloud().getClusterStateProvider().getLiveNodes();
        } catch (SolrServerException | RuntimeException e) {
            throw failure("reading the live nodes", e);
        }
    }

    /**
     * Connects to the first node of {@code url} that answers as a SolrCloud node and returns the
     * collections that cluster holds; fails with one line when none does (unreachable, not Solr,
     * Solr without SolrCloud).
     */
    static SolrConnection connect(ArchiveUrl url, List<String> collections) throws ArchiveException {
        Http2SolrClient http = new Http2SolrClient.Builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS)
                .withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS)
                .build();
        try {
            List<String> order = new ArrayList<>();
            ArchiveException first = null;
            for (String node : url.nodes()) { // the first that answers; the others are failovers
                try {
                    collections.addAll(listCollections(http, node));
                    order.add(node);
                    break;
                } catch (ArchiveException e) {
                    if (first == null) first = e;
                }
            }
            if (order.isEmpty()) throw first;
            for (String node : url.nodes()) if (!order.contains(node)) order.add(node);
            CloudHttp2SolrClient cloud;
            try {
                cloud = new CloudHttp2SolrClient.Builder(order).withHttpClient(http).build();
            } catch (RuntimeException e) {
                throw new ArchiveException("cannot read the cluster state of " + url.text() + ": " + SolrErrors.reason(e), e);
            }
            return new SolrConnection(url, http, cloud);
        } catch (ArchiveException | RuntimeException e) {
            http.close();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> listCollections(Http2SolrClient http, String node) throws ArchiveException {
        try {
            CollectionAdminResponse r = http.requestWithBaseUrl(node, null, new CollectionAdminRequest.List());
            Object names = r.getResponse().get("collections");
            if (!(names instanceof List<?>)) throw new ArchiveException(node + " is not a Solr URL: its answer lists no collections");
            return new ArrayList<>((List<String>) names);
        } catch (SolrServerException | IOException | SolrException | IllegalStateException e) {
            if (SolrErrors.unreachable(e)) {
                throw new ArchiveException("cannot reach the archive at " + node + " (" + SolrErrors.reason(e)
                        + "): is Solr running there?", e);
            }
            String reason = SolrErrors.reason(e);
            if (reason.contains("not running in SolrCloud mode")) {
                throw new ArchiveException(node + " is a Solr without SolrCloud: a Gisa archive needs SolrCloud (bin/solr start -c)", e);
            }
            if (e instanceof SolrException se && se.code() == 401 || e instanceof SolrException se2 && se2.code() == 403) {
                throw new ArchiveException(node + " refuses Gisa (" + reason + "): the archive must allow reading without a login", e);
            }
            throw new ArchiveException(node + " is not a Solr URL (" + reason + "): expected " + ArchiveUrl.EXAMPLE, e);
        }
    }

    /** The collection's layout as the cluster reports it now, or null when it has no such collection. */
    DocCollection collection() throws ArchiveException {
        try {
            return cloud().getClusterStateProvider().getCollection(url.collection());
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Could not find collection")) return null;
            throw failure("reading the cluster state", e);
        }
    }

    @Override
    public void close() {
        List<CloudHttp2SolrClient> all = new ArrayList<>(retired);
        all.add(cloud);
        for (CloudHttp2SolrClient client : all) {
            try {
                client.close();
            } catch (IOException | RuntimeException ignored) {
                // closing
            }
        }
        http.close();
    }
}
