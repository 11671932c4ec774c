package kr.gisa.app.library;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import kr.gisa.app.MainWindow;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.core.model.Article;
import kr.gisa.core.parse.Duplicate;
import kr.gisa.core.parse.ImportResult;
import kr.gisa.core.parse.Importer;
import kr.gisa.core.parse.NewsPages;
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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library pane in a temporary library: listing, sorting, filtering, import, duplicates, delete, rename. */
@ExtendWith(ApplicationExtension.class)
class LibraryPaneTest {

    static final String TEXT = """
            국회, 내년도 예산안 법정 시한 내 처리
            여야 막판 합의로 본회의 통과

            국회는 2일 본회의를 열어 내년도 예산안을 법정 처리 시한 안에 의결했다. 여야는 전날 밤늦게까지 협상을 이어갔다.

            이번 예산안은 정부안보다 소폭 줄었다. 감액분은 주로 연구개발과 지역 사업에서 나왔다.
            """;

    @TempDir
    static Path tmp;
    private Path library;
    private Path pages;
    private Path configDir;
    private MainWindow window;
    private LibraryController controller;
    private final FakeDialogs dialogs = new FakeDialogs();
    private String htmlId;

    @Start
    void start(Stage stage) throws Exception {
        Path base = Files.createTempDirectory(tmp, "case");
        library = base.resolve("articles");
        pages = Files.createDirectories(base.resolve("pages"));
        configDir = base.resolve("config");
        copySeed(library);
        // A second, dated article from another publisher, imported as a user would.
        Path html = pages.resolve("already.html");
        Files.writeString(html, NewsPages.full("photo.png"));
        ImportResult r = new Importer(new Library(library)).importFile(html, Duplicate.Policy.always(Duplicate.Choice.SKIP));
        assertTrue(r.ok(), String.valueOf(r.error()));
        htmlId = r.id();
        window = new MainWindow(new WindowOptions(library, Seed.ID), new SettingsStore(configDir),
                new Settings("light", 1.0, 1200, 800, "ko", null));
        controller = window.library();
        controller.setDialogs(dialogs);
        window.attach(stage);
        stage.show();
    }

    static void copySeed(Path library) throws Exception {
        Path from = Seed.libraryRoot().resolve(Seed.ID);
        Path to = Files.createDirectories(library.resolve(Seed.ID));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    private List<String> shownIds() {
        return controller.listModel().shown().stream().map(LibraryEntry::id).toList();
    }

    private List<String> titles(FxRobot robot) {
        return robot.lookup(".library-title").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private void awaitImports(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String readerTitle(FxRobot robot) {
        return robot.lookup(".article-title").queryAs(Text.class).getText();
    }

    @Test
    void listsEveryArticleWithTitlePublisherDateAndReadingTime(FxRobot robot) {
        assertEquals(2, controller.listModel().shown().size());
        List<String> titles = titles(robot);
        assertTrue(titles.contains(Seed.article().title()), titles.toString());
        assertTrue(titles.contains(NewsPages.TITLE), titles.toString());
        List<String> metas = robot.lookup(".library-meta").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertTrue(metas.contains("한국경제신보  ·  2025. 11. 3.  ·  1분"), metas.toString());
        assertTrue(metas.stream().anyMatch(m -> m.startsWith("전기신문  ·  ") && m.endsWith("분")), metas.toString());
        // The article shown in the reader is the selected row; the tab and the count say what this is.
        assertEquals(Seed.ID, controller.pane().selected().id());
        assertEquals("서재", controller.tabs().getTabs().get(0).getText());
        assertEquals("기사 2건", robot.lookup(".library-count").queryAs(Label.class).getText());
    }

    @Test
    void clickingARowOpensItInTheReader(FxRobot robot) {
        robot.clickOn(NewsPages.TITLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(htmlId, window.model().currentId());
        assertEquals(NewsPages.TITLE, readerTitle(robot));
        assertEquals(htmlId, window.settings().lastArticle());
    }

    @Test
    void sortsByDateTitleAndPublisherAndFiltersByPublisherAndDates(FxRobot robot) {
        LibraryListModel m = controller.listModel();
        // The seed has no date: newest first puts the dated article first, and undated last either way.
        assertEquals(List.of(htmlId, Seed.ID), shownIds());
        robot.interact(() -> m.sortProperty().set(LibraryListModel.Sort.OLDEST));
        assertEquals(List.of(htmlId, Seed.ID), shownIds());
        robot.interact(() -> m.sortProperty().set(LibraryListModel.Sort.TITLE));
        assertEquals(List.of(htmlId, Seed.ID), shownIds()); // 반도체 < 엔비디아
        robot.interact(() -> m.sortProperty().set(LibraryListModel.Sort.PUBLISHER));
        assertEquals(List.of(Seed.ID, htmlId), shownIds()); // 전기신문 < 한국경제신보
        assertEquals(List.of("전기신문", "한국경제신보"), m.publishers());

        robot.interact(() -> m.publisherProperty().set("한국경제신보"));
        assertEquals(List.of(htmlId), shownIds());
        assertTrue(controller.pane().filterToggle().isSelected(), "an active filter shows the filter box");
        assertEquals("기사 2건 중 1건", robot.lookup(".library-count").queryAs(Label.class).getText());
        robot.interact(m::clearFilter);
        robot.interact(() -> {
            m.fromProperty().set(LocalDate.of(2025, 11, 1));
            m.toProperty().set(LocalDate.of(2025, 11, 3));
        });
        assertEquals(List.of(htmlId), shownIds(), "the range includes its last day; undated articles are out");
        robot.interact(() -> m.toProperty().set(LocalDate.of(2025, 11, 2)));
        assertEquals(List.of(), shownIds());
        assertTrue(robot.lookup(".library-placeholder").queryAs(Label.class).getText().contains("필터에 맞는"));
        robot.interact(m::clearFilter);
        assertEquals(2, shownIds().size());
    }

    @Test
    void importsAnHtmlPageAndATextFileThroughTheChooser(FxRobot robot) throws Exception {
        Path html = pages.resolve("new.html");
        Files.writeString(html, NewsPages.full("photo.png").replace(NewsPages.TITLE, "전력망 확충 예산 두 배로")
                .replace("반도체 수출이 석 달", "전력망 투자가 석 달").replace(NewsPages.URL, "https://news.example.co.kr/a/9"));
        Path text = pages.resolve("budget.txt");
        Files.write(text, TEXT.getBytes(StandardCharsets.UTF_8));
        dialogs.imports = List.of(html, text);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        awaitImports(robot);

        assertTrue(dialogs.asked.contains("imports"));
        List<ImportResult> results = controller.lastResults();
        assertEquals(2, results.size());
        assertTrue(results.stream().allMatch(r -> r.status() == ImportResult.Status.IMPORTED), results.toString());
        assertEquals(4, controller.listModel().all().size());
        List<String> titles = titles(robot);
        assertTrue(titles.contains("전력망 확충 예산 두 배로"), titles.toString());
        assertTrue(titles.contains("국회, 내년도 예산안 법정 시한 내 처리"), titles.toString());
        // The first new article opens; the summary names what each file made.
        assertEquals(results.get(0).id(), window.model().currentId());
        assertTrue(window.isOverlayOpen());
        assertTrue(robot.lookup(".import-totals").queryAs(Label.class).getText().contains("2건 새로 추가"));
        List<String> details = robot.lookup(".import-detail").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(details.get(1).contains("budget.txt") && details.get(1).contains(results.get(1).id())
                && details.get(1).contains("문단 2개"), details.toString());
        // A click in the summary opens that article.
        Label row = robot.lookup(".import-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("국회, 내년도 예산안 법정 시한 내 처리")).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isOverlayOpen());
        assertEquals("국회, 내년도 예산안 법정 시한 내 처리", readerTitle(robot));
        assertEquals(results.get(1).id(), controller.pane().selected().id());
    }

    @Test
    void aDuplicateAsksAndSkipKeepsOne(FxRobot robot) throws Exception {
        Path copy = pages.resolve("same-page-again.html");
        Files.writeString(copy, NewsPages.full("photo.png"));
        Path refused = pages.resolve("empty.txt");
        Files.write(refused, new byte[0]);
        dialogs.duplicateChoice = Duplicate.Choice.SKIP;
        robot.interact(() -> controller.importFiles(List.of(copy, refused)));
        awaitImports(robot);

        assertEquals(1, dialogs.duplicatesAsked.size());
        assertEquals(htmlId, dialogs.duplicatesAsked.get(0).existingId());
        List<ImportResult> results = controller.lastResults();
        assertEquals(ImportResult.Status.SKIPPED, results.get(0).status());
        assertEquals(ImportResult.Status.FAILED, results.get(1).status());
        assertEquals(2, new Library(library).ids().size());
        assertEquals(2, controller.listModel().all().size());
        List<String> details = robot.lookup(".import-detail").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(details.get(1).contains("empty.txt — empty file"), details.toString());
        assertTrue(robot.lookup(".import-totals").queryAs(Label.class).getText().contains("1건 거부"));
    }

    @Test
    void cancelStopsTheBatchAfterTheFileInProgress(FxRobot robot) throws Exception {
        Path copy = pages.resolve("same-page-again.html");
        Files.writeString(copy, NewsPages.full("photo.png"));
        Path text = pages.resolve("budget.txt");
        Files.write(text, TEXT.getBytes(StandardCharsets.UTF_8));
        // While the first file waits for its answer, the user presses the progress bar's stop button.
        dialogs.onDuplicate = () -> robot.lookup(".library-stop").queryButton().fire();
        robot.interact(() -> controller.importFiles(List.of(copy, text, text)));
        awaitImports(robot);
        assertEquals(1, controller.lastResults().size());
        assertEquals(2, new Library(library).ids().size(), "nothing after the stop was imported");
        String totals = robot.lookup(".import-totals").queryAs(Label.class).getText();
        assertTrue(totals.contains("1건 건너뜀") && totals.contains("중단: 2개 파일은 가져오지 않음"), totals);
        assertFalse(robot.lookup(".library-progress-box").query().isVisible(), "the bar goes when the batch ends");
    }

    @Test
    void deleteAsksThenUndoRestoresTheFolder(FxRobot robot) throws Exception {
        Path folder = library.resolve(Seed.ID);
        dialogs.confirmDelete = false;
        robot.interact(() -> controller.perform(kr.gisa.app.KeyBindings.Action.DELETE_ARTICLE));
        assertTrue(Files.isDirectory(folder), "no means no");

        dialogs.confirmDelete = true;
        robot.clickOn(Seed.article().title());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.asked.contains("delete " + Seed.ID));
        assertFalse(Files.exists(folder));
        assertEquals(List.of(htmlId), shownIds());
        assertEquals(htmlId, window.model().currentId(), "the reader moves on to another article");
        assertTrue(controller.toast().isVisible());
        assertTrue(controller.toast().text().contains(Seed.article().title()));

        robot.clickOn(controller.toast().actionButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(folder.resolve("article.json")));
        assertTrue(Files.isRegularFile(folder.resolve("source.txt")));
        assertEquals(2, shownIds().size());
        assertEquals(Seed.ID, window.model().currentId());
        assertFalse(controller.toast().isVisible());

        // Ctrl+Z undoes too.
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(folder));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(folder.resolve("article.json")));
    }

    @Test
    void renamePersistsToArticleJson(FxRobot robot) throws Exception {
        dialogs.title = "  엔비디아 GPU 26만 장, 한국 AI의 토대  ";
        robot.clickOn(NewsPages.TITLE);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.asked.contains("title " + htmlId));
        Article stored = Library.readJsonFile(library.resolve(htmlId).resolve("article.json"));
        assertEquals("엔비디아 GPU 26만 장, 한국 AI의 토대", stored.title());
        assertTrue(titles(robot).contains("엔비디아 GPU 26만 장, 한국 AI의 토대"));
        assertEquals("엔비디아 GPU 26만 장, 한국 AI의 토대", readerTitle(robot));
        // Cancel changes nothing.
        dialogs.title = null;
        robot.press(KeyCode.F2).release(KeyCode.F2);
        assertEquals("엔비디아 GPU 26만 장, 한국 AI의 토대",
                Library.readJsonFile(library.resolve(htmlId).resolve("article.json")).title());
    }

    @Test
    void reimportParsesTheKeptSourceAgainAndKeepsTheTitle(FxRobot robot) throws Exception {
        dialogs.title = "고친 제목";
        robot.clickOn(NewsPages.TITLE);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        LibraryEntry e = controller.listModel().find(htmlId);
        assertTrue(controller.hasSource(e));
        robot.interact(() -> controller.reimport(e));
        awaitImports(robot);
        assertTrue(controller.toast().text().contains("고친 제목"), controller.toast().text());
        assertEquals("고친 제목", Library.readJsonFile(library.resolve(htmlId).resolve("article.json")).title());
    }

    @Test
    void aMalformedArticleIsListedAsUnreadableAndTheRestWorks(FxRobot robot) throws Exception {
        Path bad = Files.createDirectories(library.resolve("0badbadbadbad000"));
        Files.writeString(bad.resolve("article.json"), "{ \"schema\": \"gisa.article\", \"id\": ");
        robot.interact(() -> controller.listModel().refresh());
        assertEquals(3, controller.listModel().all().size());
        LibraryEntry entry = controller.listModel().find("0badbadbadbad000");
        assertFalse(entry.readable());
        assertTrue(entry.error().contains("malformed"), entry.error());
        Node cell = robot.lookup(".library-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("unreadable")))
                .findFirst().orElseThrow();
        assertNotNull(cell);
        assertTrue(titles(robot).contains("0badbadbadbad000"));
        assertTrue(robot.lookup(".library-meta").queryAllAs(Label.class).stream()
                .anyMatch(l -> "읽을 수 없음 — 열면 이유가 보입니다".equals(l.getText())));

        robot.clickOn("0badbadbadbad000");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("기사를 열 수 없습니다", robot.lookup(".message-headline").queryAs(Label.class).getText());
        robot.interact(() -> controller.listModel().sortProperty().set(LibraryListModel.Sort.TITLE));
        assertEquals("0badbadbadbad000", shownIds().get(2), "unreadable rows sort last");
        // A damaged article can still be deleted (and undone); the other rows keep working.
        robot.clickOn("0badbadbadbad000");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(controller.toast().isVisible());
        assertFalse(Files.exists(bad));
        assertEquals(2, shownIds().size());
        robot.clickOn(NewsPages.TITLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NewsPages.TITLE, readerTitle(robot));
    }

    @Test
    void openLibrarySwitchesFoldersAndIsRememberedUnlessLibraryIsGiven(FxRobot robot) throws Exception {
        Path other = Files.createDirectories(library.resolveSibling("other"));
        Path textFile = pages.resolve("budget.txt");
        Files.write(textFile, TEXT.getBytes(StandardCharsets.UTF_8));
        new Importer(new Library(other)).importFile(textFile, Duplicate.Policy.always(Duplicate.Choice.SKIP));
        dialogs.library = other;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shownIds().size());
        assertEquals("국회, 내년도 예산안 법정 시한 내 처리", readerTitle(robot));
        Settings saved = new SettingsStore(configDir).load();
        assertEquals(other.toAbsolutePath().normalize().toString(), saved.library());

        // Next start without --library opens the remembered folder; --library still wins.
        assertEquals(other.toAbsolutePath().normalize(),
                LibraryController.startFolder(Path.of("articles"), false, saved).toAbsolutePath().normalize());
        assertEquals(library, LibraryController.startFolder(library, true, saved));
        assertEquals(Path.of("articles"), LibraryController.startFolder(Path.of("articles"), false,
                saved.withLibrary(other.resolve("gone").toString())));
        robot.interact(() -> {
            MainWindow next = new MainWindow(WindowOptions.parse(), null, saved);
            assertEquals(other.toAbsolutePath().normalize(), next.model().library().root());
            assertEquals(1, next.library().listModel().all().size());
        });
    }

    @Test
    void switchingTheLanguageRelabelsThePane(FxRobot robot) {
        robot.interact(() -> window.setLanguage("en"));
        assertEquals("Library", controller.tabs().getTabs().get(0).getText());
        assertEquals("Contents", controller.tabs().getTabs().get(1).getText());
        assertEquals("2 articles", robot.lookup(".library-count").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".library-meta").queryAllAs(Label.class).stream()
                .anyMatch(l -> "한국경제신보  ·  Nov 3, 2025  ·  1 min".equals(l.getText())));
    }
}
