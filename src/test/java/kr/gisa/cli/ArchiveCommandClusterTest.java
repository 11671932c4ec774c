package kr.gisa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.core.store.ArticleJson;
import kr.gisa.testing.ArchiveFixture;
import kr.gisa.testing.Seed;
import kr.gisa.testing.SolrCluster;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive commands and --archive on search, show and brief, as a user runs them against the test cluster. */
@Tag("cluster")
class ArchiveCommandClusterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ArchiveFixture fixture;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    @BeforeAll
    static void archive() {
        fixture = ArchiveFixture.get();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return GisaCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void searchJsonHasTheShapeAndHitsOfTheLibrarySearch() throws Exception {
        assertEquals(0, run("search", "공급", "--archive", fixture.url(), "--json", "--limit", "1000"), err.toString());
        JsonNode remote = JSON.readTree(out.toString());
        JsonNode local = JSON.readTree(SearchJson.line(fixture.embedded().search("공급", 1000)));
        assertEquals(keys(local), keys(remote));
        assertEquals(local.get("total"), remote.get("total"));
        assertEquals(keys(local.get("hits").get(0)), keys(remote.get("hits").get(0)));
        assertEquals(hits(local), hits(remote));
        assertTrue(remote.get("notes").toString().contains("2 shards × 2 replicas"), remote.toString());
    }

    @Test
    void searchShowsHitsAsText() {
        assertEquals(0, run("search", "엔비디아", "GPU", "--archive", fixture.url()), err.toString());
        assertTrue(out.toString().contains(Seed.ID), out.toString());
        assertTrue(out.toString().contains("[GPU]"), out.toString());
    }

    @Test
    void showAndBriefReadTheArchive() throws Exception {
        assertEquals(0, run("show", Seed.ID, "--archive", fixture.url()), err.toString());
        assertEquals(ArticleJson.write(Seed.article()), out.toString());
        Path md = tmp.resolve("brief.md");
        assertEquals(0, run("brief", Seed.ID, "--archive", fixture.url(), "--out", md.toString()), err.toString());
        assertTrue(Files.readString(md).contains(Seed.article().title()));
        assertEquals(1, run("show", "0000000000000000", "--archive", fixture.url()));
        assertEquals("gisa: no article \"0000000000000000\" in the archive " + fixture.url() + "\n", err.toString());
    }

    @Test
    void statusAsTextAndJson() throws Exception {
        assertEquals(0, run("archive", "status", "--archive", fixture.url()), err.toString());
        assertTrue(out.toString().startsWith("archive " + fixture.url() + ": " + (ArchiveFixture.GENERATED + 1) + " articles, 2 shards"),
                out.toString());
        assertTrue(out.toString().contains("leader"), out.toString());
        assertTrue(out.toString().contains("live nodes (3): "), out.toString());
        assertEquals(0, run("archive", "status", "--archive", fixture.url(), "--json"), err.toString());
        JsonNode s = JSON.readTree(out.toString());
        assertEquals(ArchiveFixture.GENERATED + 1, s.get("articles").asInt());
        assertEquals(2, s.get("shards").size());
        assertEquals(2, s.get("shards").get(0).get("replicas").size());
        assertEquals(3, s.get("live_nodes").size());
    }

    @Test
    void createAndPushWithAProgressBar() throws Exception {
        String url = SolrCluster.get().baseUrl() + "/cli";
        try {
            assertEquals(0, run("archive", "create", "--archive", url, "--shards", "1", "--replicas", "1"), err.toString());
            assertEquals("created cli: 1 shard × 1 replica at " + url + "\n", out.toString());
            assertEquals(0, run("archive", "push", "--library", Seed.libraryRoot().toString(), "--archive", url), err.toString());
            assertTrue(out.toString().startsWith("sent 1 article (0 unchanged) in "), out.toString());
            assertTrue(err.toString().contains("pushing [##############################] 1/1"), err.toString());
            assertEquals(0, run("archive", "push", "--library", Seed.libraryRoot().toString(), "--archive", url), err.toString());
            assertTrue(out.toString().startsWith("sent 0 articles (1 unchanged) in "), out.toString());
            assertEquals(1, run("archive", "create", "--archive", url));
            assertTrue(err.toString().startsWith("gisa: the collection \"cli\" exists already at "), err.toString());
        } finally {
            CollectionAdminRequest.deleteCollection("cli").process(SolrCluster.get().client());
        }
    }

    @Test
    void failuresAreOneLine() {
        assertEquals(1, run("search", "반도체", "--archive", "http://127.0.0.1:1/solr/news"));
        assertEquals("gisa: cannot reach the archive at http://127.0.0.1:1/solr (connection refused): is Solr running there?\n", err.toString());
        assertEquals(1, run("archive", "status", "--archive", SolrCluster.get().baseUrl() + "/nosuch"));
        assertTrue(err.toString().startsWith("gisa: no collection \"nosuch\" at "), err.toString());
        assertEquals(1, err.toString().split("\n").length);
        assertEquals(1, run("archive", "push", "--library", tmp.resolve("none").toString(), "--archive", fixture.url()));
        assertTrue(err.toString().startsWith("gisa: no library folder at "), err.toString());
        assertEquals(1, run("archive"));
        assertTrue(err.toString().startsWith("gisa: name an archive command"), err.toString());
        assertEquals(1, run("archive", "status"));
        assertTrue(err.toString().contains("--archive"), err.toString());
        assertEquals(0, run("archive", "push", "--help"));
        assertTrue(out.toString().contains("--prune"), out.toString());
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) keys.add(it.next());
        keys.remove("notes"); // the archive adds its own note; both may have notes
        return keys;
    }

    private static Set<String> hits(JsonNode r) {
        Set<String> out = new TreeSet<>();
        for (JsonNode h : r.get("hits")) {
            out.add(h.get("article").asText() + " " + h.get("field").asText() + " " + h.get("section") + "/" + h.get("paragraph")
                    + " " + h.get("spans") + " " + h.get("snippet").asText() + " " + h.get("text").asText());
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
