package kr.gisa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return GisaCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesEachFormatByExtension() throws Exception {
        String lib = Seed.libraryRoot().toString();
        Path pdf = tmp.resolve("b.pdf");
        assertEquals(0, run("brief", Seed.ID, "--library", lib, "--out", pdf.toString()), err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        Path json = tmp.resolve("b.json");
        assertEquals(0, run("brief", Seed.ID, "--library", lib, "--sentences", "5", "--query", "팹리스",
                "--out", json.toString()), err.toString());
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals(5, n.get("sentences").size());
        assertEquals("팹리스", n.get("query").asText());
        Path md = tmp.resolve("b.md");
        assertEquals(0, run("brief", "articles/" + Seed.ID, "--out", md.toString()), err.toString());
        assertTrue(Files.readString(md).startsWith("# 엔비디아"));
        Path html = tmp.resolve("b.html");
        assertEquals(0, run("brief", Seed.ID, "--out", html.toString()), err.toString());
        assertTrue(Files.readString(html).contains("<!DOCTYPE html>"));
        assertTrue(out.toString().contains("wrote " + html));
    }

    @Test
    void userErrorsAreOneLine() throws Exception {
        assertEquals(1, run("brief", Seed.ID, "--out", tmp.resolve("b.docx").toString()));
        assertTrue(err.toString().contains("name it .pdf, .md, .html or .json"), err.toString());

        assertEquals(1, run("brief", Seed.ID, "--sentences", "0", "--out", tmp.resolve("b.pdf").toString()));
        assertTrue(err.toString().contains("--sentences must be between 1 and 20"), err.toString());

        assertEquals(1, run("brief", "no-such-article", "--out", tmp.resolve("b.pdf").toString()));
        assertTrue(err.toString().contains("no article or file named"), err.toString());

        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(1, run("brief", Seed.ID, "--out", file.resolve("b.pdf").toString()));
        assertTrue(err.toString().contains("cannot write"), err.toString());

        assertEquals(1, run("brief", Seed.ID));
        assertTrue(err.toString().contains("--out"), err.toString());
        for (String line : err.toString().split("\n")) assertTrue(line.startsWith("gisa: "), line);
        assertFalse(err.toString().contains("Exception"));
        assertFalse(Files.exists(tmp.resolve("b.pdf")));
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, run("brief", "--help"));
        assertTrue(out.toString().contains("--sentences") && out.toString().contains("--query"));
    }
}
