package kr.gisa.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.gisa.app.reader.ParagraphView;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.app.theme.Fonts;
import kr.gisa.app.theme.Theme;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Photo;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader window on the seed article, as a reader sees it (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

    private final Article seed = Seed.article();
    private MainWindow window;
    private Path configDir;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Path.of(System.getProperty("gisa.config.dir", "target/test-config"));
        Files.createDirectories(base);
        configDir = Files.createTempDirectory(base, "reader");
        window = new MainWindow(new WindowOptions(Seed.libraryRoot(), Seed.ID), new SettingsStore(configDir),
                new Settings("light", 1.0, 1100, 780, "ko", null));
        window.attach(stage);
        stage.show();
        this.stage = stage;
    }

    @Test
    void themeZoomSizeAndArticleAreRememberedBetweenRuns(FxRobot robot) {
        robot.interact(() -> {
            window.zoomIn();
            window.setTheme(Theme.SEPIA);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        robot.interact(stage::hide); // closing the window saves its size
        SettingsStore store = new SettingsStore(configDir);
        Settings saved = store.load();
        assertEquals("sepia", saved.theme());
        assertEquals(1.1, saved.zoom(), 1e-9);
        assertEquals(1000, saved.width(), 1);
        assertEquals(700, saved.height(), 1);
        assertEquals(Seed.ID, saved.lastArticle());
        robot.interact(() -> {
            MainWindow next = new MainWindow(new WindowOptions(Seed.libraryRoot(), null), store, saved);
            assertEquals(1.1, next.reader().getZoom(), 1e-9);
            assertEquals(Theme.SEPIA, next.themeProperty().get());
            assertEquals(Seed.ID, next.model().currentId());
            assertEquals(1000, next.scene().getWidth(), 1);
        });
    }

    private <T extends Node> List<T> all(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().map(n -> (T) n).toList();
    }

    @Test
    void showsTheTitleDeckAndPublisher(FxRobot robot) {
        Text title = robot.lookup(".article-title").queryAs(Text.class);
        assertEquals(seed.title(), title.getText());
        List<String> deck = robot.lookup(".article-subtitle").queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertEquals(seed.subtitles(), deck);
        assertEquals("전기신문", robot.lookup(".kicker").queryAs(Text.class).getText());
        String meta = robot.lookup(".meta").queryAs(Text.class).getText();
        assertTrue(meta.contains("읽는 시간 약"), meta);
        assertTrue(stageTitle(robot).startsWith(seed.title()));
    }

    private static String stageTitle(FxRobot robot) {
        return ((Stage) robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing())
                .findFirst().orElseThrow()).getTitle();
    }

    @Test
    void outlineListsTheFiveSections(FxRobot robot) {
        List<Node> entries = all(robot, ".outline-entry");
        assertEquals(5, entries.size());
        List<String> labels = robot.lookup(".outline-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertEquals(List.of("들어가며", "피지컬 AI 구축 본격화", "엔비디아 종속 우려", "불가피한 일", "적절한 분배, '소버린 AI' 핵심"),
                labels);
        assertTrue(entries.get(0).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("current")));
    }

    @Test
    void everyPhotoIsAFigureWithCaptionCreditAndPlaceholder(FxRobot robot) {
        List<String> captions = robot.lookup(".figure-caption").queryAllAs(Text.class).stream().map(Text::getText).toList();
        List<String> credits = robot.lookup(".figure-credit").queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertEquals(seed.photos().stream().map(Photo::caption).toList(), captions);
        assertEquals(5, credits.size());
        for (int i = 0; i < 5; i++) {
            assertEquals("사진 " + seed.photos().get(i).credit(), credits.get(i));
        }
        // The seed has no image files: five placeholder frames, no broken images.
        assertEquals(5, all(robot, ".figure-placeholder").size());
        assertTrue(all(robot, ".figure-image").isEmpty());
        Region frame = robot.lookup(".figure-placeholder").queryAs(Region.class);
        assertTrue(frame.getHeight() > 100, "placeholder has a real size: " + frame.getHeight());
    }

    @Test
    void paragraphsAreAddressableBySectionAndParagraph(FxRobot robot) {
        assertEquals(28, all(robot, ".paragraph").size());
        ParagraphView p = window.reader().paragraph(3, 2);
        assertEquals(seed.paragraph(3, 2).text(), p.text());
        robot.interact(() -> window.reader().highlight(3, 2, List.of(new int[]{0, 4}, new int[]{10, 12})));
        List<Text> runs = p.flow().getChildren().stream().map(Text.class::cast).toList();
        assertEquals(p.text(), runs.stream().map(Text::getText).collect(Collectors.joining()));
        assertEquals(List.of(p.text().substring(0, 4), p.text().substring(10, 12)),
                runs.stream().filter(t -> t.getStyleClass().contains("highlight")).map(Text::getText).toList());
        robot.interact(() -> window.reader().clearHighlights());
        assertEquals(1, p.flow().getChildren().size());
    }

    @Test
    void paragraphsAndTheArticleCanBeCopied(FxRobot robot) {
        ParagraphView p = window.reader().paragraph(0, 0);
        robot.interact(() -> window.reader().scrollToParagraph(0, 0));
        openContextMenu(robot, p);
        robot.clickOn("이 문단 복사");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seed.paragraph(0, 0).text(), clipboard(robot));
        openContextMenu(robot, p);
        robot.clickOn("기사 전체를 텍스트로 복사");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kr.gisa.core.text.PlainText.of(seed), clipboard(robot));
    }

    /** Monocle does not turn a right click into a context-menu request; send the request itself. */
    private static void openContextMenu(FxRobot robot, Node n) {
        robot.interact(() -> {
            var b = n.localToScreen(n.getBoundsInLocal());
            javafx.event.Event.fireEvent(n, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
    }

    private static String clipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return out[0];
    }

    @Test
    void hangulIsSetInTheBundledFont(FxRobot robot) {
        Text title = robot.lookup(".article-title").queryAs(Text.class);
        Text body = robot.lookup(".paragraph-text").queryAs(Text.class);
        assertEquals(Fonts.FAMILY, body.getFont().getFamily());
        assertEquals(Fonts.FAMILY, title.getFont().getFamily());
        assertTrue(title.getFont().getName().contains("Bold"), title.getFont().getName());
        assertFalse(body.getFont().getName().contains("Bold"), body.getFont().getName());
        Text outline = robot.lookup(".outline-text").queryAs(javafx.scene.control.Label.class)
                .lookup(".text") instanceof Text t ? t : null;
        assertEquals(Fonts.FAMILY, outline.getFont().getFamily());
    }

    @Test
    void themeSwitchChangesTheColours(FxRobot robot) throws Exception {
        Text body = robot.lookup(".paragraph-text").queryAs(Text.class);
        Region page = robot.lookup(".reader-canvas").queryAs(Region.class);
        Paint lightInk = body.getFill();
        Paint lightPaper = page.getBackground().getFills().get(0).getFill();
        robot.clickOn(".theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        Color darkInk = (Color) body.getFill();
        Color darkPaper = (Color) page.getBackground().getFills().get(0).getFill();
        assertNotEquals(lightInk, darkInk);
        assertNotEquals(lightPaper, darkPaper);
        assertTrue(darkPaper.getBrightness() < 0.3 && darkInk.getBrightness() > 0.7, darkPaper + " / " + darkInk);
        assertEquals(Theme.DARK, window.themeProperty().get());

        robot.interact(() -> window.setTheme(Theme.SEPIA));
        Color sepiaPaper = (Color) page.getBackground().getFills().get(0).getFill();
        assertNotEquals(lightPaper, sepiaPaper);
        assertTrue(sepiaPaper.getRed() > sepiaPaper.getBlue(), "warm paper: " + sepiaPaper);
        // Remembered: the settings file now says sepia.
        String json = Files.readString(configDir.resolve(SettingsStore.FILE));
        assertTrue(json.contains("\"sepia\""), json);
    }

    @Test
    void zoomChangesTheTextSize(FxRobot robot) {
        Text body = robot.lookup(".paragraph-text").queryAs(Text.class);
        double base = body.getFont().getSize();
        assertEquals(17, base, 0.01);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        double larger = body.getFont().getSize();
        assertTrue(larger > base, base + " -> " + larger);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(body.getFont().getSize() < base);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(base, body.getFont().getSize(), 0.01);
        assertEquals("100%", robot.lookup(".zoom-label").queryLabeled().getText());
    }

    @Test
    void ctrlNumberJumpsToSectionAndOutlineFollowsScrolling(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.reader().currentSectionProperty().get());
        assertTrue(window.reader().scrollPane().getVvalue() > 0.3);
        Set<String> states = all(robot, ".outline-entry").get(3).getPseudoClassStates().stream()
                .map(p -> p.getPseudoClassName()).collect(Collectors.toSet());
        assertTrue(states.contains("current"));

        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.reader().scrollPane().getVvalue(), 1e-9);
        assertEquals(0, window.reader().currentSectionProperty().get());

        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.reader().currentSectionProperty().get(), "scrolling marks the section being read");

        robot.push(KeyCode.HOME);
        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double afterPage = window.reader().scrollPane().getVvalue();
        assertTrue(afterPage > 0);
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.reader().scrollPane().getVvalue() > afterPage);

        robot.interact(() -> window.library().tabs().getSelectionModel().select(1)); // the outline shares the sidebar with the library
        robot.clickOn(robot.lookup(".outline-entry").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.reader().currentSectionProperty().get());
    }

    @Test
    void f1ShowsEveryShortcut(FxRobot robot) {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isOverlayOpen());
        List<String> keys = robot.lookup(".shortcut-keys").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertEquals(KeyBindings.helpRows().size(), keys.size());
        assertTrue(keys.stream().anyMatch(k -> k.contains("Ctrl+1")), keys.toString());
        assertTrue(keys.stream().anyMatch(k -> k.contains("Ctrl+=")), keys.toString());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isOverlayOpen());
    }

    @Test
    void languageSwitchesToEnglish(FxRobot robot) {
        robot.interact(() -> window.setLanguage("en"));
        assertEquals("Contents", robot.lookup(".outline-header").queryLabeled().getText());
        assertEquals("Photo: 엔비디아", robot.lookup(".figure-credit").queryAs(Text.class).getText());
        assertEquals(seed.title(), robot.lookup(".article-title").queryAs(Text.class).getText());
        assertEquals("en", window.settings().locale());
    }
}
