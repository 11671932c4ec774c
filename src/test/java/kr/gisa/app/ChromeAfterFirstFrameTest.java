package kr.gisa.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start paints the article first and the menus and sidebar a frame later
 * ({@link MainWindow#chromeAfterFirstFrame()}): the article must not move when they come, they must
 * come by themselves, and a key pressed before then must bring them at once.
 */
@ExtendWith(ApplicationExtension.class)
class ChromeAfterFirstFrameTest {

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    private static MainWindow window(String theme, String language) {
        MainWindow w = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), null,
                new Settings(theme, 1.0, 1100, 780, language, null));
        w.chromeAfterFirstFrame();
        return w;
    }

    private static Bounds readerInScene(MainWindow w) {
        w.scene().getRoot().applyCss();
        w.scene().getRoot().layout();
        return w.reader().localToScene(w.reader().getLayoutBounds());
    }

    @Test
    void theArticleKeepsItsPlaceWhenTheMenusAndSidebarCome(FxRobot robot) {
        for (String theme : new String[]{"light", "dark", "sepia"}) {
            for (String language : new String[]{"ko", "en"}) {
                robot.interact(() -> {
                    MainWindow w = window(theme, language);
                    new Stage().setScene(w.scene());
                    Bounds first = readerInScene(w);
                    assertFalse(w.chromeShownProperty().get());
                    assertNull(w.layout().getTop().lookup(".main-menu"), "the first frame has only the band");
                    assertTrue(first.getMinX() > 200 && first.getMinY() > 30, first.toString());

                    w.showChrome();
                    assertTrue(w.chromeShownProperty().get());
                    assertNotNull(w.layout().getTop().lookup(".main-menu"));
                    assertSame(w.sidebar(), w.layout().getLeft());
                    assertEquals(first, readerInScene(w), theme + " " + language);
                });
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
    void aKeyPressedBeforeThenBringsThemAtOnce(FxRobot robot) {
        robot.interact(() -> {
            MainWindow w = window("light", "en");
            new Stage().setScene(w.scene());
            w.perform(KeyBindings.Action.FIND_IN_LIBRARY, 0);
            assertTrue(w.chromeShownProperty().get());
            assertNotNull(w.layout().getTop().lookup(".main-menu"));
        });
    }
}
