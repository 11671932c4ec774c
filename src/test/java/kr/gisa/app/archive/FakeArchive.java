package kr.gisa.app.archive;

import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveEntry;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleFinder;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-memory archive for window tests: the articles of a temporary library, searched by that
 * library's own embedded index (so hits and spans are real), or any number of made-up rows. It can
 * go away ({@link #gone}: every call fails as a refused connection) or hang ({@link #hangMillis}).
 */
final class FakeArchive implements Archive {

    private final String url;
    private final List<ArchiveEntry> entries;
    private final Function<String, Article> articles;
    private final SearchIndex index;
    volatile boolean gone;
    volatile long hangMillis;
    final AtomicInteger listCalls = new AtomicInteger();
    final AtomicInteger loads = new AtomicInteger();
    volatile boolean closed;

    private FakeArchive(String url, List<ArchiveEntry> entries, Function<String, Article> articles, SearchIndex index) {
        this.url = url;
        this.entries = entries;
        this.articles = articles;
        this.index = index;
    }

    /** The articles of {@code library}, searched through an index of it kept in {@code indexDir}. */
    static FakeArchive of(String url, Library library, Path indexDir) throws StoreException {
        List<ArchiveEntry> rows = new ArrayList<>();
        Map<String, Article> byId = new ConcurrentHashMap<>();
        for (String id : library.ids()) {
            Article a = library.load(id);
            byId.put(id, a);
            rows.add(new ArchiveEntry(id, a.title(), a.publisher(), a.published()));
        }
        rows.sort(Comparator.comparing((ArchiveEntry e) -> e.published() == null ? "" : e.published()).reversed()
                .thenComparing(ArchiveEntry::id));
        return new FakeArchive(url, List.copyOf(rows), byId::get, SearchIndex.open(library, indexDir, IndexProgress.NONE));
    }

    /** {@code n} made-up rows (ids 0000000000000000…), each loading as {@code template} under its own id and title. */
    static FakeArchive rows(String url, int n, Article template) {
        List<ArchiveEntry> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new ArchiveEntry(String.format("%016x", i), "기사 " + (i + 1), "가상일보", null));
        }
        Map<String, String> titles = new ConcurrentHashMap<>();
        for (ArchiveEntry e : rows) titles.put(e.id(), e.title());
        return new FakeArchive(url, List.copyOf(rows),
                id -> titles.containsKey(id) ? template.withId(id).withTitle(titles.get(id)) : null, null);
    }

    private void check() throws ArchiveException {
        long hang = hangMillis;
        if (hang > 0) {
            try {
                Thread.sleep(hang);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArchiveException("interrupted");
            }
        }
        if (gone) throw new ArchiveException("cannot reach " + url + ": Connection refused");
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public List<ArchiveEntry> list(int offset, int count) throws ArchiveException {
        listCalls.incrementAndGet();
        check();
        if (offset >= entries.size()) return List.of();
        return entries.subList(offset, Math.min(entries.size(), offset + count));
    }

    @Override
    public Article load(String id) throws ArchiveException {
        loads.incrementAndGet();
        check();
        Article a = articles.apply(id);
        if (a == null) throw new ArchiveException("no article " + id + " in the archive " + url);
        return a;
    }

    @Override
    public SearchResult search(String query, int limit, SearchMode mode) {
        try {
            check();
        } catch (ArchiveException e) {
            return new SearchResult(query, 0, true, List.of(), false, List.of(), e.getMessage());
        }
        if (index == null) return new SearchResult(query, 0, true, List.of(), false, List.of(), null);
        return index.search(query, limit, mode);
    }

    @Override
    public int articleCount() throws IOException {
        try {
            check();
        } catch (ArchiveException e) {
            throw new IOException(e.getMessage());
        }
        return entries.size();
    }

    @Override
    public List<String> notes() {
        return List.of();
    }

    @Override
    public ArticleFinder finder(Article article) {
        if (index == null) throw new IllegalStateException("no analysis");
        return index.finder(article);
    }

    @Override
    public void close() {
        closed = true;
        if (index != null) index.close();
    }
}
