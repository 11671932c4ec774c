package kr.gisa.cli;

import kr.gisa.core.store.ArticleJson;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShowCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GisaCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonById() throws Exception {
        Run r = run("show", Seed.ID, "--json");
        assertEquals(0, r.code());
        assertEquals(Seed.article(), ArticleJson.read(r.out()));
    }

    @Test
    void textFromSourceFileAndFolder() {
        Path folder = Seed.libraryRoot().resolve(Seed.ID);
        Run fromFile = run("show", folder.resolve("source.txt").toString(), "--text");
        Run fromFolder = run("show", folder.toString(), "--text");
        assertEquals(0, fromFile.code());
        assertEquals(fromFile.out(), fromFolder.out());
        String[] lines = fromFile.out().split("\n");
        assertEquals("엔비디아 GPU 26만장 공급으로 소버린 AI와 피지컬 AI 육성 토대 확보", lines[0]);
        assertEquals("젠슨 황 엔비디아 CEO가 지포스 25주년 기념 행사에서 발언하는 모습 [사진=엔비디아]", lines[3]);
        // title + 2 deck + 4 headings + 28 paragraphs + 5 captions
        assertEquals(1 + 2 + 4 + 28 + 5, lines.length);
    }

    @Test
    void userErrorsAreOneLineWithExitOne(@TempDir Path dir) throws Exception {
        Run missing = run("show", "no-such-article");
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count());
        assertTrue(missing.err().startsWith("gisa: no article or file named"));

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{oops");
        Run malformed = run("show", bad.toString());
        assertEquals(1, malformed.code());
        assertTrue(malformed.err().contains("malformed JSON"), malformed.err());
        assertFalse(malformed.err().contains("\tat "));

        Run unknown = run("frobnicate");
        assertEquals(1, unknown.code());
        assertEquals(1, unknown.err().strip().lines().count());
    }

    @Test
    void helpOnEveryCommand() {
        assertEquals(0, run("--help").code());
        assertEquals(0, run("show", "--help").code());
        assertTrue(run("show", "--help").out().contains("--library"));
    }
}
