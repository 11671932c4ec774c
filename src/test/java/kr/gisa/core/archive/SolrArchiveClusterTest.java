package kr.gisa.core.archive;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Photo;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchResult;
import kr.gisa.testing.ArchiveFixture;
import kr.gisa.testing.Seed;
import kr.gisa.testing.SolrCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the shared test archive (2 shards × 2 replicas) and the one-line failures of opening one. */
@Tag("cluster")
class SolrArchiveClusterTest {

    private static ArchiveFixture fixture;
    private static SolrArchive archive;

    @BeforeAll
    static void open() throws ArchiveException {
        fixture = ArchiveFixture.get();
        archive = SolrArchive.open(fixture.url());
    }

    @AfterAll
    static void close() {
        if (archive != null) archive.close();
    }

    @Test
    void theFirstPushSentEveryArticle() {
        PushStats first = fixture.firstPush();
        assertEquals(ArchiveFixture.GENERATED + 1, first.articles());
        assertEquals(first.articles(), first.sent());
        assertTrue(first.problems().isEmpty(), first.problems().toString());
    }

    @Test
    void anArticleComesBackWithItsWholeStructure() throws Exception {
        Article a = archive.load(Seed.ID);
        assertEquals(Seed.article(), a);
        assertTrue(a.sections().stream().flatMap(s -> s.photos().stream()).map(Photo::credit).anyMatch(c -> c != null && !c.isBlank()));
        String generated = fixture.library().ids().stream().filter(id -> !id.equals(Seed.ID)).findFirst().orElseThrow();
        assertEquals(fixture.library().load(generated), archive.load(generated));
        ArchiveException missing = assertThrows(ArchiveException.class, () -> archive.load("0000000000000000"));
        assertTrue(missing.getMessage().startsWith("no article \"0000000000000000\" in the archive"), missing.getMessage());
    }

    @Test
    void listsEveryArticleNewestFirstInPages() throws Exception {
        List<ArchiveEntry> all = archive.list(0, 1000);
        assertEquals(new HashSet<>(fixture.library().ids()), ids(all));
        List<ArchiveEntry> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(ArchiveEntry::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ArchiveEntry::id));
        assertEquals(sorted, all);
        assertEquals(all.subList(10, 15), archive.list(10, 5));
        ArchiveEntry seed = all.stream().filter(e -> e.id().equals(Seed.ID)).findFirst().orElseThrow();
        assertEquals(new ArchiveEntry(Seed.ID, Seed.article().title(), Seed.article().publisher(), Seed.article().published()), seed);
        assertEquals(all.size(), archive.articleCount());
    }

    @Test
    void notesNameTheArchiveAndItsLayout() {
        assertEquals(List.of("archive " + fixture.url() + " (2 shards × 2 replicas)"), archive.notes());
        SearchResult r = archive.search("반도체", 5);
        assertTrue(r.notes().contains(archive.notes().get(0)), r.notes().toString());
    }

    @Test
    void statusShowsShardsReplicasLiveNodesAndArticles() throws ArchiveException {
        ArchiveStatus s = archive.status();
        assertEquals(ArchiveFixture.GENERATED + 1, s.articles());
        assertEquals(3, s.liveNodes().size());
        assertEquals(List.of("shard1", "shard2"), s.shards().stream().map(ArchiveStatus.Shard::name).toList());
        long docs = 0;
        for (ArchiveStatus.Shard shard : s.shards()) {
            assertEquals(2, shard.replicas().size());
            assertEquals(1, shard.replicas().stream().filter(ArchiveStatus.ReplicaState::leader).count());
            assertTrue(shard.served());
            assertEquals(shard.replicas().get(0).docs(), shard.replicas().get(1).docs(), shard.toString());
            docs += shard.replicas().get(0).docs();
        }
        assertTrue(s.healthy());
        assertTrue(docs > 20L * s.articles(), "units and meta documents: " + docs);
    }

    @Test
    void pushingAgainSendsNothing() throws ArchiveException {
        PushStats again = archive.push(fixture.library(), IndexProgress.NONE, false, () -> false);
        assertEquals(0, again.sent());
        assertEquals(ArchiveFixture.GENERATED + 1, again.unchanged());
        assertEquals(0, again.onlyInArchive());
    }

    @Test
    void aFinderUsesTheShippedAnalysis() throws ArchiveException {
        try (var finder = archive.finder(archive.load(Seed.ID))) {
            assertTrue(finder.find("엔비디아").count() > 0);
        }
    }

    @Test
    void wrongUrlsFailInOneLine() throws IOException {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        String base = SolrCluster.get().baseUrl();
        String host = base.substring(0, base.lastIndexOf('/'));
        assertFails("http://127.0.0.1:" + free + "/solr/news", "cannot reach the archive at http://127.0.0.1:" + free + "/solr (connection refused)");
        assertFails(host + "/nosuch/news", "http://127.0.0.1:");
        assertFails(host + "/nosuch/news", "/nosuch is not a Solr URL");
        assertFails("ftp://example.org/solr/news", "not an archive URL: ftp://example.org/solr/news");
        assertFails(base + "/", "names no collection");
        assertFails(base + "/nosuch", "no collection \"nosuch\" at " + base + " (it holds: ");
        assertFails(base + "/nosuch", ArchiveFixture.COLLECTION);
        assertFails(base + "/a," + host + "/solr/b", "different collections");
        ArchiveException exists = assertThrows(ArchiveException.class, () -> SolrArchive.create(fixture.url(), 1, 1));
        assertTrue(exists.getMessage().contains("exists already"), exists.getMessage());
        ArchiveException shards = assertThrows(ArchiveException.class, () -> SolrArchive.create(base + "/other", 0, 1));
        assertTrue(shards.getMessage().contains("--shards must be"), shards.getMessage());
    }

    @Test
    void theFirstReachableNodeServesWhenEarlierOnesAreDown() throws IOException, ArchiveException {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        try (SolrArchive a = SolrArchive.open("http://127.0.0.1:" + free + "/solr/news, " + fixture.url())) {
            assertEquals(ArchiveFixture.GENERATED + 1, a.articleCount());
        }
    }

    @Test
    void aCollectionWithoutTheGisaSchemaIsRefused() throws Exception {
        String name = PlainCollection.create();
        ArchiveException e = assertThrows(ArchiveException.class, () -> SolrArchive.open(SolrCluster.get().baseUrl() + "/" + name));
        assertTrue(e.getMessage().startsWith("the collection \"" + name + "\" at " + SolrCluster.get().baseUrl() + " is not a Gisa archive (schema: "),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static void assertFails(String url, String expected) {
        ArchiveException e = assertThrows(ArchiveException.class, () -> SolrArchive.open(url));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static Set<String> ids(List<ArchiveEntry> entries) {
        Set<String> ids = new HashSet<>();
        for (ArchiveEntry e : entries) ids.add(e.id());
        return ids;
    }
}
