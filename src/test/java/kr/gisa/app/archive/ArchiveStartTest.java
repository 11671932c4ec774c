package kr.gisa.app.archive;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.core.archive.ArchiveEntry;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static kr.gisa.app.archive.LocalAndArchive.DOWN;
import static kr.gisa.app.archive.LocalAndArchive.URL;
import static kr.gisa.app.archive.ArchiveWindowTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive across starts: the one open is reopened (at the article last read), an unreachable one
 * leaves the window on the library with a message, {@code --archive URL} opens one; and a large
 * archive is listed a page at a time.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveStartTest {

    @TempDir
    static Path tmp;
    private LocalAndArchive fx;
    private SettingsStore store;
    private final List<Stage> stages = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createTempDirectory(tmp, "case");
        fx = new LocalAndArchive(base);
        store = new SettingsStore(base.resolve("config"));
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> stages.forEach(Stage::close));
    }

    /** A window as the app opens it: options as from the command line, settings from the store. */
    private MainWindow open(FxRobot robot, WindowOptions options, ArchiveOpener opener) {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = new MainWindow(options, store, store.load(), opener);
            w[0].archive().setTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2));
            Stage s = new Stage();
            stages.add(s);
            w[0].attach(s);
            s.show();
        });
        return w[0];
    }

    private WindowOptions onLocal() {
        return new WindowOptions(fx.local.root(), null, false); // as when the folder comes from the settings
    }

    @Test
    void theArchiveOpenIsReopenedAtTheArticleLastRead(FxRobot robot) {
        store.save(new Settings("light", 1.0, 1100, 760, "ko", fx.localOnly.id()));
        MainWindow first = open(robot, onLocal(), fx.opener());
        robot.interact(() -> first.archive().open(URL));
        waitUntil(() -> fx.newest.id().equals(first.model().currentId()) && first.archive().isOpen());
        robot.interact(() -> first.archive().openArticle(Seed.ID));
        waitUntil(() -> Seed.ID.equals(first.model().currentId()));
        robot.interact(() -> stages.get(0).close());

        MainWindow next = open(robot, onLocal(), fx.opener());
        waitUntil(() -> next.archive().isOpen() && Seed.ID.equals(next.model().currentId()));
        assertSame(next.archive().pane(), next.library().tabs().getTabs().get(0).getContent());
        assertTrue(stages.get(1).getTitle().contains("보관소"), stages.get(1).getTitle());
    }

    @Test
    void anUnreachableArchiveAtStartFallsBackToTheLibraryWithAMessage(FxRobot robot) {
        store.save(new Settings("light", 1.0, 1100, 760, "ko", null).withArchive(DOWN));
        MainWindow w = open(robot, onLocal(), fx.opener());
        waitUntil(() -> w.library().toast().isVisible() && w.library().toast().text().contains("Connection refused"));
        String note = w.library().toast().text();
        assertTrue(note.startsWith("보관소 " + DOWN + "을(를) 열 수 없어 서재를 보여 줍니다"), note);
        assertEquals("다시 시도", w.library().toast().actionButton().getText());
        assertFalse(w.library().toast().secondButton().isVisible(), "already on the library");
        assertFalse(w.archive().isOpen());
        assertSame(w.library().pane(), w.library().tabs().getTabs().get(0).getContent());
        assertTrue(fx.local.contains(w.model().currentId()), "the library's article is shown");
        assertEquals(DOWN, store.load().archive(), "still remembered: the next start tries again");
    }

    @Test
    void aLibraryNamedOnTheCommandLineWinsOverTheRememberedArchive(FxRobot robot) {
        store.save(new Settings("light", 1.0, 1100, 760, "ko", null).withArchive(URL));
        MainWindow w = open(robot, new WindowOptions(fx.local.root(), fx.localOnly.id()), fx.opener());
        robot.sleep(300);
        assertFalse(w.archive().isOpen());
        assertEquals(fx.localOnly.id(), w.model().currentId());
    }

    @Test
    void archiveOnTheCommandLineOpensItAtTheArticleNamed(FxRobot robot) {
        WindowOptions options = WindowOptions.parse("--library", fx.local.root().toString(),
                "--archive", URL, "--article", fx.second.id());
        MainWindow w = open(robot, options, fx.opener());
        waitUntil(() -> w.archive().isOpen() && fx.second.id().equals(w.model().currentId()));
        assertEquals(URL, store.load().archive());
    }

    private static String countText(MainWindow w) {
        return ((Label) w.archive().pane().lookup(".library-count")).getText();
    }

    @Test
    void aLargeArchiveIsListedAPageAtATimeAsItIsScrolled(FxRobot robot) {
        store.save(new Settings("light", 1.0, 1100, 760, "ko", null));
        FakeArchive big = FakeArchive.rows("http://10.0.0.7:8983/solr/big", 450, Seed.article());
        MainWindow w = open(robot, onLocal(), fx.opener(big));
        robot.interact(() -> w.archive().open(big.url()));
        waitUntil(() -> w.archive().isOpen() && w.archive().pane().rows().size() == ArchivePane.PAGE
                && "0000000000000000".equals(w.model().currentId()));
        assertEquals(1, big.listCalls.get(), "one page at first, not the whole archive");
        waitUntil(() -> countText(w).equals("기사 450건 · 앞의 200건 표시"));
        robot.interact(() -> w.archive().pane().list().scrollTo(ArchivePane.PAGE - 1));
        waitUntil(() -> w.archive().pane().rows().size() == 2 * ArchivePane.PAGE);
        robot.interact(() -> w.archive().pane().list().scrollTo(2 * ArchivePane.PAGE - 1));
        waitUntil(() -> w.archive().pane().rows().size() == 450);
        robot.interact(() -> w.archive().pane().list().scrollTo(449));
        robot.sleep(200);
        assertEquals(3, big.listCalls.get(), "the end reached: no more requests");
        assertEquals("기사 450건", countText(w));
        List<String> ids = w.archive().pane().rows().stream().map(ArchiveEntry::id).distinct().toList();
        assertEquals(450, ids.size(), "no row twice");
        robot.interact(() -> w.archive().pane().list().getSelectionModel().select(420));
        waitUntil(() -> "기사 421".equals(w.reader().article() == null ? null : w.reader().article().title()));
    }
}
