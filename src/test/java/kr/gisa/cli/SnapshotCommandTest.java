package kr.gisa.cli;

import kr.gisa.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gisa snapshot}: the real window rendered headless to a PNG. */
class SnapshotCommandTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        // Share the toolkit TestFX started (or start it the TestFX way) in this test JVM.
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
    void writesAPngOfTheWindow() throws Exception {
        Path png = tmp.resolve("shot.png");
        Run r = run("snapshot", Seed.ID, "--out", png.toString(), "--width", "900", "--height", "700",
                "--theme", "dark", "--library", Seed.libraryRoot().toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(700, img.getHeight());
        // A real page, not a blank: many colours, and a dark theme's paper.
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, "colours: " + colours.size());
        int paper = img.getRGB(img.getWidth() - 30, img.getHeight() - 30) & 0xffffff;
        assertTrue(((paper >> 16) & 0xff) < 60, Integer.toHexString(paper));
    }

    @Test
    void userErrorsAreOneLine() {
        Path png = tmp.resolve("x.png");
        Run missing = run("snapshot", "no-such-article", "--out", png.toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("gisa: "), missing.err());
        assertFalse(Files.exists(png));

        Run theme = run("snapshot", "--out", png.toString(), "--theme", "neon");
        assertEquals(1, theme.code());
        assertTrue(theme.err().contains("neon"), theme.err());

        Run noOut = run("snapshot");
        assertEquals(1, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());

        Run badDir = run("snapshot", "--out", tmp.resolve("nope/x.png").toString());
        assertEquals(1, badDir.code());
        assertTrue(badDir.err().contains("does not exist"), badDir.err());
    }
}
