package kr.gisa.bench;

import java.util.Arrays;

/** Timing samples in milliseconds, with nearest-rank percentiles. */
final class Samples {

    private double[] values = new double[16];
    private int size;

    void add(double ms) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = ms;
    }

    /** Adds the time since {@code startNanos}. */
    void since(long startNanos) {
        add((System.nanoTime() - startNanos) / 1e6);
    }

    int size() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) by nearest rank. */
    double percentile(double p) {
        if (size == 0) return Double.NaN;
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return percentile(100);
    }
}
