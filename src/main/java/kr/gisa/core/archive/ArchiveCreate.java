package kr.gisa.core.archive;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.util.ContentStreamBase;

import java.io.IOException;
import java.util.Set;

/**
 * Makes a new archive collection: uploads the configset this Gisa ships ({@link Configset}: schema,
 * solrconfig, the user dictionary and synonyms the embedded index uses), creates the collection on it
 * and waits until every replica is active.
 */
final class ArchiveCreate {

    static final int MAX_SHARDS = 64;
    static final int MAX_REPLICAS = 10;
    private static final long WAIT_MILLIS = 120_000;

    private ArchiveCreate() {
    }

    static void run(SolrConnection c, int shards, int replicas) throws ArchiveException {
        if (shards < 1 || shards > MAX_SHARDS) throw new ArchiveException("--shards must be 1.." + MAX_SHARDS + ", not " + shards);
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new ArchiveException("--replicas must be 1.." + MAX_REPLICAS + ", not " + replicas);
        }
        uploadConfigset(c);
        try {
            CollectionAdminRequest.createCollection(c.url.collection(), Configset.NAME, shards, replicas).process(c.cloud());
        } catch (SolrServerException | IOException | SolrException e) {
            if (SolrErrors.unreachable(e)) throw c.failure("creating the collection", e);
            throw new ArchiveException("cannot create the collection \"" + c.url.collection() + "\" at " + c.url.nodes().get(0)
                    + ": " + SolrErrors.reason(e), e);
        }
        waitActive(c, shards, replicas);
    }

    /** Uploads (or replaces) the {@value Configset#NAME} configset, so the archive analyses as this Gisa does. */
    private static void uploadConfigset(SolrConnection c) throws ArchiveException {
        try {
            boolean exists = new ConfigSetAdminRequest.List().process(c.cloud()).getConfigSets().contains(Configset.NAME);
            ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(Configset.zip(), "gisa-configset.zip", "application/zip");
            new ConfigSetAdminRequest.Upload().setConfigSetName(Configset.NAME).setUploadStream(zip)
                    .setOverwrite(exists).setCleanup(exists).process(c.cloud());
        } catch (SolrServerException | IOException | SolrException e) {
            if (SolrErrors.unreachable(e)) throw c.failure("uploading the configset", e);
            throw new ArchiveException("cannot upload the '" + Configset.NAME + "' configset to " + c.url.nodes().get(0)
                    + ": " + SolrErrors.reason(e), e);
        }
    }

    private static void waitActive(SolrConnection c, int shards, int replicas) throws ArchiveException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            DocCollection dc = c.collection();
            Set<String> live = c.liveNodes();
            if (dc != null && dc.getSlices().size() == shards
                    && dc.getSlices().stream().allMatch(s -> s.getReplicas().size() == replicas
                    && s.getLeader() != null && s.getReplicas().stream().allMatch(r -> r.isActive(live)))) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                long active = dc == null ? 0 : dc.getReplicas().stream().filter((Replica r) -> r.isActive(live)).count();
                throw new ArchiveException("the collection \"" + c.url.collection() + "\" was created but only " + active + " of "
                        + shards * replicas + " replicas became active within " + WAIT_MILLIS / 1000 + " s: see 'gisa archive status'");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArchiveException("interrupted while waiting for the collection to become active", e);
            }
        }
    }
}
