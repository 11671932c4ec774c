package kr.gisa.app.archive;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.reader.FigureView;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.archive.ArchiveEntry;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.testing.ArchiveFixture;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window on the real test cluster (3 Solr nodes, a 2 × 2 collection of the seed and 200
 * generated articles), opened as {@code gisa --archive URL} does, with the app's own opener.
 */
@Tag("cluster")
@ExtendWith(ApplicationExtension.class)
class ArchiveWindowClusterTest {

    @TempDir
    static Path tmp;
    private static ArchiveFixture fixture;
    private Library local;
    private MainWindow window;
    /** When the window was made (the figures printed below are measured from here). */
    private long started;

    /** The cluster starts and the archive is pushed here, off the JavaFX thread (it takes a while). */
    @BeforeAll
    static void cluster() {
        fixture = ArchiveFixture.get();
    }

    @Start
    void start(Stage stage) throws Exception {
        local = new Library(Files.createTempDirectory(tmp, "local"));
        local.importText("희토류 수입선 다변화\n정부가 희토류 수입선을 다변화하기로 했다.\n".getBytes(StandardCharsets.UTF_8));
        started = System.nanoTime();
        window = new MainWindow(WindowOptions.parse("--library", local.root().toString(), "--archive", fixture.url()),
                null, new Settings("light", 1.0, 1200, 800, "ko", null));
        window.attach(stage);
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowListsReadsAndSearchesTheClusterArchive(FxRobot robot) throws Exception {
        List<ArchiveEntry> expected;
        try (SolrArchive direct = SolrArchive.open(fixture.url())) {
            expected = direct.list(0, ArchivePane.PAGE);
        }
        ArchivePane pane = window.archive().pane();
        waitUntil(() -> window.archive().isOpen() && pane.rows().size() == ArchivePane.PAGE
                && expected.get(0).id().equals(window.model().currentId()));
        long shown = System.nanoTime();
        assertEquals(expected, pane.rows(), "the first page, newest first");
        waitUntil(() -> ((Label) pane.lookup(".library-count")).getText().equals("기사 201건 · 앞의 200건 표시"));

        // The seed with its whole structure; its photos' files are not local: placeholders, captions, credits.
        long asked = System.nanoTime();
        robot.interact(() -> window.open(Seed.ID));
        waitUntil(() -> Seed.ID.equals(window.model().currentId()));
        long opened = System.nanoTime();
        assertEquals(Seed.article(), window.reader().article());
        List<FigureView> figures = robot.lookup(".figure").queryAllAs(FigureView.class).stream().toList();
        assertEquals(5, figures.size());
        assertTrue(figures.stream().noneMatch(FigureView::hasImage));
        assertTrue(figures.stream().allMatch(f -> f.caption() != null));

        // Search over SolrJ: as many hits as the embedded index of the same articles finds.
        SearchResult embedded = fixture.embedded().search("반도체 공급", 50);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("반도체 공급");
        long typed = System.nanoTime();
        waitUntil(() -> robot.lookup(".search-results-count").queryAs(Label.class).getText()
                .equals(embedded.total() + "건"));
        long found = System.nanoTime();
        // Once more, warm (the first search also loads the Korean dictionary): another query.
        SearchResult second = fixture.embedded().search("산불 대피", 50);
        robot.interact(() -> window.search().escape());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("산불 대피");
        long typed2 = System.nanoTime();
        waitUntil(() -> robot.lookup(".search-results-count").queryAs(Label.class).getText().equals(second.total() + "건"));
        long found2 = System.nanoTime();
        robot.interact(() -> window.search().escape());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("반도체 공급");
        waitUntil(() -> robot.lookup(".search-results-count").queryAs(Label.class).getText().equals(embedded.total() + "건"));
        // The same units. Equal scores may come in another order from the two engines (and from two builds
        // of the embedded index, which indexes on several threads): every unit scoring above the last
        // place is shown, and the rest of the places go to units tied at it, whichever they are.
        List<String> titles = robot.lookup(".search-result-title").queryAllAs(Label.class).stream().map(Label::getText)
                .sorted().toList();
        float last = embedded.hits().get(embedded.hits().size() - 1).score();
        List<SearchHit> reachable = fixture.embedded().search("반도체 공급", 5000).hits().stream()
                .filter(h -> h.score() >= last).toList();
        List<String> atLast = new ArrayList<>(titles);
        for (SearchHit h : embedded.hits()) {
            if (h.score() > last) assertTrue(atLast.remove(h.title()), "the same hits: " + h.title() + " in " + titles);
        }
        List<String> tied = new ArrayList<>(reachable.stream().filter(h -> h.score() == last).map(SearchHit::title).toList());
        assertEquals(embedded.hits().stream().filter(h -> h.score() == last).count(), atLast.size(), "the same hits");
        for (String t : atLast) assertTrue(tied.remove(t), "the same hits: " + t + " scores as the last place");
        Set<String> articles = reachable.stream().map(h -> h.article()).collect(Collectors.toSet());
        robot.clickOn(robot.lookup(".search-result").queryAll().iterator().next());
        waitUntil(() -> window.model().currentId() != null && articles.contains(window.model().currentId())
                && window.reader().units().stream().anyMatch(u -> !u.spans().isEmpty()));
        assertFalse(local.contains(window.model().currentId()));

        System.out.printf("ui-archive: window open → archive open, first %d rows listed, newest article shown: %d ms;"
                + " an archive article opened (load + render): %d ms; last key typed → %d results listed"
                + " (with the 250 ms typing pause): %d ms cold, %d ms warm (%d results)%n", ArchivePane.PAGE,
                (shown - started) / 1_000_000, (opened - asked) / 1_000_000, embedded.hits().size(), (found - typed) / 1_000_000,
                (found2 - typed2) / 1_000_000, second.hits().size());

        // Back to the library: as it was.
        robot.interact(() -> window.archive().backToLibrary());
        waitUntil(() -> !window.archive().isOpen() && local.contains(window.model().currentId()));
        assertNotNull(window.reader().article());
        assertEquals(1, local.ids().size());
    }
}
