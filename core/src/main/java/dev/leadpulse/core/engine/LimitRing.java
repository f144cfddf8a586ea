package dev.leadpulse.core.engine;

/**
 * A limited rule's last award times, oldest first, in a bare {@code long[]} of at most the
 * limit's count: enough to answer "are fewer than {@code count} awards in the window
 * (t − window, t]?" in constant time. The array grows one slot an award until it holds
 * {@code count} (so a rule awarded once costs one long), then shifts in place.
 */
final class LimitRing {
  private LimitRing() {}

  /**
   * Whether an award at {@code t} is allowed; {@code ring} null before the first award,
   * {@code window} in ms, or {@code Long.MAX_VALUE} for "ever".
   */
  static boolean allows(long[] ring, int count, long t, long window) {
    if (ring == null || ring.length < count) {
      return true;
    }
    return window != Long.MAX_VALUE && ring[0] <= t - window;
  }

  /** Records an award at {@code t}; returns the ring to keep (a new array while it grows). */
  static long[] record(long[] ring, int count, long t) {
    if (ring == null) {
      return new long[] {t};
    }
    if (ring.length < count) {
      long[] grown = java.util.Arrays.copyOf(ring, ring.length + 1);
      grown[ring.length] = t;
      return grown;
    }
    System.arraycopy(ring, 1, ring, 0, ring.length - 1);
    ring[ring.length - 1] = t;
    return ring;
  }
}
