package dev.jetpod.apiserver.bench;

import java.util.Arrays;

/** Percentiles of recorded samples (nanoseconds), printed in milliseconds. */
final class Percentiles {
    private long[] samples = new long[1024];
    private int n;

    synchronized void add(long nanos) {
        if (n == samples.length) {
            samples = Arrays.copyOf(samples, n * 2);
        }
        samples[n++] = nanos;
    }

    synchronized int count() {
        return n;
    }

    synchronized double millis(double percentile) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        int idx = (int) Math.min(n - 1, Math.max(0, Math.ceil(percentile / 100.0 * n) - 1));
        return sorted[idx] / 1e6;
    }
}
