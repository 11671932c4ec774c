package kr.gisa.app.archive;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.reader.FigureView;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.core.archive.ArchiveEntry;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static kr.gisa.app.archive.LocalAndArchive.DOWN;
import static kr.gisa.app.archive.LocalAndArchive.URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File › Open archive… in the window, on an in-memory archive searched by a real embedded index:
 * the dialog, the read-only list, reading and searching the archive, and a cluster that goes away.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveWindowTest {

    @TempDir
    static Path tmp;
    private LocalAndArchive fx;
    private SettingsStore store;
    private MainWindow window;
    private Stage stage;
    private List<String> localIds;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createTempDirectory(tmp, "case");
        fx = new LocalAndArchive(base);
        localIds = fx.local.ids();
        store = new SettingsStore(base.resolve("config"));
        window = new MainWindow(new WindowOptions(fx.local.root(), fx.localOnly.id()), store,
                new Settings("light", 1.0, 1200, 800, "ko", null), fx.opener());
        window.archive().setTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2));
        window.attach(stage);
        this.stage = stage;
        stage.show();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openArchive(FxRobot robot) {
        robot.interact(() -> window.archive().open(URL));
        waitUntil(() -> window.archive().isOpen() && fx.newest.id().equals(window.model().currentId()));
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            ArchivePane pane = window.archive().pane();
            ArchiveEntry e = pane.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            pane.list().getSelectionModel().select(e);
        });
    }

    private String toast() {
        return window.library().toast().isVisible() ? window.library().toast().text() : null;
    }

    /** Keeps a picture of the window in target/snapshots, to look at. */
    private void picture(FxRobot robot, String name) throws Exception {
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = window.scene().snapshot(null));
        Path out = Files.createDirectories(Path.of("target", "snapshots")).resolve(name + ".png");
        javax.imageio.ImageIO.write(kr.gisa.app.Snapshot.toBufferedImage(img[0]), "png", out.toFile());
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) robot.release(keys[i]);
    }

    @Test
    void theShortcutListNamesOpenArchive(FxRobot robot) throws Exception {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup(".shortcuts-card .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        int at = texts.indexOf("공유 보관소(SolrCloud) 열기");
        assertTrue(at > 0, texts.toString());
        assertTrue(texts.contains("Ctrl+Shift+O"), texts.toString());
        javafx.geometry.Bounds card = robot.lookup(".shortcuts-card").query().getBoundsInParent();
        assertTrue(card.getMaxY() <= window.scene().getHeight() && card.getMinY() >= 0, "fits the window: " + card);
        picture(robot, "archive-shortcuts");
    }

    @Test
    void openedThroughTheDialogTheArchiveIsListedReadOnlyAndRemembered(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        OpenArchiveCard card = window.archive().card();
        assertNotNull(card, "Ctrl+Shift+O shows the Open archive card");
        assertTrue(card.urlField().isFocused());
        robot.write(URL);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> window.archive().isOpen() && fx.newest.id().equals(window.model().currentId()));
        assertNull(window.archive().card(), "the card closes once the archive is open");

        // The library tab lists the archive, newest first, read-only.
        ArchivePane pane = window.archive().pane();
        assertSame(pane, window.library().tabs().getTabs().get(0).getContent());
        assertEquals("보관소", window.library().tabs().getTabs().get(0).getText());
        assertEquals(List.of(fx.newest.id(), fx.second.id(), Seed.ID), pane.rows().stream().map(ArchiveEntry::id).toList());
        waitUntil(() -> robot.lookup(".archive-pane .library-count").queryAs(Label.class).getText().equals("기사 3건"));
        assertTrue(pane.importButton().isDisabled());
        Tooltip why = (Tooltip) pane.importHolder().getProperties().values().stream()
                .filter(v -> v instanceof Tooltip).findFirst().orElseThrow();
        assertTrue(why.getText().contains("읽기 전용"), why.getText());
        assertEquals(fx.newest.title(), window.reader().article().title());
        assertTrue(stage.getTitle().contains("보관소 news · 127.0.0.1:8983"), stage.getTitle());
        assertTrue(robot.lookup(".archive-top-badge").queryAs(Label.class).isVisible());

        // Import, delete and rename say why instead of touching anything.
        robot.clickOn(pane.list());
        for (KeyCode k : new KeyCode[]{KeyCode.DELETE, KeyCode.F2}) {
            window.library().toast().hide();
            robot.push(k);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(toast() != null && toast().startsWith("보관소는 읽기 전용입니다"), k + ": " + toast());
        }
        window.library().toast().hide();
        shortcut(robot, KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(toast() != null && toast().startsWith("보관소는 읽기 전용입니다"), toast());
        assertEquals(localIds, fx.local.ids(), "the local library is untouched");
        assertEquals(3, fx.remote.ids().size());

        Settings saved = store.load();
        assertEquals(URL, saved.archive());
        assertEquals(List.of(URL), saved.recentArchives());
        assertEquals(fx.newest.id(), saved.archiveArticle());
        assertEquals(fx.localOnly.id(), saved.lastArticle(), "the library's article stays for the way back");
    }

    @Test
    void anArchiveArticleOpensWithItsStructureAndTheLocalImagesWhenThereAreAny(FxRobot robot) {
        openArchive(robot);
        select(robot, Seed.ID);
        waitUntil(() -> Seed.ID.equals(window.model().currentId()));
        List<FigureView> figures = robot.lookup(".figure").queryAllAs(FigureView.class).stream().toList();
        assertEquals(5, figures.size(), "every photo of the seed, in place");
        assertTrue(figures.get(0).hasImage(), "the local library pushed this article: its image file is used");
        assertFalse(figures.get(1).hasImage());
        assertNotNull(figures.get(1).lookup(".figure-placeholder"), "the placeholder stands for a photo not kept locally");
        assertNotNull(figures.get(1).caption(), "caption kept");
        assertEquals(Seed.article().sections().size(), window.reader().sectionCount());

        select(robot, fx.second.id());
        waitUntil(() -> fx.second.id().equals(window.model().currentId()));
        FigureView f = robot.lookup(".figure").queryAs(FigureView.class);
        assertFalse(f.hasImage());
        assertEquals("희토류 비축 창고 내부", f.caption().text());
        assertTrue(robot.lookup(".figure-credit").tryQuery().isPresent(), "credit shown");
    }

    @Test
    void searchAndFindGoThroughTheArchive(FxRobot robot) {
        openArchive(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("희토류");
        waitUntil(() -> !robot.lookup(".search-result").queryAll().isEmpty());
        List<String> titles = robot.lookup(".search-result-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertFalse(titles.isEmpty());
        assertTrue(titles.stream().allMatch(t -> t.equals(fx.second.title())),
                "hits come from the archive, not the local library's 희토류 article: " + titles);
        Node card = robot.lookup(".search-result").query();
        robot.clickOn(card);
        waitUntil(() -> fx.second.id().equals(window.model().currentId()) && window.search().scope() != null
                && window.reader().units().stream().anyMatch(u -> !u.spans().isEmpty()));

        robot.push(KeyCode.ESCAPE);
        shortcut(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("비축"); // title, two paragraphs and the photo's caption
        waitUntil(() -> robot.lookup(".search-counter").queryAs(Label.class).getText().equals("1 / 4"));
    }

    @Test
    void aClusterThatGoesAwaySaysSoAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
        openArchive(robot);
        fx.archive.gone = true;
        select(robot, fx.second.id());
        waitUntil(() -> toast() != null && toast().contains("Connection refused"));
        assertTrue(toast().startsWith("보관소에서 이 기사를 열 수 없습니다"), toast());
        assertEquals("다시 시도", window.library().toast().actionButton().getText());
        assertEquals("서재로 돌아가기", window.library().toast().secondButton().getText());
        assertEquals(fx.newest.id(), window.model().currentId(), "the article read stays");
        double zoom = window.reader().getZoom();
        shortcut(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertTrue(window.reader().getZoom() > zoom, "the window answers keys");

        // A search says the archive is unreachable; Retry once it is back finds.
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("희토류");
        waitUntil(() -> toast() != null && toast().startsWith("보관소에 연결할 수 없습니다"));
        waitUntil(() -> robot.lookup(".search-results-status").queryAs(Label.class).getText().contains("Connection refused"));
        assertTrue(window.archive().pane().statusLabel().isVisible());
        picture(robot, "archive-gone");
        fx.archive.gone = false;
        robot.clickOn(window.library().toast().actionButton());
        waitUntil(() -> !robot.lookup(".search-result").queryAll().isEmpty());
        select(robot, fx.second.id());
        waitUntil(() -> fx.second.id().equals(window.model().currentId()));

        // Gone again: Back to library returns to the local library, as it was.
        fx.archive.gone = true;
        select(robot, Seed.ID);
        waitUntil(() -> toast() != null && toast().contains("Connection refused"));
        robot.clickOn(window.library().toast().secondButton());
        waitUntil(() -> !window.archive().isOpen() && fx.localOnly.id().equals(window.model().currentId()));
        assertSame(window.library().pane(), window.library().tabs().getTabs().get(0).getContent());
        assertEquals("서재", window.library().tabs().getTabs().get(0).getText());
        waitUntil(() -> fx.archive.closed);
        assertNull(store.load().archive(), "back on the library: no archive at the next start");
        assertEquals(localIds, fx.local.ids());
        assertFalse(stage.getTitle().contains("보관소"), stage.getTitle());
    }

    @Test
    void aHangingClusterTimesOutWithoutFreezingTheWindow(FxRobot robot) {
        window.archive().setTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3));
        openArchive(robot);
        fx.archive.hangMillis = 30_000;
        long t0 = System.nanoTime();
        select(robot, fx.second.id());
        long blocked = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(blocked < 2_000, "opening returned to the window before the deadline: " + blocked + " ms");
        waitUntil(() -> toast() != null && toast().contains("3 s"));
        assertTrue(toast().contains("did not answer"), toast());
        fx.archive.hangMillis = 0;
        robot.clickOn(window.library().toast().actionButton());
        waitUntil(() -> fx.second.id().equals(window.model().currentId()));
    }

    @Test
    void aBadOrUnreachableUrlStaysOnTheCardAndLeavesTheLibrary(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        robot.write("news");
        robot.push(KeyCode.ENTER);
        OpenArchiveCard card = window.archive().card();
        assertTrue(card.errorLabel().isVisible());
        assertTrue(card.errorLabel().getText().contains("http://"), card.errorLabel().getText());

        robot.interact(() -> card.urlField().setText(DOWN));
        robot.clickOn(card.openButton());
        waitUntil(() -> card.errorLabel().isVisible());
        assertEquals("보관소를 열 수 없습니다: cannot reach " + DOWN + ": Connection refused", card.errorLabel().getText());
        picture(robot, "archive-dialog-failed");
        assertFalse(window.archive().isOpen());
        assertSame(window.library().pane(), window.library().tabs().getTabs().get(0).getContent());
        assertEquals(fx.localOnly.id(), window.model().currentId());
        assertNull(store.load().archive());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.archive().card());
    }

    @Test
    void theBriefingWorksOnAnArchiveArticle(FxRobot robot) throws Exception {
        openArchive(robot);
        select(robot, fx.second.id());
        waitUntil(() -> fx.second.id().equals(window.model().currentId()));
        Path md = Files.createTempDirectory(tmp, "brief").resolve("brief.md");
        window.briefing().setDialogs(new kr.gisa.app.briefing.SystemDialogs() {
            @Override
            public Target chooseExportTarget(javafx.stage.Window owner, String name, kr.gisa.app.briefing.ExportFormat initial) {
                return new Target(md, kr.gisa.app.briefing.ExportFormat.MARKDOWN);
            }

            @Override
            public PrintResult print(javafx.stage.Window owner, javafx.scene.image.Image page, double w, String job) {
                return new PrintResult(Outcome.NO_PRINTER, null);
            }
        });
        shortcut(robot, KeyCode.CONTROL, KeyCode.E); // opens the briefing and exports it
        waitUntil(() -> window.isBriefingOpen() && window.briefing().isSettled() && Files.exists(md));
        String text = Files.readString(md);
        assertTrue(text.contains(fx.second.title()), text);
        assertTrue(text.contains("비축"), text);
    }

    @Test
    void openLibraryLeavesTheArchive(FxRobot robot) {
        openArchive(robot);
        robot.interact(() -> window.library().openLibrary(fx.local.root()));
        waitUntil(() -> !window.archive().isOpen());
        assertSame(window.library().pane(), window.library().tabs().getTabs().get(0).getContent());
        assertTrue(fx.local.contains(window.model().currentId()));
        assertNull(store.load().archive());
    }
}
