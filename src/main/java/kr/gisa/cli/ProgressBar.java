package kr.gisa.cli;

import kr.gisa.core.search.IndexProgress;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr: {@code indexing [########------------]  412/1000}. With a delay
 * (search), it stays quiet while only checking and for work that ends within the delay, so a search
 * over an up-to-date index prints nothing; without one (the index command) it always shows.
 */
final class ProgressBar implements IndexProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final long delayNanos;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, long delayMillis) {
        this.err = err;
        this.delayNanos = delayMillis * 1_000_000L;
    }

    @Override
    public void progress(int done, int total, String phase) {
        if (delayNanos > 0 && !phase.equals("indexing")) return; // checking an up-to-date index: stay quiet
        long now = System.nanoTime();
        boolean last = done >= total && total > 0;
        if (now - start < delayNanos && !(drawn && last)) return;
        if (!last && drawn && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        drawn = true;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        err.print("\r" + phase + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format("%" + String.valueOf(total).length() + "d/%d", done, total));
        err.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
