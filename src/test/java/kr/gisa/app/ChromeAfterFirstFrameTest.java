package kr.gisa.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import kr.gisa.app.reader.ParagraphView;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start paints the article first and the menus and sidebar a frame later
 * ({@link MainWindow#forStart}): the article must not move when they come, they must come by
 * themselves, whole (library list, outline, search), and a key pressed before then must bring them at once.
 */
@ExtendWith(ApplicationExtension.class)
class ChromeAfterFirstFrameTest {

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    private static MainWindow window(String theme, String language) {
        return new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), null,
                new Settings(theme, 1.0, 1100, 780, language, null), kr.gisa.app.archive.ArchiveOpener.standard(), true);
    }

    private static ParagraphView lastParagraph(MainWindow w) {
        var article = w.reader().article();
        int s = article.sections().size() - 1;
        long count = article.sections().get(s).blocks().stream().filter(b -> b instanceof kr.gisa.core.model.Paragraph).count();
        return w.reader().paragraph(s, (int) count - 1);
    }

    private static Bounds inScene(javafx.scene.Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** Where the reader, the title and the lead paragraph are, and what is in place, as a frame shows them. */
    private record Frame(Bounds reader, Bounds title, Bounds lead, boolean chrome, boolean pageComplete, boolean lastInScene,
                         boolean menuInTop, int pageVersion) {
        static Frame of(MainWindow w, ParagraphView last) {
            return new Frame(inScene(w.reader()), inScene(w.reader().units().get(0)), inScene(w.reader().paragraph(0, 0)),
                    w.chromeShownProperty().get(), w.reader().isPageComplete(), last.getScene() != null,
                    w.layout().getTop().lookup(".main-menu") != null, w.reader().pageVersionProperty().get());
        }
    }

    /**
     * Opens the window as at start-up and records the frame painted first (at the start of the second
     * pulse, before the window's own handler of that pulse brings the rest) and one a few pulses later.
     */
    private static Frame[] firstAndLater(FxRobot robot, String theme, String language) throws Exception {
        Frame[] frames = new Frame[2];
        MainWindow[] w = new MainWindow[1];
        ParagraphView[] last = new ParagraphView[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            new javafx.animation.AnimationTimer() { // started first: runs first in each pulse
                private int pulses;

                @Override
                public void handle(long now) {
                    pulses++;
                    if (pulses == 2) frames[0] = Frame.of(w[0], last[0]);
                    if (pulses == 6) {
                        frames[1] = Frame.of(w[0], last[0]);
                        stop();
                    }
                }
            }.start();
            w[0] = window(theme, language);
            last[0] = lastParagraph(w[0]);
            stage[0] = new Stage();
            w[0].attach(stage[0]);
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames[1] != null);
        robot.interact(() -> stage[0].hide());
        return frames;
    }

    @Test
    void theArticleKeepsItsPlaceWhenTheMenusAndSidebarCome(FxRobot robot) throws Exception {
        for (String theme : new String[]{"light", "dark", "sepia"}) {
            for (String language : new String[]{"ko", "en"}) {
                Frame[] f = firstAndLater(robot, theme, language);
                Frame first = f[0], later = f[1];
                String which = theme + " " + language;
                assertFalse(first.chrome() || first.menuInTop(), "the first frame has only the bands: " + which);
                assertTrue(first.reader().getMinX() > 200 && first.reader().getMinY() > 30, first.reader().toString());
                // The first frame has the page down to well past the window's foot, not the whole page.
                assertFalse(first.pageComplete() || first.lastInScene(), "the end of the article comes later: " + which);
                assertTrue(first.lead().getMaxY() < 780, first.lead().toString());
                assertEquals(1, first.pageVersion(), "the page is built once");

                assertTrue(later.chrome() && later.menuInTop() && later.pageComplete() && later.lastInScene(), which);
                assertEquals(first.reader(), later.reader(), which);
                assertEquals(first.title(), later.title(), "the title does not move: " + which);
                assertEquals(first.lead(), later.lead(), "the text already shown does not move: " + which);
            }
        }
    }

    @Test
    void theMenusAndSidebarComeByThemselvesOnceTheFirstFrameIsPainted(FxRobot robot) throws Exception {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = window("light", "ko");
            Stage stage = new Stage();
            w[0].attach(stage);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w[0].chromeShownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Node top = w[0].layout().getTop();
        assertNotNull(top.lookup(".main-menu"));
        assertTrue(top.getLayoutBounds().getHeight() > 0);
        assertSame(w[0].sidebar(), w[0].layout().getLeft());
        robot.interact(() -> w[0].scene().getWindow().hide());
    }

    @Test
    void theControlsBuiltAfterTheWindowOpenedWorkAsEver(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path lib = tmp.resolve("lib");
        try (Stream<Path> files = Files.walk(Seed.libraryRoot())) {
            for (Path f : files.toList()) {
                Path to = lib.resolve(Seed.libraryRoot().relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        MainWindow[] w = new MainWindow[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            w[0] = new MainWindow(new WindowOptions(lib, Seed.ID), null, new Settings("light", 1.0, 1100, 780, "en", null),
                    kr.gisa.app.archive.ArchiveOpener.standard(), true);
            stage[0] = new Stage();
            w[0].attach(stage[0]);
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w[0].chromeShownProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w[0].library().listModel().all().isEmpty());
        assertTrue(stage[0].getTitle().startsWith(Seed.article().title()), stage[0].getTitle());
        robot.interact(() -> {
            w[0].library().setDialogs(new kr.gisa.app.library.LibraryDialogs() {
                public Path chooseLibrary(javafx.stage.Window owner, Path current) {
                    return null;
                }

                public List<Path> chooseImports(javafx.stage.Window owner, Path initialFolder) {
                    return List.of();
                }

                public boolean confirmDelete(javafx.stage.Window owner, kr.gisa.app.library.LibraryEntry entry) {
                    return true;
                }

                public String askTitle(javafx.stage.Window owner, kr.gisa.app.library.LibraryEntry entry) {
                    return null;
                }

                public Answer askDuplicate(javafx.stage.Window owner, kr.gisa.core.parse.Duplicate duplicate) {
                    return null;
                }
            });
            w[0].perform(KeyBindings.Action.DELETE_ARTICLE, 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path trash = lib.resolve(kr.gisa.core.store.Library.TRASH);
        try (Stream<Path> in = Files.list(trash)) {
            assertEquals(1, in.count(), "the article went to the trash (undo possible while the window is open)");
        }
        robot.interact(() -> stage[0].hide());
        // The library's close-time work hooks onto a window that was already showing when it was built.
        assertTrue(!Files.exists(trash) || isEmpty(trash), "the trash is emptied when the window closes");
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (Stream<Path> in = Files.list(dir)) {
            return in.findAny().isEmpty();
        }
    }

    @Test
    void aKeyPressedBeforeThenBringsThemAtOnce(FxRobot robot) {
        robot.interact(() -> {
            MainWindow w = window("light", "en");
            Stage stage = new Stage();
            w.attach(stage);
            stage.show(); // in this same event: no pulse yet, so no frame painted
            assertFalse(w.chromeShownProperty().get());
            w.perform(KeyBindings.Action.FIND_IN_LIBRARY, 0);
            assertTrue(w.chromeShownProperty().get());
            assertNotNull(w.layout().getTop().lookup(".main-menu"));
            assertTrue(w.reader().isPageComplete());
            stage.hide(); // closes the library's search index, which later tests open too
        });
    }
}
