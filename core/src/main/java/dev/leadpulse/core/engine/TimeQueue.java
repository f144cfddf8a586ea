package dev.leadpulse.core.engine;

import java.util.Arrays;

/**
 * Times of a counting rule's counted events, oldest first, in a bare {@code long[]}:
 * element 0 is the number of times held, elements 1..size the times. No object of its own,
 * so a person's count state is one array.
 */
final class TimeQueue {
  private TimeQueue() {}

  /** An empty queue with room for one time. */
  static long[] empty() {
    return new long[2];
  }

  static int size(long[] q) {
    return (int) q[0];
  }

  /** A rule's threshold up to which a queue, once it holds two times, grows straight to hold {@code times}. */
  static final int SMALL_TIMES = 8;

  /** Appends {@code t}; returns the queue to keep (a new array when it grows). */
  static long[] add(long[] q, long t) {
    return add(q, t, Integer.MAX_VALUE);
  }

  /**
   * Appends {@code t} to the queue of a rule counting to {@code times}; returns the queue to
   * keep. A queue grows by doubling, except that for a small threshold ({@value #SMALL_TIMES}
   * or less) it grows from one time straight to room for {@code times}: one copy instead of
   * two or three, and no larger than doubling would reach.
   */
  static long[] add(long[] q, long t, int times) {
    int size = (int) q[0];
    if (size + 1 == q.length) {
      int room = times <= SMALL_TIMES && size + 1 < times ? times + 1 : 2 * q.length - 1;
      q = Arrays.copyOf(q, room);
    }
    q[size + 1] = t;
    q[0] = size + 1;
    return q;
  }

  /** Drops every time before {@code earliestKept}. */
  static void dropBefore(long[] q, long earliestKept) {
    int size = (int) q[0];
    int k = 0;
    while (k < size && q[1 + k] < earliestKept) {
      k++;
    }
    if (k > 0) {
      System.arraycopy(q, 1 + k, q, 1, size - k);
      q[0] = size - k;
    }
  }

  /** Empties the queue; returns the queue to keep (a small one if it had grown large). */
  static long[] clear(long[] q) {
    if (q.length > 16) {
      return empty();
    }
    q[0] = 0;
    return q;
  }

  static long footprint(long[] q) {
    return Footprints.array(q.length, 8);
  }
}
