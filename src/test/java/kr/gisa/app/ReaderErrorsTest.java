package kr.gisa.app;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad articles show a clear message in the window, and the good ones still open. */
@ExtendWith(ApplicationExtension.class)
class ReaderErrorsTest {

    @TempDir
    static Path tmp;
    private Path library;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        library = Files.createTempDirectory(tmp, "lib");
        // A copy of the seed, plus broken neighbours.
        Path seed = Files.createDirectories(library.resolve(Seed.ID));
        Files.copy(Seed.libraryRoot().resolve(Seed.ID).resolve("article.json"), seed.resolve("article.json"));
        Files.createDirectories(library.resolve("0broken"));
        Files.writeString(library.resolve("0broken").resolve("article.json"), "{ \"schema\": \"gisa.article\", \"id\": ");
        Files.createDirectories(library.resolve("0empty"));
        Files.writeString(library.resolve("0empty").resolve("article.json"), "");
        window = new MainWindow(new WindowOptions(library, "0broken"), null,
                new Settings("light", 1.0, 1000, 700, "ko", null));
        window.attach(stage);
        stage.show();
    }

    private String headline(FxRobot robot) {
        return robot.lookup(".message-headline").queryAs(Label.class).getText();
    }

    private String detail(FxRobot robot) {
        return robot.lookup(".message-detail").queryAs(Label.class).getText();
    }

    @Test
    void malformedArticleShowsAMessageNotAStackTrace(FxRobot robot) {
        assertEquals("기사를 열 수 없습니다", headline(robot));
        String d = detail(robot);
        assertTrue(d.contains("malformed JSON"), d);
        assertTrue(!d.contains("\n") && !d.contains("\tat "), d);
        assertTrue(robot.lookup(".outline-entry").queryAll().isEmpty());
        // The article menu still lists every article, the broken ones marked unreadable (no title).
        var entries = window.model().entries();
        assertEquals(3, entries.size());
        assertEquals(Seed.article().title(), entries.stream().filter(e -> e.id().equals(Seed.ID)).findFirst()
                .orElseThrow().title());
        assertTrue(entries.stream().filter(e -> e.id().startsWith("0")).allMatch(e -> e.title() == null));
    }

    @Test
    void emptyMissingAndThenAGoodArticle(FxRobot robot) {
        robot.interact(() -> window.open("0empty"));
        assertTrue(detail(robot).contains("is empty"), detail(robot));
        robot.interact(() -> window.open("nosuch"));
        assertTrue(detail(robot).contains("nosuch"), detail(robot));
        robot.interact(() -> window.open(Seed.ID));
        assertEquals(Seed.article().title(), robot.lookup(".article-title").queryAs(Text.class).getText());
        assertEquals(5, robot.lookup(".outline-entry").queryAll().size());
        assertTrue(robot.lookup(".message-headline").queryAll().isEmpty());
    }

    @Test
    void unreadableSourceAndEmptyLibrary(FxRobot robot) throws Exception {
        Path notUtf8 = tmp.resolve("latin1.txt");
        Files.write(notUtf8, new byte[]{(byte) 0xC7, (byte) 0xD1, (byte) 0xB1, (byte) 0xDB, (byte) 0xff});
        robot.interact(() -> window.open(notUtf8.toString()));
        assertTrue(detail(robot).contains("not UTF-8"), detail(robot));

        Path emptyLib = Files.createDirectories(tmp.resolve("nothing-here"));
        robot.interact(() -> {
            MainWindow w = new MainWindow(new WindowOptions(emptyLib, null), null, Settings.defaults().withLocale("en"));
            assertTrue(w.reader().article() == null);
            assertTrue(w.model().state() instanceof kr.gisa.app.reader.ReaderViewModel.Failed f
                    && f.reasonKey().equals("error.emptyLibrary"), String.valueOf(w.model().state()));
        });
    }
}
