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

  /** Appends {@code t}; returns the queue to keep (a new array when it grows). */
  static long[] add(long[] q, long t) {
    int size = (int) q[0];
    if (size + 1 == q.length) {
      q = Arrays.copyOf(q, 2 * q.length - 1);
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
