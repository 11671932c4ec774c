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

    private record Answer(String query, SearchResult result, List<ResultsPane.Item> items) {
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
        Map<String, Article> articles = new HashMap<>();
        List<ResultsPane.Item> items = new ArrayList<>();
        boolean[] reachable = {true};
        for (SearchHit h : r.hits()) items.add(new ResultsPane.Item(h, place(h, articles, reachable)));
        return new Answer(q, r, items);
    }

    private void show(Answer a) {
        if (a.query().equals(query.get()) && active.getAsBoolean()) results.show(a.result(), a.items());
    }

    /** "엔비디아 종속 우려 · 본문": the section's heading and the kind of text (title, caption…). */
    private String place(SearchHit h, Map<String, Article> cache, boolean[] reachable) {
        Messages m = messages;
        String kind = m.get("search.field." + h.field());
        if (h.section() < 0) return kind;
        Article a = cache.computeIfAbsent(h.article(), id -> load(id, reachable));
        if (a == null || h.section() >= a.sections().size()) return kind;
        Section s = a.sections().get(h.section());
        String heading = s.heading() != null && !s.heading().isBlank() ? s.heading()
                : h.section() == 0 ? m.get("outline.lead") : m.format("outline.untitled", h.section() + 1);
        return h.field().equals("heading") ? kind : heading + "  ·  " + kind;
    }

    /**
     * The hit's article for its section heading, or null. From an archive each is a request: after
     * one fails the rest of this answer goes without headings rather than wait on each.
     */
    private Article load(String id, boolean[] reachable) {
        try {
            if (archive == null) return library.load(id);
            Article known = fetched.get(id);
            if (known != null || !reachable[0]) return known;
            Article a = archive.load(id);
            fetched.put(id, a);
            return a;
        } catch (ArchiveException e) {
            reachable[0] = false;
            return null;
        } catch (StoreException | RuntimeException e) {
            return null;
        }
    }
}
