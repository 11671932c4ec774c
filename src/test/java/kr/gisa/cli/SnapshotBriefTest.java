package kr.gisa.cli;

import kr.gisa.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gisa snapshot --brief}: the window with the briefing preview open. */
class SnapshotBriefTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void showsTheWhitePageOverTheDarkReader() throws Exception {
        Path png = tmp.resolve("brief.png");
        StringWriter err = new StringWriter();
        int code = GisaCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "snapshot", Seed.ID, "--brief", "--out", png.toString(), "--width", "900", "--height", "700",
                "--theme", "dark", "--library", Seed.libraryRoot().toString());
        assertEquals(0, code, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        // Left of the card's controls lies the printed page: white paper with dark text on a dark theme.
        assertTrue(brightShare(img, 200, 250, 200, 200) > 0.7, "a white page in the preview");
        // The reader alone would be dark there.
        assertTrue(brightShare(img, 860, 650, 30, 30) < 0.1, "the dimmed dark reader around the card");
    }

    private static double brightShare(BufferedImage img, int x0, int y0, int w, int h) {
        int bright = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int c = img.getRGB(x, y);
                float[] hsb = Color.RGBtoHSB((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff, null);
                if (hsb[2] > 0.85f) bright++;
            }
        }
        return (double) bright / (w * h);
    }
}
