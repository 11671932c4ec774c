package kr.gisa.app.search;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.reader.MarkedFlow;
import kr.gisa.app.reader.ReaderView;
import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.archive.Archive;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleFind;
import kr.gisa.core.search.ArticleFinder;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.Span;
import kr.gisa.core.store.Library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Search in the window. The field always finds in the article shown (every match highlighted on
 * exactly the characters the analyzer matched, the current one in its own colour, stepped with
 * Enter/F3 and Shift+F3); in library scope it also lists the hits across the library beside the
 * reader. Typing never waits for a search: see {@link Debounced}.
 */
public final class SearchController {

    public enum Scope { ARTICLE, LIBRARY }

    /** A find and the article it was made on (the reader may have moved on meanwhile). */
    private record Answer(Article article, ArticleFind find) {
    }

    /** A clicked result: when its article is shown, start at this unit. */
    private record Target(String article, String field, int section, int paragraph) {
    }

    private final ReaderView reader;
    private Library library;
    /** The shared archive searched instead of the library, or null. */
    private volatile Archive archive;
    private final BorderPane layout;
    private final Consumer<String> openArticle;
    private final SearchBar bar = new SearchBar();
    private LibrarySearch librarySearch;
    private ResultsPane results;
    private final Debounced finds = new Debounced();
    private volatile KoreanAnalysis analysis;
    /** The shown article indexed once for find-as-you-type; only touched on the search worker. */
    private ArticleFinder finder;
    private Article finderArticle;
    private Messages messages;
    private Scope scope = Scope.ARTICLE;
    private FindCursor cursor;
    private Target target;
    private int delivered;
    /** The occurrence to stay at when the same article is drawn again, or -1. */
    private int keep = -1;
    private ArticleFind lastFind;
    private String lastArticleId;

    /**
     * @param layout      where the results pane goes (its right side)
     * @param openArticle opens an article id in the reader
     */
    public SearchController(ReaderView reader, Library library, BorderPane layout, Messages messages,
                            Consumer<String> openArticle) {
        this.reader = reader;
        this.library = library;
        this.layout = layout;
        this.messages = messages;
        this.openArticle = openArticle;
        this.librarySearch = newLibrarySearch();
        this.results = librarySearch.pane();
        bar.setMessages(messages, false);

        bar.field.textProperty().addListener((o, a, q) -> queryChanged());
        bar.field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                if (e.isShiftDown()) previous();
                else next();
                e.consume();
            }
        });
        // Nori's dictionary takes a moment to load: start when the reader reaches for the field, not at the first word.
        bar.field.focusedProperty().addListener((o, a, focused) -> {
            if (focused && analysis == null) finds.warmUp(this::analysis);
        });
        bar.previous.setOnAction(e -> previous());
        bar.next.setOnAction(e -> next());
        bar.inArticle.setOnAction(e -> focus(Scope.ARTICLE));
        bar.inLibrary.setOnAction(e -> focus(Scope.LIBRARY));
        // A new page (another article, another language) has none of the old highlights: find again.
        reader.pageVersionProperty().addListener((o, a, b) -> {
            // The same article again (another language): stay on the hit the reader was at.
            if (cursor != null) keep = cursor.index();
            cursor = null;
            Article shown = reader.article();
            String q = query();
            if (!q.isBlank()) finds.now(() -> find(shown, q), this::showFind);
        });
        keepReaderFocusedOnShow();
    }

    /**
     * A window gives its first text field the keys when it opens; here that is the reader's: arrows,
     * Space and Home must scroll the article, not move a caret. The field is one Ctrl+F (or Tab) away.
     */
    private void keepReaderFocusedOnShow() {
        bar.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) return;
            scene.windowProperty().addListener((o2, a2, w) -> {
                // Before the window picks its first focusable node (the field) itself.
                if (w != null) w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, e -> {
                    if (scene.getFocusOwner() == null || scene.getFocusOwner() == bar.field) {
                        reader.scrollPane().requestFocus();
                    }
                });
            });
        });
    }

    /** The node for the top bar's toolbar slot. */
    public Node bar() {
        return bar;
    }

    public Scope scope() {
        return scope;
    }

    /** Ctrl+F / Ctrl+Shift+F: puts the caret in the field in that scope, the text selected for retyping. */
    public void focus(Scope s) {
        scope = s;
        (s == Scope.LIBRARY ? bar.inLibrary : bar.inArticle).setSelected(true);
        bar.setMessages(messages, s == Scope.LIBRARY);
        if (s == Scope.LIBRARY) {
            layout.setRight(results);
            librarySearch.start();
        } else if (layout.getRight() == results) {
            layout.setRight(null);
        }
        bar.field.requestFocus();
        bar.field.selectAll();
    }

    /** Enter / F3: the next hit (the first, when a search is still waiting for typing to pause). */
    public void next() {
        step(true);
    }

    /** Shift+Enter / Shift+F3. */
    public void previous() {
        step(false);
    }

    private void step(boolean forward) {
        if (finds.flush() || cursor == null || cursor.count() == 0) return;
        FindCursor before = cursor;
        cursor = forward ? cursor.next() : cursor.previous();
        paint(before.current());
        paint(cursor.current());
        showCounter();
        revealCurrent();
    }

    /**
     * Runs the query again now (Retry after the archive could not be reached): the find in the
     * article, and the library or archive search when its results are open.
     */
    public void searchAgain() {
        String q = query();
        if (q.isBlank()) return;
        Article shown = reader.article();
        finds.now(() -> find(shown, q), this::showFind);
        if (scope == Scope.LIBRARY) librarySearch.start();
    }

    /** Esc: clears the query, its highlights and the results. False when there was nothing to clear. */
    public boolean escape() {
        boolean any = !bar.field.getText().isEmpty() || layout.getRight() == results;
        bar.field.clear();
        if (layout.getRight() == results) closeResults();
        if (any) reader.scrollPane().requestFocus();
        return any;
    }

    public void setMessages(Messages m) {
        messages = m;
        bar.setMessages(m, scope == Scope.LIBRARY);
        librarySearch.setMessages(m);
    }

    /**
     * Finds {@code query} in the article shown at once, on this thread, and shows it as typing would
     * (for the snapshot command).
     */
    public void findNow(String query) {
        bar.field.setText(query);
        Article shown = reader.article();
        Answer a = finds.await(() -> find(shown, query));
        if (a != null) showFind(a);
    }

    /**
     * Another library folder was opened (File › Open library…): search it from now on. Its index,
     * user dictionary and results replace the old ones; the old index's lock is released.
     */
    public void setLibrary(Library next) {
        if (next.root().equals(library.root())) return;
        switchEngine(() -> {
            library = next;
            analysis = null; // the user dictionary is per library
        });
    }

    /**
     * A shared archive was opened (or, with null, left for the library): library scope searches it
     * from now on, and find-in-article uses its analysis. The archive is not closed here.
     */
    public void setArchive(Archive next) {
        if (next == archive) return;
        switchEngine(() -> archive = next);
    }

    /** Closes the library search and the article finder, applies {@code change}, and searches anew. */
    private void switchEngine(Runnable change) {
        boolean showing = layout.getRight() == results;
        if (showing) layout.setRight(null);
        librarySearch.close();
        change.run();
        dropFinder();
        librarySearch = newLibrarySearch();
        results = librarySearch.pane();
        if (showing && scope == Scope.LIBRARY) focus(Scope.LIBRARY);
    }

    /** Closes the article finder on the find thread, where it is used. */
    private void dropFinder() {
        finds.warmUp(() -> {
            if (finder != null) finder.close();
            finder = null;
            finderArticle = null;
        });
    }

    private LibrarySearch newLibrarySearch() {
        return new LibrarySearch(library, archive, messages, this::query, () -> scope == Scope.LIBRARY,
                this::closeResults, this::openHit);
    }

    /** Releases the search index (its write lock) and the worker threads. */
    public void close() {
        dropFinder();
        finds.shutdown();
        librarySearch.close();
    }

    // ---- for tests ---------------------------------------------------------------------------

    /** Finds shown so far: with debouncing, one per pause in typing, not one per keystroke. */
    int deliveredFinds() {
        return delivered;
    }

    SearchBar view() {
        return bar;
    }

    ResultsPane resultsPane() {
        return results;
    }

    FindCursor cursor() {
        return cursor;
    }

    // ---- in-article find ---------------------------------------------------------------------

    private String query() {
        return bar.field.getText() == null ? "" : bar.field.getText();
    }

    private void queryChanged() {
        String q = query();
        if (q.isBlank()) {
            finds.cancel();
            cursor = null;
            target = null;
            reader.clearHighlights();
            bar.showCounter(null, false);
            bar.showMessage(null, false);
            librarySearch.clear();
            return;
        }
        Article a = reader.article();
        finds.later(() -> find(a, q), this::showFind);
        if (scope == Scope.LIBRARY) librarySearch.later(q);
    }

    /** Off the FX thread. Never throws: a failure is the find's error. */
    private Answer find(Article article, String q) {
        if (article == null) return null;
        try {
            if (finderArticle != article) {
                if (finder != null) finder.close();
                finder = null;
                Archive from = archive;
                finder = from != null ? from.finder(article) : new ArticleFinder(article, analysis());
                finderArticle = article;
            }
            return new Answer(article, finder.find(q));
        } catch (RuntimeException e) {
            return new Answer(article, new ArticleFind(q, List.of(), List.of(), List.of(),
                    "cannot search this article: " + e.getMessage()));
        }
    }

    private KoreanAnalysis analysis() {
        KoreanAnalysis a = analysis;
        if (a == null) {
            a = KoreanAnalysis.forLibrary(library.root());
            analysis = a;
        }
        return a;
    }

    private void showFind(Answer answer) {
        if (answer.article() != reader.article() || !answer.find().query().equals(query())) return;
        delivered++;
        ArticleFind f = answer.find();
        Target t = target;
        target = null;
        int k = keep;
        keep = -1;
        if (t != null && t.article().equals(answer.article().id())) {
            cursor = FindCursor.at(f, t.field(), t.section(), t.paragraph());
        } else if (k >= 0 && k < f.count() && lastFind != null && f.query().equals(lastFind.query())
                && answer.article().id().equals(lastArticleId)) {
            cursor = new FindCursor(f, k);
        } else {
            cursor = FindCursor.of(f);
        }
        lastFind = f;
        lastArticleId = answer.article().id();
        reader.clearHighlights();
        for (int i = 0; i < f.matches().size(); i++) paint(f.matches().get(i));
        showCounter();
        if (f.error() != null) bar.showMessage(messages.queryError(f.error()), true);
        else bar.showMessage(f.notes().isEmpty() ? null
                : String.join("; ", f.notes().stream().map(messages::queryNote).toList()), false);
        revealCurrent();
    }

    private void showCounter() {
        if (cursor == null) {
            bar.showCounter(null, false);
        } else if (cursor.find().error() != null) {
            bar.showCounter(null, false);
        } else {
            bar.showCounter(cursor.counter(), cursor.count() == 0);
        }
    }

    /** Re-highlights the unit holding an occurrence (the old or the new current one). */
    private void paint(ArticleFind.Occurrence o) {
        if (o != null) paint(cursor.find().matches().get(o.match()));
    }

    private void paint(ArticleFind.Match m) {
        MarkedFlow unit = reader.unit(m.field(), m.section(), m.paragraph());
        if (unit == null) return;
        List<int[]> spans = new ArrayList<>();
        for (Span s : m.spans()) spans.add(new int[]{s.start(), s.end()});
        ArticleFind.Occurrence c = cursor == null ? null : cursor.current();
        boolean here = c != null && cursor.find().matches().get(c.match()) == m;
        unit.highlight(spans, here ? new int[]{c.span().start(), c.span().end()} : null);
    }

    private void revealCurrent() {
        ArticleFind.Occurrence c = cursor == null ? null : cursor.current();
        if (c == null) return;
        reader.reveal(reader.unit(c.field(), c.section(), c.paragraph()), c.span().start(), c.span().end());
    }

    // ---- library results ---------------------------------------------------------------------

    /** A click on a result: that article, at that place, with the query's highlights. */
    private void openHit(SearchHit h) {
        target = new Target(h.article(), h.field(), h.section(), h.paragraph());
        Article shown = reader.article();
        if (shown != null && shown.id().equals(h.article())) {
            String q = query();
            finds.now(() -> find(shown, q), this::showFind);
        } else {
            openArticle.accept(h.article()); // the new page finds again and starts at the target
        }
    }

    private void closeResults() {
        if (layout.getRight() == results) layout.setRight(null);
        scope = Scope.ARTICLE;
        bar.inArticle.setSelected(true);
        bar.setMessages(messages, false);
    }
}
