package kr.gisa.cli;

import kr.gisa.testing.ArchiveFixture;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gisa snapshot --archive URL}: the window with the test cluster's archive open, as a PNG. */
@Tag("cluster")
class SnapshotArchiveClusterTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        ArchiveFixture.get();
        FxToolkit.registerPrimaryStage();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GisaCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void rendersTheArchiveArticle() throws Exception {
        Path png = tmp.resolve("archive.png");
        Path empty = Files.createDirectories(tmp.resolve("empty-library"));
        Run r = run("snapshot", Seed.ID, "--archive", ArchiveFixture.get().url(), "--library", empty.toString(),
                "--out", png.toString(), "--width", "1280", "--height", "800", "--lang", "ko", "--find", "엔비디아");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        Files.copy(png, Files.createDirectories(Path.of("target", "snapshots")).resolve("archive-cluster.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anArchiveThatCannotBeOpenedIsAOneLineError() {
        Run r = run("snapshot", "--archive", "http://127.0.0.1:1/solr/news", "--out", tmp.resolve("x.png").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gisa: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(tmp.resolve("x.png")));
        Run missing = run("snapshot", "0000000000000000", "--archive", ArchiveFixture.get().url(),
                "--out", tmp.resolve("y.png").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no article \"0000000000000000\""), missing.err());
    }
}
