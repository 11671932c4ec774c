package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.store.Library;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search index of one library, kept in the user's cache ({@link IndexLocation}). Opening it
 * builds it on first use and then updates it incrementally. It never costs an article and never
 * stops search: a damaged index is deleted and rebuilt, one built by an older schema or another
 * user dictionary is rebuilt, one locked by another running Gisa is searched read-only, and when
 * no index on disk is usable a temporary one is built in memory. Each case leaves a one-line
 * {@link #notes() note}. Thread-safe: searches may run while an update runs.
 */
public final class SearchIndex implements ArticleSearch {

    private static final String SCHEMA_KEY = "gisa.schema";
    private static final String ANALYSIS_KEY = "gisa.analysis";

    private final Library library;
    private final KoreanAnalysis analysis;
    private final Path location;
    private final List<String> notes = new ArrayList<>();
    private final QueryRunner runner;
    private final int indexThreads;
    private Directory directory;
    private IndexWriter writer;          // null when read-only
    private IndexUpdater updater;
    private volatile SearcherManager searchers;
    private volatile UpdateStats lastUpdate = new UpdateStats(0, 0, 0, 0, List.of());

    private SearchIndex(Library library, Path location, int indexThreads) {
        this.library = library;
        this.indexThreads = indexThreads;
        this.analysis = KoreanAnalysis.forLibrary(library.root());
        this.location = location;
        this.runner = new QueryRunner(analysis);
        analysis.warnings().forEach(this::addNote);
    }

    /** Opens (building or updating as needed) the index of {@code library} in the cache directory. */
    public static SearchIndex open(Library library, IndexProgress progress) {
        return open(library, IndexLocation.forLibrary(library.root()), progress);
    }

    /** Opens the index at {@code location}: for tests and tools. */
    public static SearchIndex open(Library library, Path location, IndexProgress progress) {
        return open(library, location, progress, IndexUpdater.defaultThreads());
    }

    /** How many threads a build (or any update of many articles) uses on this machine: one per processor, bounded. */
    public static int buildThreads() {
        return IndexUpdater.defaultThreads();
    }

    /** Opens the index at {@code location}, building with at most {@code indexThreads} threads: for tests. */
    static SearchIndex open(Library library, Path location, IndexProgress progress, int indexThreads) {
        SearchIndex index = new SearchIndex(library, location, indexThreads);
        index.start(progress);
        return index;
    }

    private void start(IndexProgress progress) {
        try {
            Files.createDirectories(location);
            directory = FSDirectory.open(location);
        } catch (IOException e) {
            inMemory("cannot use the index folder " + location + " (" + Library.describe(e) + ")", progress);
            return;
        }
        try {
            openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (LockObtainFailedException e) {
            openReadOnly(progress);
            return;
        } catch (IOException | RuntimeException e) {
            if (!rebuildDamaged(e)) {
                inMemory("the index at " + location + " is damaged and cannot be rebuilt", progress);
                return;
            }
        }
        try {
            update(progress);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            try {
                directory = FSDirectory.open(location);
                if (rebuildDamaged(e)) {
                    update(progress);
                    return;
                }
            } catch (IOException | RuntimeException again) {
                // fall through to memory
            }
            inMemory("the index at " + location + " is damaged and cannot be rebuilt", progress);
        }
    }

    /** Deletes a damaged index and starts an empty one; false when even that fails. */
    private boolean rebuildDamaged(Exception cause) {
        try {
            if (writer != null) writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // the writer is being discarded anyway
        }
        writer = null;
        try {
            wipe(location);
            directory = FSDirectory.open(location);
            openWriter(IndexWriterConfig.OpenMode.CREATE);
            boolean older = cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("indexSort");
            addNote(older ? "the search index was made by another version (in another order) and has been rebuilt"
                    : "the search index was damaged (" + reason(cause) + ") and has been rebuilt; no article was lost");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        writer = new IndexWriter(directory, writerConfig().setOpenMode(mode));
        Map<String, String> data = new java.util.HashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        boolean empty = writer.getDocStats().maxDoc == 0;
        if (!empty && !current(data)) {
            writer.deleteAll(); // built by an older schema or another dictionary: rebuild from the library
            addNote("the search index was made by another version (schema " + data.getOrDefault(SCHEMA_KEY, "?")
                    + ") or user dictionary and has been rebuilt");
        }
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(Fields.SCHEMA_VERSION),
                ANALYSIS_KEY, analysis.fingerprint()).entrySet());
        updater = new IndexUpdater(library, writer, indexThreads);
    }

    /** The writer's configuration: the schema's analyzers and index sort. */
    private IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(Fields.indexAnalyzer(analysis)).setIndexSort(KindBoostQuery.INDEX_SORT);
    }

    private boolean current(Map<String, String> data) {
        return String.valueOf(Fields.SCHEMA_VERSION).equals(data.get(SCHEMA_KEY))
                && analysis.fingerprint().equals(data.get(ANALYSIS_KEY));
    }

    /** Another Gisa holds the write lock: search its index as it is, if it is of this version. */
    private void openReadOnly(IndexProgress progress) {
        try {
            DirectoryReader r = DirectoryReader.open(directory);
            if (current(r.getIndexCommit().getUserData())) {
                searchers = new SearcherManager(r, ParallelSearchers.FACTORY);
                addNote("the search index is in use by another running Gisa: searching it read-only "
                        + "(articles changed since it was last updated may be missing)");
                return;
            }
            r.close();
        } catch (IOException | RuntimeException e) {
            // not usable: build in memory below
        }
        inMemory("the search index is in use by another running Gisa", progress);
    }

    /** Last resort: a temporary index in memory, rebuilt each time Gisa starts. */
    private void inMemory(String why, IndexProgress progress) {
        closeQuietly();
        addNote(why + ": searching a temporary index in memory");
        try {
            directory = new ByteBuffersDirectory();
            writer = new IndexWriter(directory, writerConfig());
            updater = new IndexUpdater(library, writer, indexThreads);
            update(progress);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // memory directories do not fail
        }
    }

    /**
     * Re-checks the library and indexes what changed. Does nothing when read-only.
     *
     * @return what changed, or null when read-only
     */
    public synchronized UpdateStats update(IndexProgress progress) throws IOException {
        if (writer == null) return null;
        UpdateStats stats = updater.update(progress);
        lastUpdate = stats;
        stats.problems().forEach(this::addNote);
        publish();
        return stats;
    }

    /**
     * Re-checks one article the caller knows changed, without listing or hashing the rest of the
     * library: re-indexes it if its content changed, adds it if new, removes it if it is gone.
     * Does nothing when read-only.
     *
     * @return what changed ({@link UpdateStats#articles()}: articles now indexed), or null when read-only
     */
    public synchronized UpdateStats update(String id) throws IOException {
        return update(List.of(id));
    }

    /** {@link #update(String)} for several articles, made searchable together (one commit). */
    public synchronized UpdateStats update(java.util.Collection<String> ids) throws IOException {
        if (writer == null) return null;
        int articles = 0, added = 0, changed = 0, removed = 0;
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            UpdateStats s = updater.update(id);
            articles = s.articles();
            added += s.added();
            changed += s.changed();
            removed += s.removed();
            problems.addAll(s.problems());
        }
        UpdateStats stats = new UpdateStats(articles, added, changed, removed, problems);
        lastUpdate = stats;
        stats.problems().forEach(this::addNote);
        publish();
        return stats;
    }

    /** Commits what changed and shows it to searches. */
    private void publish() throws IOException {
        // An interrupted update stops between articles and keeps the flag; committing with it set would
        // make the file channels fail (and the index look damaged), so the flag waits for the commit.
        boolean interrupted = Thread.interrupted();
        try {
            if (writer.hasUncommittedChanges()) writer.commit();
            if (searchers == null) searchers = new SearcherManager(writer, ParallelSearchers.FACTORY);
            else searchers.maybeRefreshBlocking();
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public SearchResult search(String query, int limit, SearchMode mode) {
        List<String> current = notes();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return runner.run(s, query, limit, mode, current);
            } finally {
                searchers.release(s);
            }
        } catch (IOException | RuntimeException e) {
            return SearchResult.failed(query, current, "cannot read the search index: " + reason(e));
        }
    }

    private void addNote(String note) {
        synchronized (notes) {
            if (!notes.contains(note)) notes.add(note);
        }
    }

    /** What the latest update (at open, or by {@link #update}) did. */
    public UpdateStats lastUpdate() {
        return lastUpdate;
    }

    /** Find in one article (Ctrl+F) with this library's analysis (user dictionary and synonyms), once. */
    public ArticleFind findInArticle(kr.gisa.core.model.Article article, String query) {
        return ArticleFind.in(article, query, analysis);
    }

    /** A finder for an article the reader has open: indexes it once, then finds as the user types. */
    @Override
    public ArticleFinder finder(kr.gisa.core.model.Article article) {
        return new ArticleFinder(article, analysis);
    }

    /** True when another running Gisa owns the index and this one only reads it. */
    public boolean readOnly() {
        return writer == null;
    }

    /** One-line notes about the index state (rebuilt, read-only, in memory, unreadable articles). */
    @Override
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    public Path location() {
        return location;
    }

    public KoreanAnalysis analysis() {
        return analysis;
    }

    /** Number of indexed articles. */
    @Override
    public int articleCount() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(Fields.TYPE, Fields.META)));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (searchers != null) searchers.close();
        } catch (IOException | RuntimeException ignored) {
            // closing
        }
        searchers = null;
        try {
            if (writer != null) writer.close();
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // closing
            }
        }
        writer = null;
        try {
            if (directory != null) directory.close();
        } catch (IOException ignored) {
            // closing
        }
        directory = null;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.deleteIfExists(p);
            }
        }
    }
}
