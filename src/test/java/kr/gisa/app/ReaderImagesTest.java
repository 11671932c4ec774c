package kr.gisa.app;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.store.ArticleJson;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photos whose files exist are shown scaled to the column; missing or unsafe paths get the placeholder. */
@ExtendWith(ApplicationExtension.class)
class ReaderImagesTest {

    @TempDir
    static Path tmp;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Files.createTempDirectory(tmp, "lib");
        Path folder = Files.createDirectories(library.resolve(Seed.ID).resolve("images"));
        ImageIO.write(new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("wide.png").toFile());
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("small.png").toFile());
        Files.writeString(folder.resolve("broken.jpg"), "not a jpeg");
        Files.writeString(library.resolve("outside.png"), "x");
        List<String> images = List.of("images/wide.png", "images/small.png", "images/missing.png",
                "images/broken.jpg", "../outside.png");
        Article seed = Seed.article();
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (Section s : seed.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                blocks.add(b instanceof Photo p ? new Photo(p.caption(), p.credit(), images.get(n++)) : b);
            }
            sections.add(new Section(s.heading(), blocks));
        }
        Article a = new Article(seed.id(), seed.title(), seed.subtitles(), seed.publisher(), seed.byline(),
                seed.email(), seed.published(), seed.url(), seed.copyright(), sections);
        Files.writeString(library.resolve(Seed.ID).resolve("article.json"), ArticleJson.write(a));
        window = new MainWindow(new WindowOptions(library, null), null, new Settings("light", 1.0, 1000, 760, "ko", null));
        window.attach(stage);
        stage.show();
    }

    @Test
    void existingImagesScaleToTheColumnOthersArePlaceholders(FxRobot robot) {
        List<ImageView> views = robot.lookup(".figure-image").queryAll().stream()
                .map(n -> (ImageView) ((javafx.scene.Parent) n).getChildrenUnmodifiable().get(0)).toList();
        assertEquals(2, views.size());
        assertEquals(3, robot.lookup(".figure-placeholder").queryAll().size(), "missing, undecodable, outside the folder");
        ImageView wide = views.get(0);
        double column = ((javafx.scene.layout.Region) robot.lookup(".figure").query()).getWidth();
        assertTrue(wide.getFitWidth() <= column && wide.getFitWidth() > 300, wide.getFitWidth() + " in " + column);
        assertEquals(200, views.get(1).getFitWidth(), 0.5, "never scaled up past the file's size");
        // Captions and credits stay under every figure either way.
        assertEquals(5, robot.lookup(".figure-caption").queryAll().size());
    }

    @Test
    void clickShowsThePhotoLarger(FxRobot robot) {
        Node frame = robot.lookup(".figure-image").query();
        robot.clickOn(frame);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isOverlayOpen());
        ImageView big = (ImageView) robot.lookup(".image-card").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        ImageView small = (ImageView) ((javafx.scene.Parent) frame).getChildrenUnmodifiable().get(0);
        assertTrue(big.getFitWidth() > small.getFitWidth(), big.getFitWidth() + " > " + small.getFitWidth());
        robot.clickOn(".image-card");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isOverlayOpen());
    }
}
