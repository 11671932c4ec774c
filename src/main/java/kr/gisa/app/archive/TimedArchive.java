package kr.gisa.app.archive;

import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveEntry;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleFinder;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchResult;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The archive as the window uses it: every call runs under a deadline ({@link ArchiveCalls}), so no
 * window thread ever waits on a dead cluster for long. A search that fails is checked with a small
 * listing: when that fails too, the archive is unreachable, and {@code onTrouble} hears why (the
 * window offers Retry and Back to library); a query the archive refused is just the search's error.
 */
final class TimedArchive implements Archive {

    private final Archive archive;
    private final Duration timeout;
    private final Consumer<String> onTrouble;

    /** @param onTrouble told (on an archive thread) why the archive cannot be reached */
    TimedArchive(Archive archive, Duration timeout, Consumer<String> onTrouble) {
        this.archive = archive;
        this.timeout = timeout;
        this.onTrouble = onTrouble;
    }

    @Override
    public String url() {
        return archive.url();
    }

    @Override
    public List<ArchiveEntry> list(int offset, int count) throws ArchiveException {
        return ArchiveCalls.call("listing articles", timeout, () -> archive.list(offset, count));
    }

    @Override
    public Article load(String id) throws ArchiveException {
        return ArchiveCalls.call("loading article " + id, timeout, () -> archive.load(id));
    }

    @Override
    public SearchResult search(String query, int limit, SearchMode mode) {
        SearchResult r;
        try {
            r = ArchiveCalls.call("searching", timeout, () -> archive.search(query, limit, mode));
        } catch (ArchiveException e) {
            onTrouble.accept(e.getMessage());
            return failed(query, e.getMessage());
        }
        if (r.error() == null) return r;
        String unreachable = probe();
        if (unreachable == null) return r; // the archive answers: the query itself was refused
        onTrouble.accept(unreachable);
        return failed(query, unreachable);
    }

    /** Why the archive cannot list one article now, or null when it can. */
    private String probe() {
        try {
            ArchiveCalls.call("checking the archive", timeout, () -> archive.list(0, 1));
            return null;
        } catch (ArchiveException e) {
            return e.getMessage();
        }
    }

    private static SearchResult failed(String query, String error) {
        return new SearchResult(query, 0, true, List.of(), false, List.of(), error);
    }

    @Override
    public int articleCount() throws IOException {
        try {
            return ArchiveCalls.call("counting articles", timeout, archive::articleCount);
        } catch (ArchiveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> notes() {
        try {
            return ArchiveCalls.call("reading notes", timeout, archive::notes);
        } catch (ArchiveException e) {
            return List.of(e.getMessage());
        }
    }

    @Override
    public ArticleFinder finder(Article article) {
        try {
            return ArchiveCalls.call("preparing find in article", timeout, () -> archive.finder(article));
        } catch (ArchiveException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Closes the client in the background: closing must not wait on a cluster that is gone. */
    @Override
    public void close() {
        ArchiveCalls.background(archive::close);
    }

    /** The archive behind the deadlines (tests). */
    Archive delegate() {
        return archive;
    }
}
