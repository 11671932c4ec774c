package kr.gisa.app.search;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.reader.MarkedFlow;
import kr.gisa.app.settings.Settings;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Find in the article from the search field, as a reader types it (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), null,
                new Settings("light", 1.0, 1100, 760, "ko", null));
        window.attach(stage);
        stage.show();
        window.reader().scrollPane().requestFocus();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SearchBar bar() {
        return window.search().view();
    }

    private String counter() {
        Label c = bar().counter;
        return c.isVisible() ? c.getText() : null;
    }

    /** The highlighted runs of a unit: {text, "current"?} per run. */
    private static List<String> marked(MarkedFlow unit) {
        return unit.flow().getChildren().stream().map(n -> (Text) n)
                .filter(t -> t.getStyleClass().contains("highlight"))
                .map(t -> t.getText() + (t.getStyleClass().contains("highlight-current") ? "*" : "")).toList();
    }

    /** Types a query as a reader would and waits for its answer (not one to a half-typed prefix). */
    private void find(FxRobot robot, String query) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(bar().field.isFocused(), "Ctrl+F puts the caret in the search field");
        robot.write(query);
        waitUntil(() -> window.search().cursor() != null && window.search().cursor().find().query().equals(query));
    }

    @Test
    void typingHighlightsExactly공급InsideTheWord(FxRobot robot) {
        find(robot, "공급");
        waitUntil(() -> "1 / 4".equals(counter()));
        MarkedFlow p = window.reader().paragraph(0, 2);
        assertTrue(p.text().contains("적기에 공급하겠다고"));
        assertEquals(List.of("공급"), marked(p), "the mark sits on 공급, not on the whole word 공급하겠다고");
        List<String> runs = p.flow().getChildren().stream().map(n -> ((Text) n).getText()).toList();
        int i = runs.indexOf("공급");
        assertTrue(runs.get(i - 1).endsWith("적기에 "), runs.toString());
        assertTrue(runs.get(i + 1).startsWith("하겠다고"), runs.toString());
        assertEquals(List.of(44, 46), List.of(p.spans().get(0)[0], p.spans().get(0)[1]));
        // title, a second paragraph and a caption are highlighted too; the first hit (title) is current
        assertEquals(List.of("공급*"), marked(window.reader().unit("title", -1, -1)));
        assertEquals(List.of("공급"), marked(window.reader().unit("paragraph", 0, 5)));
        assertEquals(List.of("공급"), marked(window.reader().unit("caption", 3, 0)));
        assertNull(bar().message.isVisible() ? bar().message.getText() : null);
    }

    @Test
    void f3AndShiftF3MoveTheCurrentHitAndTheView(FxRobot robot) {
        find(robot, "공급");
        waitUntil(() -> "1 / 4".equals(counter()));
        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 / 4", counter());
        assertEquals(List.of("공급*"), marked(window.reader().paragraph(0, 2)));
        assertEquals(List.of("공급"), marked(window.reader().unit("title", -1, -1)), "the old current hit is plain again");
        robot.push(KeyCode.ENTER); // Enter in the field steps too
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 / 4", counter());
        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 / 4", counter());
        assertEquals(List.of("공급*"), marked(window.reader().unit("caption", 3, 0)));
        double v = window.reader().scrollPane().getVvalue();
        assertTrue(v > 0.3, "the view follows the current hit to the caption in section 4: " + v);
        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 / 4", counter(), "wraps around");
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 / 4", counter());
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 / 4", counter());
        assertEquals(List.of("공급*"), marked(window.reader().paragraph(0, 5)));
    }

    @Test
    void escClearsTheQueryAndEveryHighlight(FxRobot robot) {
        find(robot, "엔비디아");
        waitUntil(() -> counter() != null && counter().startsWith("1 / "));
        assertFalse(robot.lookup(".highlight").queryAll().isEmpty());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", bar().field.getText());
        assertNull(counter());
        assertTrue(robot.lookup(".highlight").queryAll().isEmpty());
        for (MarkedFlow u : window.reader().units()) assertTrue(u.spans().isEmpty() && u.current() == null);
        assertFalse(bar().field.isFocused(), "Esc hands the keys back to the reader");
    }

    @Test
    void aQueryOfOnlyAParticleIsExplainedInTheWindowsLanguage(FxRobot robot) {
        find(robot, "은");
        waitUntil(() -> bar().message.isVisible());
        assertEquals("조사나 어미(은)만 있습니다: 명사나 이름, 숫자를 넣어 보세요", bar().message.getText());
        assertTrue(bar().message.getStyleClass().contains("search-error"));
        assertNull(counter());
        assertTrue(robot.lookup(".highlight").queryAll().isEmpty());
    }

    @Test
    void anUnclosedQuoteIsRepairedWithANote(FxRobot robot) {
        find(robot, "\"소버린 AI");
        waitUntil(() -> bar().message.isVisible());
        assertEquals("닫히지 않은 따옴표: 구절이 검색어 끝까지 이어집니다", bar().message.getText());
        assertFalse(bar().message.getStyleClass().contains("search-error"));
        assertTrue(counter().startsWith("1 / "), counter());
        assertEquals(List.of("소버린 AI*"), marked(window.reader().unit("title", -1, -1)));
    }

    @Test
    void nothingFoundShowsZeroOfZero(FxRobot robot) {
        find(robot, "포토레지스트");
        waitUntil(() -> counter() != null);
        assertEquals("0 / 0", counter());
        assertTrue(bar().next.isDisabled());
    }

    @Test
    void typingIsDebouncedAndAnsweredOnceForTheWholeWord(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        String query = "엔비디아 GPU";
        int[] seenDuringTyping = new int[1];
        robot.interact(() -> {
            // Keystroke after keystroke on the FX thread: each returns at once, no search runs in between.
            for (char c : query.toCharArray()) bar().field.appendText(String.valueOf(c));
            seenDuringTyping[0] = window.search().deliveredFinds();
        });
        assertEquals(0, seenDuringTyping[0]);
        assertEquals(query, bar().field.getText());
        waitUntil(() -> counter() != null);
        WaitForAsyncUtils.sleep(Debounced.DELAY_MS * 2L, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.search().deliveredFinds(), "one find for the pause, none per keystroke");
        assertEquals(query, window.search().cursor().find().query());
    }

    @Test
    void typedKoreanReachesTheFieldWhileSearchesRun(FxRobot robot) {
        find(robot, "엔비디아 GPU");
        assertEquals("엔비디아 GPU", bar().field.getText(), "every keystroke reached the field");
        assertTrue(window.search().deliveredFinds() < "엔비디아 GPU".length(), "not one search per keystroke");
    }

    @Test
    void highlightsSurviveALanguageSwitch(FxRobot robot) {
        find(robot, "공급");
        waitUntil(() -> "1 / 4".equals(counter()));
        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.setLanguage("en"));
        waitUntil(() -> !marked(window.reader().paragraph(0, 2)).isEmpty());
        assertEquals(List.of("공급*"), marked(window.reader().paragraph(0, 2)));
        assertEquals("2 / 4", counter(), "still at the hit the reader was on");
        assertEquals("Find in this article", bar().field.getPromptText());
    }

    @Test
    void searchFieldSitsInTheTopBar(FxRobot robot) {
        Node field = robot.lookup(".search-field").query();
        assertTrue(field instanceof TextField);
        assertTrue(window.toolbarSlot().getChildren().contains(window.search().bar()));
    }
}
