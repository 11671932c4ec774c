package kr.gisa.core.archive;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import kr.gisa.core.search.ArticleUnits;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.testing.ArchiveFixture;
import kr.gisa.testing.SolrCluster;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shard leader goes down in the middle of a push: every search still finds every article, the push
 * goes on, and when the node is back its replicas recover and agree. An interrupted push, repeated,
 * loses and duplicates nothing; a changed article leaves no stale units; an archive whose only node is
 * down says so in one line and works again when the node is back; the library is never written.
 */
@Tag("cluster")
class ArchiveFailoverClusterTest {

    private static final String NAME = "failover";
    private static final String LONELY = "lonely";
    private static final String[] QUERIES = {"반도체", "엔비디아 -GPU", "삼성전자", "title:엔비*", "26만장"};

    @Test
    void aLeaderGoingDownLosesNothing() throws Exception {
        SolrCluster solr = SolrCluster.get();
        MiniSolrCloudCluster cluster = solr.cluster();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "archive-failover-");
        Library library = ArchiveFixture.library(dir.resolve("library"), 60, 23);
        List<String> ids = library.ids();
        String urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl() + "/" + NAME).collect(Collectors.joining(","));
        try (SolrArchive archive = SolrArchive.create(urls, 2, 2)) {
            // Debris of an older push of a longer version of one article: units with another rev, no meta document.
            Article older = longer(library.load(ids.get(7)));
            CloudSolrClient zk = solr.client();
            zk.add(NAME, SolrDocs.units(older, "older"));
            zk.commit(NAME);

            AtomicInteger asked = new AtomicInteger();
            PushStats first = archive.push(library, IndexProgress.NONE, false, () -> asked.incrementAndGet() > 25);
            assertTrue(first.stopped());
            assertEquals(25, first.sent());
            Map<String, List<String>> before = searches(archive);

            JettySolrRunner node = leaderNode(solr, "shard1");
            CollectionAdminRequest.createCollection(LONELY, Configset.NAME, 1, 1).setCreateNodeSet(node.getNodeName())
                    .process(solr.client());
            cluster.waitForActiveCollection(LONELY, 1, 1);
            String digest = digest(library.root());
            try (SolrArchive lonely = SolrArchive.open(node.getBaseUrl() + "/" + LONELY)) {
                cluster.stopJettySolrRunner(node);
                cluster.waitForJettyToStop(node);
                try {
                    assertEquals(25, archive.articleCount());
                    assertEquals(new HashSet<>(ids.subList(0, 25)), archive.list(0, 1000).stream().map(ArchiveEntry::id).collect(Collectors.toSet()));
                    assertEquals(before, searches(archive));
                    PushStats rest = archive.push(library, IndexProgress.NONE, false, () -> false);
                    assertEquals(ids.size() - 25, rest.sent(), rest.summary());
                    assertEquals(25, rest.unchanged());
                    assertEquals(ids.size(), archive.articleCount());

                    SearchResult gone = lonely.search("반도체", 5);
                    assertNotNull(gone.error());
                    assertTrue(gone.error().startsWith("the archive " + node.getBaseUrl() + "/" + LONELY + " cannot be reached while searching"), gone.error());
                    ArchiveException e = assertThrows(ArchiveException.class, () -> lonely.list(0, 10));
                    assertFalse(e.getMessage().contains("\n"), e.getMessage());
                } finally {
                    cluster.startJettySolrRunner(node, true);
                    cluster.waitForNode(node, 60);
                }
                cluster.waitForActiveCollection(LONELY, 60, TimeUnit.SECONDS, 1, 1);
                assertEquals(0, lonely.articleCount()); // works again once its node is back
            }
            assertEquals(digest, digest(library.root()), "the library was written");
            ArchiveStatus status = agreed(archive);
            long units = 0;
            for (String id : ids) units += ArticleUnits.of(library.load(id)).size();
            assertEquals(units + ids.size(), status.shards().stream().mapToLong(s -> s.replicas().get(0).docs()).sum(), "lost or duplicated documents");
            assertEquals(0, archive.push(library, IndexProgress.NONE, false, () -> false).sent());
            assertEquals(before.keySet(), searches(archive).keySet());

            // A shorter version replaces every unit of the longer one.
            Article shorter = shorter(library.load(ids.get(3)));
            library.save(shorter, Library.SOURCE_TXT, null);
            assertEquals(1, archive.push(library, IndexProgress.NONE, false, () -> false).sent());
            assertEquals(shorter, archive.load(shorter.id()));
            assertEquals(ArticleUnits.of(shorter).size(), count(zk, "id:" + shorter.id()));
            assertEquals(ArticleUnits.of(library.load(ids.get(7))).size(), count(zk, "id:" + ids.get(7)));

            // An article gone from the library stays in the archive until a push with prune.
            library.delete(ids.get(0));
            PushStats kept = archive.push(library, IndexProgress.NONE, false, () -> false);
            assertEquals(1, kept.onlyInArchive());
            assertEquals(ids.size(), archive.articleCount());
            PushStats pruned = archive.push(library, IndexProgress.NONE, true, () -> false);
            assertEquals(1, pruned.removed());
            assertEquals(ids.size() - 1, archive.articleCount());
            assertEquals(0, count(zk, "id:" + ids.get(0)));
            assertThrows(ArchiveException.class, () -> archive.load(ids.get(0)));
        } finally {
            CollectionAdminRequest.deleteCollection(NAME).process(solr.client());
            CollectionAdminRequest.deleteCollection(LONELY).process(solr.client());
            ArchiveFixture.delete(dir);
        }
    }

    /** Waits until every replica is active and the replicas of each shard hold the same number of documents. */
    private static ArchiveStatus agreed(SolrArchive archive) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            ArchiveStatus s = archive.status();
            boolean agree = s.healthy() && s.shards().stream().allMatch(sh -> sh.replicas().stream()
                    .map(ArchiveStatus.ReplicaState::docs).distinct().count() == 1 && sh.replicas().get(0).docs() > 0);
            if (agree) return s;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("replicas did not recover and agree: " + s);
            Thread.sleep(250);
        }
    }

    private static JettySolrRunner leaderNode(SolrCluster solr, String shard) {
        Replica leader = solr.client().getClusterState().getCollection(NAME).getSlice(shard).getLeader();
        return solr.cluster().getReplicaJetty(leader);
    }

    private static Map<String, List<String>> searches(SolrArchive archive) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String q : QUERIES) {
            SearchResult r = archive.search(q, 1000);
            assertNull(r.error(), r.error());
            List<String> hits = new ArrayList<>();
            for (SearchHit h : r.hits()) hits.add(h.article() + " " + h.field() + " " + h.section() + "/" + h.paragraph() + " " + h.spans());
            hits.sort(null);
            out.put(q, hits);
        }
        return out;
    }

    private static long count(CloudSolrClient zk, String q) throws Exception {
        return zk.query(NAME, new SolrQuery(q).setRows(0)).getResults().getNumFound();
    }

    private static Article longer(Article a) {
        List<Section> sections = new ArrayList<>(a.sections());
        Section last = sections.remove(sections.size() - 1);
        List<kr.gisa.core.model.Block> blocks = new ArrayList<>(last.blocks());
        blocks.add(new Paragraph("지난 판에만 있던 문단이다."));
        blocks.add(new Paragraph("이 문단도 지난 판에만 있었다."));
        sections.add(new Section(last.heading(), blocks));
        return new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), a.published(), a.url(),
                a.copyright(), sections);
    }

    private static Article shorter(Article a) {
        List<Section> sections = new ArrayList<>(a.sections());
        Section first = sections.get(0);
        return new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), a.published(), a.url(),
                a.copyright(), List.of(new Section(first.heading(), first.blocks().subList(0, 1))));
    }

    private static String digest(Path root) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(root.relativize(f)).append(' ').append(ArticleIds.sha256(Files.readAllBytes(f))).append('\n');
            }
        }
        return ArticleIds.sha256(sb.toString());
    }
}

