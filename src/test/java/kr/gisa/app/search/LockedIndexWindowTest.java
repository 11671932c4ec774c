package kr.gisa.app.search;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.store.Library;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static kr.gisa.app.search.SearchWindowTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another running Gisa holds the index: the window still searches, read-only, and says so quietly. */
@ExtendWith(ApplicationExtension.class)
class LockedIndexWindowTest {

    @TempDir
    static Path tmp;
    private MainWindow window;
    private SearchIndex other;

    @Start
    void start(Stage stage) throws Exception {
        Library library = new Library(Files.createTempDirectory(tmp, "lib"));
        Path seedSource = Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT);
        library.save(Seed.article(), Library.SOURCE_TXT, Files.readAllBytes(seedSource));
        other = SearchIndex.open(library, IndexProgress.NONE); // the "other Gisa": holds the write lock
        window = new MainWindow(new WindowOptions(library.root(), null), null,
                new Settings("light", 1.0, 1100, 760, "en", null));
        window.attach(stage);
        stage.show();
    }

    @AfterEach
    void release() {
        other.close();
    }

    @Test
    void readOnlyIndexStillFindsAndShowsItsNote(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("공급");
        waitUntil(() -> window.search().resultsPane().cards().size() == 4);
        Label notes = robot.lookup(".search-index-notes").queryAs(Label.class);
        assertTrue(notes.isVisible(), "the note is shown");
        assertTrue(notes.getText().contains("read-only"), notes.getText());
    }
}
