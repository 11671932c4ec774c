package kr.gisa.app.search;

import kr.gisa.app.i18n.Messages;
import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Section;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The library half of search: the index (opened on first use), debounced searches on a background
 * thread, and the results pane they fill. {@link SearchController} decides when it is active.
 */
final class LibrarySearch {

    /** Most results listed for a library search. */
    static final int RESULT_LIMIT = 50;

    /** {@code incomplete}: some archive hits are shown without their section heading yet. */
    private record Answer(String query, SearchResult result, List<ResultsPane.Item> items, boolean incomplete) {
    }

    private final Library library;
    /** The open archive searched instead of the library, or null. */
    private final Archive archive;
    private final LibraryIndex index;
    /** Archive articles already fetched for their headings: typing "반도" then "반도체" asks once. */
    private final Map<String, Article> fetched = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
                    return size() > 200;
                }
            });
    private final ResultsPane results;
    private final Debounced searches = new Debounced();
    private final Supplier<String> query;
    private final BooleanSupplier active;
    private volatile Messages messages;

    /**
     * @param query  the field's text now
     * @param active whether library scope is on (answers arriving after it is left are dropped)
     */
    LibrarySearch(Library library, Archive archive, Messages messages, Supplier<String> query, BooleanSupplier active,
                  Runnable onClose, Consumer<SearchHit> onOpen) {
        this.library = library;
        this.archive = archive;
        this.messages = messages;
        this.query = query;
        this.active = active;
        this.index = new LibraryIndex(library, archive);
        this.results = new ResultsPane(index, messages, onClose);
        results.setOnOpen(onOpen);
        results.setArchive(archive != null);
        index.readyProperty().addListener((o, a, ready) -> {
            if (ready) searchNow();
        });
        index.setOnArticlesUpdated(() -> {
            if (active.getAsBoolean() && !query.get().isBlank()) searchNow();
        });
    }

    ResultsPane pane() {
        return results;
    }

    /** Library scope entered: open the index on first use, else pick up articles imported since; then search. */
    void start() {
        index.open();
        index.refresh(this::searchNow);
        if (query.get().isBlank()) results.clear();
        else searchNow();
    }

    /** The query changed while typing. */
    void later(String q) {
        searches.later(() -> search(q), this::show);
    }

    /** Nothing to search: drop what waits, empty the list. */
    void clear() {
        searches.cancel();
        results.clear();
    }

    void setMessages(Messages m) {
        messages = m;
        results.setMessages(m);
    }

    /** Releases the index (its write lock) and the worker. */
    void close() {
        searches.shutdown();
        index.close();
    }

    private void searchNow() {
        String q = query.get();
        if (active.getAsBoolean() && !q.isBlank()) searches.now(() -> search(q), this::show);
    }

    /** Off the FX thread; null while the index is still being built (it asks again when ready). */
    private Answer search(String q) {
        SearchResult r = index.search(q, RESULT_LIMIT);
        if (r == null) return null;
        return answer(q, r);
    }

    /**
     * The hits with their places. From an archive only articles fetched before give headings: the
     * hits are listed at once, and {@link #show} fetches the rest and lists them again, complete.
     */
    private Answer answer(String q, SearchResult r) {
        Map<String, Article> articles = new HashMap<>();
        List<ResultsPane.Item> items = new ArrayList<>();
        boolean incomplete = false;
        for (SearchHit h : r.hits()) {
            items.add(new ResultsPane.Item(h, place(h, articles)));
            incomplete |= archive != null && h.section() >= 0 && !fetched.containsKey(h.article());
        }
        return new Answer(q, r, items, incomplete);
    }

    private void show(Answer a) {
        if (!a.query().equals(query.get()) || !active.getAsBoolean()) return;
        results.show(a.result(), a.items());
        if (a.incomplete()) {
            searches.now(() -> {
                prefetch(a.result().hits());
                Answer complete = answer(a.query(), a.result());
                return new Answer(complete.query(), complete.result(), complete.items(), false); // failed ones stay without
            }, this::show);
        }
    }

    /** "엔비디아 종속 우려 · 본문": the section's heading and the kind of text (title, caption…). */
    private String place(SearchHit h, Map<String, Article> cache) {
        Messages m = messages;
        String kind = m.get("search.field." + h.field());
        if (h.section() < 0) return kind;
        Article a = cache.computeIfAbsent(h.article(), this::load);
        if (a == null || h.section() >= a.sections().size()) return kind;
        Section s = a.sections().get(h.section());
        String heading = s.heading() != null && !s.heading().isBlank() ? s.heading()
                : h.section() == 0 ? m.get("outline.lead") : m.format("outline.untitled", h.section() + 1);
        return h.field().equals("heading") ? kind : heading + "  ·  " + kind;
    }

    /**
     * Fetches the hits' archive articles side by side: one after another, 50 requests add up to
     * seconds on a cluster. One that fails (deadline included) just leaves its hits without heading.
     */
    private void prefetch(List<SearchHit> hits) {
        List<String> ids = hits.stream().filter(h -> h.section() >= 0).map(SearchHit::article).distinct()
                .filter(id -> !fetched.containsKey(id)).toList();
        List<java.util.concurrent.CompletableFuture<Void>> loads = new ArrayList<>();
        for (String id : ids) {
            loads.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    fetched.put(id, archive.load(id));
                } catch (ArchiveException | RuntimeException e) {
                    // no heading for this one
                }
            }, FETCH));
        }
        loads.forEach(java.util.concurrent.CompletableFuture::join); // each load has the archive's own deadline
    }

    /** Archive articles fetched for result headings, a few at a time for every window. */
    private static final java.util.concurrent.ExecutorService FETCH = java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "gisa-archive-fetch");
        t.setDaemon(true);
        return t;
    });

    /** The hit's article for its section heading, or null: from the library, or as fetched from the archive. */
    private Article load(String id) {
        if (archive != null) return fetched.get(id);
        try {
            return library.load(id);
        } catch (StoreException | RuntimeException e) {
            return null;
        }
    }
}
