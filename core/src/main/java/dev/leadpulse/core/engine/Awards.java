package dev.leadpulse.core.engine;

import java.util.Arrays;

/**
 * A person's awards in time order, in parallel primitive arrays (about 28 bytes an award
 * besides the shared message id), so that a million people fit in memory.
 */
final class Awards {
  private long[] times = new long[2];
  private long[] points = new long[2];
  private int[] rules = new int[2];
  private String[] messageIds = new String[2];
  private int size;

  void add(int rule, String messageId, long time, long value) {
    if (size == times.length) {
      int n = size * 2;
      times = Arrays.copyOf(times, n);
      points = Arrays.copyOf(points, n);
      rules = Arrays.copyOf(rules, n);
      messageIds = Arrays.copyOf(messageIds, n);
    }
    times[size] = time;
    points[size] = value;
    rules[size] = rule;
    messageIds[size] = messageId;
    size++;
  }

  int size() {
    return size;
  }

  long time(int i) {
    return times[i];
  }

  long points(int i) {
    return points[i];
  }

  int rule(int i) {
    return rules[i];
  }

  String messageId(int i) {
    return messageIds[i];
  }

  /** Bytes held by the arrays (for memory reports). */
  long footprint() {
    return 16L * 4 + times.length * (8L + 8 + 4 + 4);
  }
}
