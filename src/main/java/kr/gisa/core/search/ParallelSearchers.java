package kr.gisa.core.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TaskExecutor;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searchers that search a large index's slices (groups of segments) on all cores at once. One query
 * over 100,000 articles is two million unit documents in a dozen segments; a search is one user
 * waiting, and the other cores are idle meanwhile. Lucene splits the segments into slices, runs each
 * on this pool and merges the top hits, sharing the lowest competitive score between slices so each
 * still skips what cannot reach the top. A small index is one slice and runs on the caller's thread.
 * The pool's threads are daemons that end after a minute idle, shared by every open index.
 * {@code -Dgisa.search.threads=1} turns this off.
 */
final class ParallelSearchers extends SearcherFactory {

    static final ParallelSearchers FACTORY = new ParallelSearchers();

    /** Threads per search: the cores, or {@code -Dgisa.search.threads=N} (1: each search on its caller alone). */
    static final int THREADS = Math.max(1, Integer.getInteger("gisa.search.threads",
            Runtime.getRuntime().availableProcessors()));
    private static volatile ExecutorService pool;

    private ParallelSearchers() {
    }

    /** Runs each task on the calling thread. */
    private static final TaskExecutor ON_CALLER = new TaskExecutor(Runnable::run);

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        if (THREADS == 1) return new IndexSearcher(reader);
        return new IndexSearcher(reader, pool()) {
            /**
             * Slices still run on the pool; this is what Lucene's term lookups ask for, and they would
             * hand one task per segment per term to the pool (a question's three passes look up about
             * 40 terms in 15 segments): each lookup is a few microseconds, less than the hand-off.
             */
            @Override
            public TaskExecutor getTaskExecutor() {
                return ON_CALLER;
            }
        };
    }

    private static Executor pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (ParallelSearchers.class) {
                p = pool;
                if (p == null) {
                    AtomicInteger n = new AtomicInteger();
                    ThreadPoolExecutor e = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                            new LinkedBlockingQueue<>(), r -> {
                                Thread t = new Thread(r, "gisa-search-" + n.incrementAndGet());
                                t.setDaemon(true);
                                return t;
                            });
                    e.allowCoreThreadTimeOut(true);
                    pool = p = e;
                }
            }
        }
        return p;
    }
}
