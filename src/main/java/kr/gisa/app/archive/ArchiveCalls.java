package kr.gisa.app.archive;

import kr.gisa.core.archive.ArchiveException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs archive calls on daemon threads with a deadline, so a cluster that hangs (a node gone without
 * closing its sockets, a network that drops packets) can never hold a window thread: the caller gets
 * an {@link ArchiveException} when the time is up, and the stuck call is interrupted and abandoned.
 */
final class ArchiveCalls {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Cached: a call stuck on a dead socket holds one thread, the next call gets another. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gisa-archive-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private ArchiveCalls() {
    }

    /** Starts {@code task} on an archive thread without waiting (e.g. closing a client). */
    static void background(Runnable task) {
        POOL.execute(task);
    }

    /**
     * {@code call}'s answer, or an ArchiveException: its own, or "did not answer within N s" after
     * {@code timeout}. {@code what} names the call in that message ("opening", "listing"…).
     */
    static <T> T call(String what, Duration timeout, Callable<T> call) throws ArchiveException {
        Future<T> f = POOL.submit(call);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ArchiveException(timedOut(what, timeout));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArchiveException(what + " was interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ArchiveException a) throw a;
            String why = c.getMessage() == null || c.getMessage().isBlank() ? c.getClass().getSimpleName() : c.getMessage();
            throw new ArchiveException(what + " failed: " + firstLine(why), c);
        }
    }

    static String timedOut(String what, Duration timeout) {
        long s = Math.max(1, Math.round(timeout.toMillis() / 1000.0));
        return "the archive did not answer within " + s + " s (" + what + "); it may be down or unreachable";
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
