package dev.leadpulse.core.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A counting rule's {@link TimeQueue}s per {@code per} key. Few keys (the usual case) live
 * in one {@code Object[]} of key, queue pairs searched in order; past {@value #MAX_PAIRS}
 * keys they move to a {@code HashMap}. Either is what the person's rule-state slot holds.
 */
final class PerKeyQueues {
  static final int MAX_PAIRS = 16;

  private PerKeyQueues() {}

  /** The slot's holder after making sure {@code key} has a queue there. */
  @SuppressWarnings("unchecked")
  static Object ensure(Object holder, String key) {
    if (holder instanceof Map<?, ?> m) {
      ((Map<String, long[]>) m).computeIfAbsent(key, k -> TimeQueue.empty());
      return holder;
    }
    Object[] pairs = (Object[]) holder;
    if (pairs == null) {
      return new Object[] {key, TimeQueue.empty()};
    }
    int n = pairs.length / 2;
    for (int i = 0; i < n; i++) {
      if (pairs[2 * i] == null) {
        pairs[2 * i] = key;
        pairs[2 * i + 1] = TimeQueue.empty();
        return pairs;
      }
      if (pairs[2 * i].equals(key)) {
        return pairs;
      }
    }
    if (n >= MAX_PAIRS) {
      Map<String, long[]> map = new HashMap<>();
      for (int i = 0; i < n; i++) {
        map.put((String) pairs[2 * i], (long[]) pairs[2 * i + 1]);
      }
      map.put(key, TimeQueue.empty());
      return map;
    }
    Object[] grown = Arrays.copyOf(pairs, pairs.length * 2);
    grown[pairs.length] = key;
    grown[pairs.length + 1] = TimeQueue.empty();
    return grown;
  }

  /** The queue of {@code key}, which {@link #ensure} has made. */
  @SuppressWarnings("unchecked")
  static long[] get(Object holder, String key) {
    if (holder instanceof Map<?, ?> m) {
      return ((Map<String, long[]>) m).get(key);
    }
    Object[] pairs = (Object[]) holder;
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return (long[]) pairs[i + 1];
      }
    }
    throw new IllegalStateException("no queue for " + key);
  }

  /** Replaces the queue of {@code key} (after it grew or shrank). */
  @SuppressWarnings("unchecked")
  static void put(Object holder, String key, long[] queue) {
    if (holder instanceof Map<?, ?> m) {
      ((Map<String, long[]>) m).put(key, queue);
      return;
    }
    Object[] pairs = (Object[]) holder;
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        pairs[i + 1] = queue;
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  static long footprint(Object holder) {
    long bytes = 0;
    if (holder instanceof Map<?, ?> m) {
      bytes += Footprints.object(4 * 4 + 4 * 4) + Footprints.array(Integer.highestOneBit(m.size() * 2) * 2L, 4);
      for (Map.Entry<String, long[]> e : ((Map<String, long[]>) m).entrySet()) {
        bytes += Footprints.object(4 + 3 * 4) + Footprints.string(e.getKey().length())
            + TimeQueue.footprint(e.getValue());
      }
      return bytes;
    }
    Object[] pairs = (Object[]) holder;
    bytes += Footprints.array(pairs.length, 4);
    for (int i = 0; i < pairs.length && pairs[i] != null; i += 2) {
      bytes += Footprints.string(((String) pairs[i]).length()) + TimeQueue.footprint((long[]) pairs[i + 1]);
    }
    return bytes;
  }
}
