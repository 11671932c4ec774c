package kr.gisa.app.library;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large library is read off the JavaFX thread: the window opens at once and the rows follow. */
@ExtendWith(ApplicationExtension.class)
class LargeLibraryTest {

    static final int ARTICLES = LibraryListModel.READ_IN_BACKGROUND + 30;

    @TempDir
    static Path tmp;
    private MainWindow window;
    private boolean loadingAtStart;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Files.createTempDirectory(tmp, "large");
        String json = Files.readString(Seed.libraryRoot().resolve(Seed.ID).resolve("article.json"));
        for (int i = 0; i < ARTICLES; i++) {
            String id = String.format("%016x", 0xa000_0000_0000L + i);
            Path dir = Files.createDirectories(library.resolve(id));
            Files.writeString(dir.resolve("article.json"), json.replace(Seed.ID, id)
                    .replace("\"전기신문\"", "\"신문 " + (i % 7) + "\""));
        }
        window = new MainWindow(new WindowOptions(library, null), null, new Settings("light", 1.0, 1100, 760, "ko", null));
        loadingAtStart = window.library().listModel().loadingProperty().get();
        window.attach(stage);
        stage.show();
    }

    @Test
    void rowsArriveAfterTheWindowOpensAndFollowTheReader(FxRobot robot) throws Exception {
        assertTrue(loadingAtStart, "the rows are read in the background");
        LibraryListModel m = window.library().listModel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !m.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ARTICLES, m.all().size());
        assertEquals(7, m.publishers().size());
        assertEquals("기사 " + ARTICLES + "건", robot.lookup(".library-count").queryAs(Label.class).getText());
        assertEquals(window.model().currentId(), window.library().pane().selected().id());
    }
}
