package kr.gisa.app.search;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.gisa.core.search.ArticleSearch;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.LibraryListener;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The library's search index as the window sees it: opened (built or updated) on a background
 * thread the first time library search is used, with its progress as FX properties for a progress
 * bar, and its notes (read-only, rebuilt, in memory) as a list. Searching before it is ready
 * answers null; {@link #readyProperty()} tells when to ask again. With a shared archive open, the
 * archive is the index: already open, searched as it is, never updated or closed from here.
 */
final class LibraryIndex {

    private final Library library;
    /** The archive searched instead of the library's index, or null. Its owner closes it. */
    private final ArticleSearch given;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<int[]> count =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(new int[]{0, 0});
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private volatile ArticleSearch index;
    private volatile boolean closed;
    /** Articles the library reported changed, waiting to be re-indexed one by one (not a full re-check). */
    private final java.util.Set<String> pending = new java.util.LinkedHashSet<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Runs on the FX thread after such articles were re-indexed (the results show them). */
    private volatile Runnable onArticlesUpdated = () -> { };
    private final LibraryListener listener = new LibraryListener() {
        @Override
        public void added(String id) {
            changedArticle(id);
        }

        @Override
        public void changed(String id) {
            changedArticle(id);
        }

        @Override
        public void removed(String id) {
            changedArticle(id);
        }
    };
    private volatile long lastReport;

    LibraryIndex(Library library) {
        this(library, null);
    }

    /** @param given an open archive to search instead of the library's index (null: the index) */
    LibraryIndex(Library library, ArticleSearch given) {
        this.library = library;
        this.given = given;
    }

    /** Starts opening the index, once; later calls do nothing. FX thread. */
    void open() {
        if (!started.compareAndSet(false, true)) return;
        Thread t = new Thread(this::build, "gisa-index");
        t.setDaemon(true);
        t.start();
    }

    private void build() {
        ArticleSearch opened;
        try {
            opened = given != null ? given : SearchIndex.open(library, this::report);
        } catch (RuntimeException e) {
            // SearchIndex falls back to memory itself; only a broken installation ends here.
            String why = "cannot open the search index: " + e.getMessage();
            Platform.runLater(() -> {
                notes.setAll(why);
                phase.set(why);
            });
            return;
        }
        if (closed) {
            if (given == null) opened.close();
            return;
        }
        index = opened;
        if (opened instanceof SearchIndex) library.addListener(listener);
        List<String> n = opened.notes();
        Platform.runLater(() -> {
            notes.setAll(n);
            progress.set(1);
            ready.set(true);
        });
    }

    /**
     * Picks up articles added, changed or removed since the index was opened (content hashes: only
     * those are re-indexed), on a background thread; {@code then} runs on the FX thread afterwards.
     * Does nothing before the index is open or while a refresh runs.
     */
    void refresh(Runnable then) {
        if (!(index instanceof SearchIndex i) || !refreshing.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                var stats = i.update(IndexProgress.NONE);
                List<String> n = i.notes();
                Platform.runLater(() -> {
                    notes.setAll(n);
                    if (stats != null && stats.added() + stats.changed() + stats.removed() > 0) then.run();
                });
            } catch (java.io.IOException | RuntimeException e) {
                String why = "cannot update the search index: " + e.getMessage();
                Platform.runLater(() -> {
                    if (!notes.contains(why)) notes.add(why);
                });
            } finally {
                refreshing.set(false);
            }
        }, "gisa-index-refresh");
        t.setDaemon(true);
        t.start();
    }

    /**
     * An article saved, imported, renamed or deleted in this window: re-index just that one, on a
     * background thread, so it is searchable in milliseconds even in a library of 100,000 (a full
     * {@link #refresh} lists and checks every article). Changes arriving together share one commit.
     */
    private void changedArticle(String id) {
        synchronized (pending) {
            pending.add(id);
        }
        if (!draining.compareAndSet(false, true)) return;
        Thread t = new Thread(this::drain, "gisa-index-article");
        t.setDaemon(true);
        t.start();
    }

    private void drain() {
        while (true) {
            List<String> ids;
            synchronized (pending) {
                if (pending.isEmpty() || closed || !(index instanceof SearchIndex)) {
                    draining.set(false);
                    return;
                }
                ids = List.copyOf(pending);
                pending.clear();
            }
            SearchIndex i = (SearchIndex) index;
            try {
                var stats = i.update(ids);
                List<String> n = i.notes();
                Platform.runLater(() -> {
                    notes.setAll(n);
                    if (stats != null && stats.added() + stats.changed() + stats.removed() > 0) onArticlesUpdated.run();
                });
            } catch (java.io.IOException | RuntimeException e) {
                String why = "cannot update the search index: " + e.getMessage();
                Platform.runLater(() -> {
                    if (!notes.contains(why)) notes.add(why);
                });
            }
        }
    }

    void setOnArticlesUpdated(Runnable then) {
        onArticlesUpdated = then;
    }

    /** Called from the indexing thread for every article; the FX thread hears at most every 50 ms. */
    private void report(int done, int total, String what) {
        long now = System.nanoTime();
        if (done < total && now - lastReport < 50_000_000L) return;
        lastReport = now;
        double p = total <= 0 ? -1 : (double) done / total;
        Platform.runLater(() -> {
            progress.set(p);
            phase.set(what);
            count.set(new int[]{done, total});
        });
    }

    /** Searches, or null when the index is not open yet. Any thread. */
    SearchResult search(String query, int limit) {
        ArticleSearch i = index;
        return i == null ? null : i.search(query, limit);
    }

    boolean started() {
        return started.get();
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** 0..1 while building, -1 when unknown yet. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Articles checked so far and in all, as {done, total}. */
    javafx.beans.property.ReadOnlyObjectProperty<int[]> countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the indexer does: "checking" or "indexing" (the core's words), or a failure. */
    ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ObservableList<String> notes() {
        return notes;
    }

    /** Releases the index (and its write lock for the next Gisa). */
    void close() {
        closed = true;
        library.removeListener(listener);
        ArticleSearch i = index;
        index = null;
        if (i != null && given == null) i.close();
    }
}
