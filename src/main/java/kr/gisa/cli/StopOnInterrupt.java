package kr.gisa.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Ctrl+C (SIGINT, SIGTERM) during a long command asks it to stop at its next safe point instead of
 * killing it mid-batch: the JVM runs this hook, which raises the flag and waits (up to {@link #GRACE_SECONDS})
 * until the command says it has finished and printed its summary. Closing it removes the hook.
 */
final class StopOnInterrupt implements BooleanSupplier, AutoCloseable {

    static final int GRACE_SECONDS = 30;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "gisa-stop-on-interrupt");
    private volatile boolean requested;

    private StopOnInterrupt() {
    }

    /** Registers the hook; {@link #close()} when the command has printed its result. */
    static StopOnInterrupt install() {
        StopOnInterrupt s = new StopOnInterrupt();
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** For tests: the same object without the JVM hook. */
    static StopOnInterrupt forTest() {
        return new StopOnInterrupt();
    }

    /** True once the user asked to stop. */
    @Override
    public boolean getAsBoolean() {
        return requested;
    }

    /** What the hook does on a signal: ask to stop, then give the command time to end cleanly. */
    void onSignal() {
        requested = true;
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down (the hook is running, and now returns), or never registered
        }
    }
}
