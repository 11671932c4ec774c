package kr.gisa.app.search;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.reader.MarkedFlow;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.Library;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static kr.gisa.app.search.SearchWindowTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Library search from the window: the index is built on first use (in gisa.cache.dir, set by
 * surefire), results list the hits with marked snippets, and a click opens the article there.
 */
@ExtendWith(ApplicationExtension.class)
class LibrarySearchWindowTest {

    private static final String OTHER = """
            반도체 장비 공급망 점검
            정부가 반도체 장비 공급망을 점검하고 3천억원을 투입한다.

            소부장 기업들은 포토레지스트 생산을 늘리기로 했다.
            """;

    @TempDir
    static Path tmp;
    private MainWindow window;
    private Article other;
    private Library library;

    @Start
    void start(Stage stage) throws Exception {
        library = new Library(Files.createTempDirectory(tmp, "lib"));
        Path seedSource = Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT);
        library.save(Seed.article(), Library.SOURCE_TXT, Files.readAllBytes(seedSource));
        other = library.importText(OTHER.getBytes(StandardCharsets.UTF_8));
        window = new MainWindow(new WindowOptions(library.root(), other.id()), null,
                new Settings("light", 1.0, 1200, 760, "ko", null));
        window.attach(stage);
        stage.show();
    }

    private ResultsPane pane() {
        return window.search().resultsPane();
    }

    @Test
    void resultsListHitsAndAClickOpensTheArticleAtTheParagraph(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertSame(SearchController.Scope.LIBRARY, window.search().scope());
        assertSame(pane(), window.layout().getRight(), "the results pane opens beside the reader");
        robot.write("공급");
        waitUntil(() -> pane().cards().size() >= 5);
        // 4 places in the seed, 2 in the other article (title and paragraph)
        assertEquals("6건", robot.lookup(".search-results-count").queryAs(Label.class).getText());
        assertEquals(List.of(2, 2), List.of(pane().indexCount()[0], pane().indexCount()[1]),
                "the progress bar heard every article of the library");
        for (Node card : pane().cards()) {
            List<String> marks = card.lookupAll(".snippet-text").stream().map(n -> (Text) n)
                    .filter(t -> t.getStyleClass().contains("highlight")).map(Text::getText).toList();
            assertTrue(marks.stream().allMatch(m -> m.equals("공급")) && !marks.isEmpty(), marks.toString());
        }
        Node target = pane().cards().stream()
                .filter(c -> ((Label) c.lookup(".search-result-place")).getText().equals("들어가며  ·  본문")
                        && snippet(c).contains("이번 공급 약속"))
                .findFirst().orElseThrow(() -> new AssertionError("no card for paragraph 0/5"));
        assertEquals("엔비디아 GPU 26만장 공급으로 소버린 AI와 피지컬 AI 육성 토대 확보",
                ((Label) target.lookup(".search-result-title")).getText());

        robot.clickOn(target);
        waitUntil(() -> Seed.ID.equals(window.model().currentId()) && window.search().cursor() != null
                && window.search().cursor().find().query().equals("공급"));
        assertEquals("3 / 4", window.search().view().counter.getText(), "starts at the clicked paragraph");
        MarkedFlow p = window.reader().paragraph(0, 5);
        assertEquals(List.of(7, 9), List.of(p.current()[0], p.current()[1]));
        assertEquals("공급", p.text().substring(7, 9));
        assertEquals(4, window.reader().units().stream().filter(u -> !u.spans().isEmpty()).count(),
                "every hit of the query is highlighted in the opened article");
        double y = p.localToScene(0, 0).getY();
        double top = window.reader().localToScene(0, 0).getY();
        assertTrue(y > top && y < top + window.reader().getHeight(), "the paragraph is in view: " + y);
        assertSame(pane(), window.layout().getRight(), "the results stay for the next click");
    }

    private static String snippet(Node card) {
        return ((MarkedFlow) card.lookup(".marked-flow")).text();
    }

    @Test
    void anArticleImportedMeanwhileIsFoundOnTheNextLibrarySearch(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("포토레지스트");
        waitUntil(() -> pane().cards().size() == 1);
        library.importText("""
                포토레지스트 수출 규제 해제
                일본이 포토레지스트 수출 규제를 풀었다.
                """.getBytes(StandardCharsets.UTF_8));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> pane().cards().size() == 3); // the new title and paragraph, and the old paragraph
    }

    @Test
    void anArticleSavedWhileResultsShowIsIndexedAloneAndListed(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("포토레지스트");
        waitUntil(() -> pane().cards().size() == 1);
        Library shown = window.model().library(); // the window's own Library, as its import job uses
        Thread importer = new Thread(() -> { // as the import job does, off the FX thread
            try {
                shown.importText("""
                        포토레지스트 수출 규제 해제
                        일본이 포토레지스트 수출 규제를 풀었다.
                        """.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        importer.start();
        importer.join();
        // no new library search, no full re-check: the library's change notice re-indexes that one article
        waitUntil(() -> pane().cards().size() == 3);
    }

    @Test
    void theQuerysNotesShowInTheWindowsLanguage(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("포토레지스트 을");
        waitUntil(() -> pane().cards().size() == 1);
        Label status = robot.lookup(".search-results-status").queryAs(Label.class);
        assertTrue(status.isVisible());
        assertEquals("찾지 않은 말: 을 (조사, 어미 같은 기능어)", status.getText(), "the particle left out, said in Korean");
    }

    @Test
    void escClosesTheResults(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("포토레지스트");
        waitUntil(() -> pane().cards().size() == 1);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.layout().getRight());
        assertSame(SearchController.Scope.ARTICLE, window.search().scope());
        assertEquals("", window.search().view().field.getText());
    }

    @Test
    void openingAnotherLibrarySearchesThatOne(FxRobot robot) throws Exception {
        Library second = new Library(Files.createTempDirectory(tmp, "second"));
        second.importText("""
                희토류 비축 확대
                정부가 희토류 비축 물량을 두 배로 늘린다.
                """.getBytes(StandardCharsets.UTF_8));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("희토류");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.model().setLibrary(second));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("희토류");
        waitUntil(() -> pane().cards().size() == 2); // title and paragraph of the second library's article
        assertSame(pane(), window.layout().getRight());
    }
}
