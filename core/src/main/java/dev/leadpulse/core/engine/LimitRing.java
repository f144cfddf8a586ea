package dev.leadpulse.core.engine;

/**
 * The last {@code count} award times of a limited rule: enough to answer "are fewer than
 * {@code count} awards in the window (t − window, t]?" in constant time.
 */
final class LimitRing {
  private final long[] times;
  private int size;
  private int head;

  LimitRing(int count) {
    this.times = new long[count];
  }

  /** Whether an award at {@code t} is allowed; {@code window} in ms, or {@code Long.MAX_VALUE} for "ever". */
  boolean allows(long t, long window) {
    if (size < times.length) {
      return true;
    }
    long oldest = times[head];
    return window != Long.MAX_VALUE && oldest <= t - window;
  }

  void record(long t) {
    if (size < times.length) {
      times[(head + size) % times.length] = t;
      size++;
    } else {
      times[head] = t;
      head = (head + 1) % times.length;
    }
  }

  long footprint() {
    return 16 + 8L * times.length + 16 + 8;
  }
}
