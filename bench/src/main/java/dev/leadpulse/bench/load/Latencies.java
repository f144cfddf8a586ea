package dev.leadpulse.bench.load;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds, kept whole (a 30-second phase holds some tens of thousands)
 * so that percentiles are exact. Thread-safe.
 */
final class Latencies {
  private long[] samples = new long[4096];
  private int count;

  synchronized void add(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
  }

  synchronized int count() {
    return count;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds, nearest rank; NaN when empty. */
  synchronized double millis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * count);
    return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
  }

  /** "p50 1.2 ms, p99 3.4 ms, p99.9 5.6 ms, max 7.8 ms (n = 1234)". */
  String summary() {
    return String.format("p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (n = %d)", millis(50), millis(99),
        millis(99.9), millis(100), count());
  }
}
