package kr.gisa.core.search;

import kr.gisa.core.model.Article;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the index in line with the library, article by article: an article whose article.json
 * changed (size/time stamp, then content hash) is re-indexed, a new one added, a vanished one removed.
 * Unchanged articles cost one file stat. An unreadable article keeps its previous entry and is reported.
 * When many articles need (re)indexing — a first build — they are read, analyzed and added on several
 * threads: Nori's analysis is most of the work and IndexWriter gives each thread its own segment.
 */
final class IndexUpdater {

    /** Fewer articles to (re)index than this are done on the calling thread alone (small updates stay simple). */
    static final int PARALLEL_MIN = 64;
    /** More threads than this add segments and memory, not speed. */
    static final int MAX_THREADS = 8;

    record Meta(String hash, String stamp) {
    }

    /** An article whose time stamp differs from the indexed one (or that is new): {@code at} is its place in the listing. */
    private record Pending(int at, String id, Path json, String stamp) {
    }

    private enum Outcome { SAME, ADDED, CHANGED }

    private final Library library;
    private final IndexWriter writer;
    private final int threads;
    private Map<String, Meta> known; // concurrent: worker threads record what they indexed

    IndexUpdater(Library library, IndexWriter writer) {
        this(library, writer, defaultThreads());
    }

    /** {@code threads}: how many threads a big update may use (1: always on the calling thread). */
    IndexUpdater(Library library, IndexWriter writer, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads < 1: " + threads);
        this.library = library;
        this.writer = writer;
        this.threads = Math.min(threads, MAX_THREADS);
    }

    /** One indexing thread per processor, at most {@link #MAX_THREADS}. */
    static int defaultThreads() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS));
    }

    /** The threads an update of {@code pending} articles uses. */
    int threadsFor(int pending) {
        return pending >= PARALLEL_MIN ? threads : 1;
    }

    /**
     * Re-checks every listed article and removes vanished ones. Progress is reported from the calling
     * thread, in counts that only grow and reach the total unless the update is interrupted. An
     * interrupt stops it between articles: what was added stays, the rest is done by the next update,
     * and the thread's interrupt status is kept. An exception from the writer propagates.
     */
    UpdateStats update(IndexProgress progress) throws IOException {
        if (known == null) known = readMeta();
        List<String> ids;
        try {
            ids = library.ids();
        } catch (StoreException e) {
            return new UpdateStats(0, 0, 0, 0, List.of(e.getMessage()));
        }
        int total = ids.size();
        String[] problems = new String[total]; // by place in the listing, so they come out in its order
        progress.progress(0, total, "checking");
        List<Pending> pending = new ArrayList<>();
        int settled = 0; // unchanged or unreadable: nothing more to do
        for (int i = 0; i < total; i++) {
            String id = ids.get(i);
            Path json = library.root().resolve(id).resolve(Library.ARTICLE_JSON);
            try {
                String stamp = stamp(json);
                Meta old = known.get(id);
                if (old != null && old.stamp().equals(stamp)) settled++;
                else pending.add(new Pending(i, id, json, stamp));
            } catch (IOException e) {
                problems[i] = cannotRead(json, e);
                settled++;
            }
            if ((i & 255) == 255) progress.progress(settled, total, "checking");
        }
        if (settled > 0) progress.progress(settled, total, "checking");
        Outcome[] outcomes = new Outcome[pending.size()];
        if (threadsFor(pending.size()) > 1) inParallel(pending, outcomes, problems, settled, total, progress);
        else inTurn(pending, outcomes, problems, settled, total, progress);
        int added = 0, changed = 0, removed = 0;
        for (Outcome o : outcomes) {
            if (o == Outcome.ADDED) added++;
            else if (o == Outcome.CHANGED) changed++;
        }
        Set<String> present = new HashSet<>(ids);
        for (String id : Set.copyOf(known.keySet())) {
            if (present.contains(id)) continue;
            writer.deleteDocuments(new Term(Fields.ID, id), new Term(Fields.META_ID, id));
            known.remove(id);
            removed++;
        }
        List<String> reported = new ArrayList<>();
        for (String p : problems) if (p != null) reported.add(p);
        return new UpdateStats(total, added, changed, removed, reported);
    }

    /** The pending articles one after another on the calling thread. */
    private void inTurn(List<Pending> pending, Outcome[] outcomes, String[] problems, int settled, int total,
                        IndexProgress progress) throws IOException {
        int changes = 0;
        for (int j = 0; j < pending.size(); j++) {
            if (Thread.currentThread().isInterrupted()) return;
            Outcome o = index(pending.get(j), problems);
            outcomes[j] = o;
            if (o != Outcome.SAME) changes++;
            if ((j & 15) == 15 || j == pending.size() - 1) {
                progress.progress(settled + j + 1, total, changes > 0 ? "indexing" : "checking");
            }
        }
    }

    /**
     * The pending articles on a pool of daemon threads, each taking the next article until none is
     * left. The calling thread reports progress meanwhile; on an interrupt it lets each worker finish
     * the article in hand (an interrupt inside the writer's file I/O would damage the index) and stops
     * them; the first exception stops them too and is rethrown here.
     */
    private void inParallel(List<Pending> pending, Outcome[] outcomes, String[] problems, int settled, int total,
                            IndexProgress progress) throws IOException {
        if (Thread.currentThread().isInterrupted()) return;
        int workers = threadsFor(pending.size());
        AtomicInteger next = new AtomicInteger(), done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger name = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "gisa-index-" + name.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        boolean interrupted = false;
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int k = 0; k < workers; k++) {
                futures.add(pool.submit(() -> {
                    try {
                        for (int j; !stop.get() && (j = next.getAndIncrement()) < pending.size(); ) {
                            outcomes[j] = index(pending.get(j), problems);
                            done.incrementAndGet();
                        }
                        return null;
                    } catch (IOException | RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            pool.shutdown();
            int reported = 0;
            for (boolean finished = false; !finished; ) {
                try {
                    finished = pool.awaitTermination(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true; // keep waiting: the workers stop after the article in hand
                    stop.set(true);
                }
                int d = done.get();
                if (d > reported) {
                    progress.progress(settled + d, total, "indexing");
                    reported = d;
                }
            }
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) throw io;
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    interrupted = true; // cannot happen: the pool has terminated
                }
            }
        } finally {
            pool.shutdownNow();
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Brings one article in line without listing the library: re-indexed if its article.json changed,
     * added if new, removed if its folder or article.json is gone. Other articles are not looked at.
     * {@link UpdateStats#articles()} is the number of articles the index then holds.
     */
    UpdateStats update(String id) throws IOException {
        if (known == null) known = readMeta();
        if (!ArticleIds.isValid(id)) {
            return new UpdateStats(known.size(), 0, 0, 0, List.of("not indexed: invalid article id \"" + id + "\""));
        }
        Path json = library.root().resolve(id).resolve(Library.ARTICLE_JSON);
        if (!Files.isRegularFile(json)) {
            if (known.remove(id) == null) return new UpdateStats(known.size(), 0, 0, 0, List.of());
            writer.deleteDocuments(new Term(Fields.ID, id), new Term(Fields.META_ID, id));
            return new UpdateStats(known.size(), 0, 0, 1, List.of());
        }
        String[] problem = new String[1];
        Outcome o = Outcome.SAME;
        try {
            String stamp = stamp(json);
            Meta old = known.get(id);
            if (old == null || !old.stamp().equals(stamp)) o = index(new Pending(0, id, json, stamp), problem);
        } catch (IOException e) {
            problem[0] = cannotRead(json, e);
        }
        return new UpdateStats(known.size(), o == Outcome.ADDED ? 1 : 0, o == Outcome.CHANGED ? 1 : 0, 0,
                problem[0] == null ? List.of() : List.of(problem[0]));
    }

    private static String stamp(Path json) throws IOException {
        return Files.size(json) + "/" + Files.getLastModifiedTime(json).toMillis();
    }

    private static String cannotRead(Path json, IOException e) {
        return "not indexed: cannot read " + json + ": " + Library.describe(e);
    }

    /**
     * Indexes one article whose time stamp changed if its content did too, and records its stamp.
     * An unreadable article sets {@code problems[p.at()]}; an exception from the writer propagates.
     * Safe to call from several threads for different articles.
     */
    private Outcome index(Pending p, String[] problems) throws IOException {
        Meta old = known.get(p.id());
        String hash;
        Article article = null;
        try {
            hash = sha256(Files.readAllBytes(p.json()));
            if (old == null || !old.hash().equals(hash)) article = library.load(p.id());
        } catch (StoreException e) {
            problems[p.at()] = "not indexed: " + e.getMessage();
            return Outcome.SAME;
        } catch (IOException e) {
            problems[p.at()] = cannotRead(p.json(), e);
            return Outcome.SAME;
        }
        Outcome outcome = Outcome.SAME;
        if (article != null) {
            writer.updateDocuments(new Term(Fields.ID, p.id()), Fields.units(article, writer.getAnalyzer()));
            outcome = old == null ? Outcome.ADDED : Outcome.CHANGED;
        }
        writer.updateDocument(new Term(Fields.META_ID, p.id()), Fields.meta(p.id(), hash, p.stamp()));
        known.put(p.id(), new Meta(hash, p.stamp()));
        return outcome;
    }

    /**
     * Every article's meta document, walked through the postings of {@code type:meta} leaf by leaf
     * (no top-N queue sized to the index), its values read from doc values (no stored-field blocks).
     */
    private Map<String, Meta> readMeta() throws IOException {
        return new ConcurrentHashMap<>(readMeta(writer));
    }
    static Map<String, Meta> readMeta(IndexWriter writer) throws IOException {
        Map<String, Meta> out = new HashMap<>();
        Term meta = new Term(Fields.TYPE, Fields.META);
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum docs = leaf.reader().postings(meta, PostingsEnum.NONE);
                if (docs == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                BinaryDocValues ids = DocValues.getBinary(leaf.reader(), Fields.META_ID);
                BinaryDocValues hashes = DocValues.getBinary(leaf.reader(), Fields.HASH);
                BinaryDocValues stamps = DocValues.getBinary(leaf.reader(), Fields.STAMP);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    if (!ids.advanceExact(doc) || !hashes.advanceExact(doc) || !stamps.advanceExact(doc)) continue;
                    out.put(ids.binaryValue().utf8ToString(),
                            new Meta(hashes.binaryValue().utf8ToString(), stamps.binaryValue().utf8ToString()));
                }
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
