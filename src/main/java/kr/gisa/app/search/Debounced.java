package kr.gisa.app.search;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Search as you type without blocking typing: requests wait {@link #DELAY_MS} for typing to pause,
 * run on one background thread, and only the answer to the latest request reaches the FX thread;
 * answers overtaken by a newer keystroke are dropped.
 */
final class Debounced {

    static final int DELAY_MS = 250;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gisa-search");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition pause = new PauseTransition(Duration.millis(DELAY_MS));
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    private Runnable pending;

    Debounced() {
        pause.setOnFinished(e -> flush());
    }

    /** Schedules {@code work} after the pause; a later call replaces it. FX thread. */
    <T> void later(Supplier<T> work, Consumer<T> onFx) {
        long gen = generation.incrementAndGet();
        pending = () -> submit(gen, work, onFx);
        pause.playFromStart();
    }

    /** Runs {@code work} at once (Enter, a click), cancelling what waited. FX thread. */
    <T> void now(Supplier<T> work, Consumer<T> onFx) {
        pause.stop();
        pending = null;
        submit(generation.incrementAndGet(), work, onFx);
    }

    /** Runs {@code work} on the worker with no answer (loading what the first search needs). */
    void warmUp(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // the search that needs it will meet the same failure and report it
                }
            });
        } catch (RejectedExecutionException e) {
            // shut down
        }
    }

    /** Runs {@code work} on the worker and waits for it (the snapshot command, which has time). */
    <T> T await(Supplier<T> work) {
        cancel();
        try {
            return worker.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Runs what waits for the pause now; true when something was waiting. */
    boolean flush() {
        pause.stop();
        Runnable r = pending;
        pending = null;
        if (r != null) r.run();
        return r != null;
    }

    /** True while a request waits for the pause or runs. */
    boolean busy() {
        return pending != null || running.get() > 0;
    }

    /** Drops whatever waits or runs: its answer will never be delivered. */
    void cancel() {
        pause.stop();
        pending = null;
        generation.incrementAndGet();
    }

    private <T> void submit(long gen, Supplier<T> work, Consumer<T> onFx) {
        running.incrementAndGet();
        try {
            worker.execute(() -> {
                T result = null;
                try {
                    if (gen == generation.get()) result = work.get();
                } finally {
                    T r = result;
                    Platform.runLater(() -> {
                        running.decrementAndGet();
                        if (gen == generation.get() && r != null) onFx.accept(r);
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            running.decrementAndGet(); // shut down: the window is closing
        }
    }

    /**
     * Stops taking work. What runs is let finish, never interrupted: an interrupt while Nori loads its
     * dictionary would break that class for the rest of the process.
     */
    void shutdown() {
        cancel();
        worker.shutdown();
    }
}
