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
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gisa snapshot --find QUERY}: the window with the query's hits marked, the first one current. */
class SnapshotFindTest {

    /** light.css: -gisa-mark and -gisa-mark-current. */
    private static final int MARK = 0xffe98a;
    private static final int CURRENT = 0xff9a3c;

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private BufferedImage shot(String... extra) throws Exception {
        Path png = tmp.resolve("find" + extra.length + ".png");
        String[] base = {"snapshot", Seed.ID, "--out", png.toString(), "--width", "1100", "--height", "760",
                "--theme", "light", "--lang", "ko", "--library", Seed.libraryRoot().toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        StringWriter err = new StringWriter();
        assertEquals(0, GisaCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args), err.toString());
        return ImageIO.read(png.toFile());
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) & 0xffffff) == rgb) n++;
        }
        return n;
    }

    @Test
    void findMarksTheHitsAndTheCurrentOne() throws Exception {
        BufferedImage plain = shot();
        BufferedImage found = shot("--find", "엔비디아");
        assertEquals(0, count(plain, CURRENT));
        assertEquals(0, count(plain, MARK));
        // 엔비디아 in the title is the current hit; the caption's 엔비디아 below is marked in the other colour
        assertTrue(count(found, CURRENT) > 300, "current-hit marker pixels: " + count(found, CURRENT));
        assertTrue(count(found, MARK) > 100, "marker pixels: " + count(found, MARK));
    }
}
