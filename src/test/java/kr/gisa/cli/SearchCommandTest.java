package kr.gisa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search and index commands as a user runs them. */
class SearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return GisaCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String lib() {
        return Seed.libraryRoot().toString();
    }

    @Test
    void jsonHitAsTheIssueSpecifies() throws Exception {
        assertEquals(0, run("search", "공급", "--library", lib(), "--json"), err.toString());
        JsonNode r = JSON.readTree(out.toString());
        assertEquals("공급", r.get("query").asText());
        assertEquals(4, r.get("total").asInt());
        JsonNode hit = null;
        for (JsonNode h : r.get("hits")) if (h.get("field").asText().equals("paragraph") && h.get("paragraph").asInt() == 2) hit = h;
        assertTrue(hit != null, out.toString());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = hit.fieldNames(); it.hasNext(); ) keys.add(it.next());
        assertEquals(List.of("article", "title", "field", "section", "paragraph", "score", "text", "spans", "snippet"), keys);
        assertEquals(Seed.ID, hit.get("article").asText());
        assertEquals(0, hit.get("section").asInt());
        assertEquals("[[44,46]]", hit.get("spans").toString());
        assertTrue(hit.get("text").asText().startsWith("엔비디아는 최근 "));
        assertTrue(hit.get("snippet").asText().contains("적기에 [공급]하겠다고"), hit.get("snippet").asText());
        assertTrue(hit.get("score").isNumber());
        JsonNode title = r.get("hits").get(0);
        assertTrue(title.get("section").isNull() && title.get("paragraph").isNull(), title.toString());
    }

    @Test
    void textOutputWithSnippets() {
        assertEquals(0, run("search", "삼성전자", "--library", lib(), "--limit", "1"), err.toString());
        String s = out.toString();
        assertTrue(s.startsWith("2 results for 삼성전자 (showing 1)\n1. "), s);
        assertTrue(s.contains("section 0 ¶ 3"), s);
        assertTrue(s.contains("[삼성전자]와"), s);
    }

    @Test
    void unquotedWordsFormOneQuery() throws Exception {
        assertEquals(0, run("search", "--library", lib(), "--json", "소버린", "AI"));
        assertEquals("소버린 AI", JSON.readTree(out.toString()).get("query").asText());
    }

    @Test
    void badQueryIsAOneLineUserError() {
        assertEquals(1, run("search", "은", "--library", lib()));
        assertTrue(err.toString().replace("\r", "")
                .endsWith("\ngisa: the query has only particles or endings (은): add a noun, name or number to search for\n")
                || err.toString().equals("gisa: the query has only particles or endings (은): add a noun, name or number to search for\n"),
                err.toString());
        assertEquals(1, run("search", "--library", lib()));
        assertTrue(err.toString().contains("gisa: no query given"));
        assertEquals(1, run("search", "공급", "--library", lib(), "--limit", "0"));
        assertEquals(1, run("search", "공급", "--library", "no/such/folder"));
        assertTrue(err.toString().contains("gisa: no library folder at "), err.toString());
    }

    @Test
    void batchQueriesGiveOneJsonLineEach(@TempDir Path tmp) throws Exception {
        Path q = tmp.resolve("queries.txt");
        Files.writeString(q, "공급\n\n은\n26만장\n\"소버린 AI\n");
        assertEquals(0, run("search", "--queries", q.toString(), "--library", lib(), "--limit", "3"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals(4, lines.length, out.toString());
        assertEquals(4, JSON.readTree(lines[0]).get("total").asInt());
        assertEquals("the query has only particles or endings (은): add a noun, name or number to search for",
                JSON.readTree(lines[1]).get("error").asText());
        assertEquals(3, JSON.readTree(lines[2]).get("total").asInt());
        assertTrue(JSON.readTree(lines[3]).get("notes").toString().contains("unclosed quote"));
        assertEquals(1, run("search", "--queries", tmp.resolve("missing.txt").toString(), "--library", lib()));
        assertTrue(err.toString().startsWith("gisa: cannot read queries from "), err.toString());
    }

    @Test
    void indexCommandBuildsThenUpdatesNothing(@TempDir Path tmp) throws Exception {
        Path library = tmp.resolve("lib");
        Files.createDirectories(library);
        new kr.gisa.core.store.Library(library).save(Seed.article(), "source.txt", null);
        assertEquals(0, run("index", "--library", library.toString()), err.toString());
        assertTrue(out.toString().startsWith("1 articles indexed (1 added, 0 changed, 0 removed) in "), out.toString());
        assertTrue(err.toString().contains("indexing [##############################] 1/1"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("index", "--library", library.toString()));
        assertTrue(out.toString().startsWith("1 articles indexed (0 added, 0 changed, 0 removed) in "), out.toString());
        assertFalse(Files.exists(library.resolve("index")), "the index never lives in the library");
    }
}
