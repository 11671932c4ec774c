package kr.gisa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.core.parse.NewsPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GisaCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonLinePerFileAndExitCodes() throws Exception {
        Path page = tmp.resolve("a.html");
        Files.writeString(page, NewsPages.full("a_files/x.jpg"), StandardCharsets.UTF_8);
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        String lib = tmp.resolve("lib").toString();

        Run r = run("import", page.toString(), "--library", lib, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode line = new ObjectMapper().readTree(r.out().strip());
        assertEquals(page.toString(), line.get("file").asText());
        assertEquals(16, line.get("id").asText().length());
        assertEquals(NewsPages.TITLE, line.get("title").asText());
        assertEquals(3, line.get("sections").asInt());
        assertEquals(5, line.get("paragraphs").asInt());
        assertEquals(1, line.get("photos").asInt());

        Run two = run("import", page.toString(), empty.toString(), "--library", lib, "--json");
        assertEquals(1, two.code());
        String[] lines = two.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals("same source file", new ObjectMapper().readTree(lines[0]).get("skipped").asText());
        assertEquals("empty file", new ObjectMapper().readTree(lines[1]).get("error").asText());
    }

    @Test
    void textOutputAndReplace() throws Exception {
        Path page = tmp.resolve("a.html");
        Files.writeString(page, NewsPages.full("x.jpg"), StandardCharsets.UTF_8);
        String lib = tmp.resolve("lib").toString();
        Run first = run("import", page.toString(), "--library", lib);
        assertEquals(0, first.code());
        assertTrue(first.out().contains("imported"), first.out());
        assertTrue(first.out().contains("3 sections, 5 paragraphs, 1 photo"), first.out());
        Run skip = run("import", page.toString(), "--library", lib, "--skip");
        assertTrue(skip.out().contains("skipped, duplicate of"), skip.out());
        Run replace = run("import", page.toString(), "--library", lib, "--replace");
        assertTrue(replace.out().contains("replaced"), replace.out());
        assertEquals(1, run("import", "--replace", "--skip", page.toString()).code());
    }

    @Test
    void helpAndMissingArguments() {
        Run help = run("import", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--replace"));
        Run none = run("import");
        assertEquals(1, none.code());
        assertFalse(none.err().contains("Exception"));
    }

    @Test
    void showReadsASavedPageWithoutImportingIt() throws Exception {
        Path page = tmp.resolve("p.htm");
        Files.writeString(page, NewsPages.full("x.jpg"), StandardCharsets.UTF_8);
        Run r = run("show", "--text", page.toString(), "--library", tmp.resolve("lib").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(NewsPages.TITLE + "\n"), r.out());
        assertFalse(Files.exists(tmp.resolve("lib")));
    }
}
