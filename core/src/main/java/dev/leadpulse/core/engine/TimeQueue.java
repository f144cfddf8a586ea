package dev.leadpulse.core.engine;

import java.util.Arrays;

/** Times of counted events, oldest first, in a growable ring of longs. */
final class TimeQueue {
  private long[] times = new long[4];
  private int head;
  private int size;

  void add(long t) {
    if (size == times.length) {
      long[] grown = new long[times.length * 2];
      for (int i = 0; i < size; i++) {
        grown[i] = times[(head + i) % times.length];
      }
      times = grown;
      head = 0;
    }
    times[(head + size) % times.length] = t;
    size++;
  }

  /** Drops every time before {@code earliestKept}. */
  void dropBefore(long earliestKept) {
    while (size > 0 && times[head] < earliestKept) {
      head = (head + 1) % times.length;
      size--;
    }
  }

  int size() {
    return size;
  }

  void clear() {
    head = 0;
    size = 0;
    if (times.length > 16) {
      times = new long[4];
    }
  }

  long footprint() {
    return 16 + 16 + 8L * times.length + 8;
  }

  @Override
  public String toString() {
    return Arrays.toString(Arrays.copyOf(times, size));
  }
}
