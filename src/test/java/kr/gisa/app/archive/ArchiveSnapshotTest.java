package kr.gisa.app.archive;

import kr.gisa.app.Snapshot;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The snapshot path renders the window with an archive open: it waits until the archive's list and
 * article have arrived. The picture is kept in target/ to look at.
 */
class ArchiveSnapshotTest {

    @TempDir
    Path tmp;

    @Test
    void theWindowWithAnArchiveOpenRenders() throws Exception {
        LocalAndArchive fx = new LocalAndArchive(tmp);
        for (String theme : new String[]{"light", "dark"}) {
            // The seed with the library's own image first, an archive-only photo (placeholder) in dark.
            String article = theme.equals("light") ? Seed.ID : fx.second.id();
            WindowOptions options = new WindowOptions(fx.local.root(), article, true, LocalAndArchive.URL);
            BufferedImage img = Snapshot.render(options, new Settings(theme, 1.0, 1280, 800, "ko", null), 1280, 800,
                    false, theme.equals("light") ? "엔비디아" : null, fx.opener());
            assertEquals(1280, img.getWidth());
            assertEquals(800, img.getHeight());
            Path out = Files.createDirectories(Path.of("target", "snapshots")).resolve("archive-" + theme + ".png");
            ImageIO.write(img, "png", out.toFile());
            assertTrue(Files.size(out) > 10_000);
        }
    }
}
