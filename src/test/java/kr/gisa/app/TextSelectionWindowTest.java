package kr.gisa.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import kr.gisa.app.reader.MarkedFlow;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selecting the article's text with the mouse and copying it (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class TextSelectionWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), null,
                new Settings("light", 1.0, 1100, 780, "ko", null));
        window.attach(stage);
        stage.show();
    }

    /** The screen point at the middle of character {@code i} of a unit, scrolled into view. */
    private Point2D at(FxRobot robot, MarkedFlow unit, int i) {
        robot.interact(() -> window.reader().reveal(unit, i, i + 1));
        WaitForAsyncUtils.waitForFxEvents();
        return shown(robot, unit, i);
    }

    /** As {@link #at}, without scrolling. */
    private Point2D shown(FxRobot robot, MarkedFlow unit, int i) {
        AtomicReference<Point2D> p = new AtomicReference<>();
        robot.interact(() -> {
            Bounds b = new Path(unit.flow().rangeShape(i, i + 1)).getBoundsInLocal();
            p.set(unit.flow().localToScreen(b.getCenterX(), b.getCenterY()));
        });
        return p.get();
    }

    @Test
    void dragSelectsExactlyTheCharactersAndCtrlCCopiesThem(FxRobot robot) {
        MarkedFlow p = window.reader().paragraph(0, 2);
        String text = p.text();
        int from = text.indexOf("26만");
        assertTrue(from > 0, text);
        Point2D a = at(robot, p, from);
        Point2D b = at(robot, p, from + 5);
        // from the middle of 2 to the middle of the sixth character: the insertion points round to the nearer edge
        robot.drag(new Point2D(a.getX() - 1, a.getY()), MouseButton.PRIMARY).dropTo(new Point2D(b.getX() - 1, b.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        int[] s = p.selection();
        String selected = window.reader().selectedText();
        assertEquals(text.substring(s[0], s[1]), selected);
        assertTrue(selected.startsWith("26만") && selected.length() >= 4 && selected.length() <= 6, selected);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertEquals(selected, copied.get());
        // a click elsewhere in the text deselects
        robot.clickOn(a);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.reader().selectedText());
    }

    @Test
    void aDragAcrossParagraphsJoinsThemWithABlankLine(FxRobot robot) {
        MarkedFlow first = window.reader().paragraph(0, 0);
        MarkedFlow second = window.reader().paragraph(0, 1);
        Point2D a = at(robot, first, 0);
        Point2D b = shown(robot, second, 3); // the next paragraph, on screen with the first
        robot.drag(new Point2D(a.getX() - 3, a.getY()), MouseButton.PRIMARY).dropTo(new Point2D(b.getX() + 3, b.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[]{0, first.text().length()}, first.selection());
        assertEquals(first.text() + "\n\n" + second.text().substring(0, 4), window.reader().selectedText());
    }

    @Test
    void doubleClickSelectsAWordAndCtrlASelectsThePage(FxRobot robot) {
        MarkedFlow p = window.reader().paragraph(0, 2);
        int i = p.text().indexOf("26만장을");
        robot.doubleClickOn(at(robot, p, i + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("26만장을", window.reader().selectedText());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String all = window.reader().selectedText();
        assertTrue(all.startsWith(Seed.article().title()), all.substring(0, 40));
        assertTrue(all.contains(p.text()), "every paragraph");
        // another article (or language) replaces the page: nothing stays selected
        robot.interact(() -> window.setLanguage("en"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.reader().selectedText());
        assertNull(window.reader().paragraph(0, 2).selection());
    }
}
