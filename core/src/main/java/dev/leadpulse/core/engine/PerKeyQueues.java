package dev.leadpulse.core.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A counting rule's {@link TimeQueue}s per {@code per} key. Few keys (the usual case) live
 * in one {@code Object[]} of key, queue pairs searched in order (null pairs at the end);
 * past {@value #MAX_PAIRS} keys they move to a {@code HashMap}. Either is what the person's
 * rule-state slot holds. Keys are interned when added: people share property values. A key
 * whose count restarts after an award is {@link #remove}d, which is the same as an empty
 * queue.
 */
final class PerKeyQueues {
  static final int MAX_PAIRS = 16;

  private PerKeyQueues() {}

  /** The queue of {@code key} in {@code holder} (null when no key has one yet), or null when it has none. */
  @SuppressWarnings("unchecked")
  static long[] find(Object holder, String key) {
    if (holder instanceof Map<?, ?> m) {
      return ((Map<String, long[]>) m).get(key);
    }
    Object[] pairs = (Object[]) holder;
    if (pairs == null) {
      return null;
    }
    for (int i = 0; i < pairs.length && pairs[i] != null; i += 2) {
      if (pairs[i].equals(key)) {
        return (long[]) pairs[i + 1];
      }
    }
    return null;
  }

  /**
   * Sets {@code key}'s queue to {@code queue}, adding the key when it has none; returns the
   * holder to keep (a new one when a new key does not fit).
   */
  @SuppressWarnings("unchecked")
  static Object set(Object holder, String key, long[] queue) {
    if (holder instanceof Map<?, ?> m) {
      Map<String, long[]> map = (Map<String, long[]>) m;
      // Intern only a key that is added: interning is a global table probe, and the person
      // with this many keys is among the most active.
      if (map.replace(key, queue) == null) {
        map.put(key.intern(), queue);
      }
      return holder;
    }
    Object[] pairs = (Object[]) holder;
    if (pairs == null) {
      return new Object[] {key.intern(), queue};
    }
    int n = pairs.length / 2;
    for (int i = 0; i < n; i++) {
      if (pairs[2 * i] == null) {
        pairs[2 * i] = key.intern();
        pairs[2 * i + 1] = queue;
        return pairs;
      }
      if (pairs[2 * i].equals(key)) {
        pairs[2 * i + 1] = queue;
        return pairs;
      }
    }
    if (n >= MAX_PAIRS) {
      Map<String, long[]> map = new HashMap<>();
      for (int i = 0; i < n; i++) {
        map.put((String) pairs[2 * i], (long[]) pairs[2 * i + 1]);
      }
      map.put(key.intern(), queue);
      return map;
    }
    Object[] grown = Arrays.copyOf(pairs, pairs.length * 2);
    grown[pairs.length] = key.intern();
    grown[pairs.length + 1] = queue;
    return grown;
  }

  /** Drops {@code key}'s queue; returns the holder to keep, null when no key is left. */
  static Object remove(Object holder, String key) {
    if (holder instanceof Map<?, ?> m) {
      m.remove(key);
      return holder;
    }
    Object[] pairs = (Object[]) holder;
    int last = pairs.length - 2;
    while (pairs[last] == null) {
      last -= 2;
    }
    for (int i = 0; i <= last; i += 2) {
      if (pairs[i].equals(key)) {
        pairs[i] = pairs[last];
        pairs[i + 1] = pairs[last + 1];
        pairs[last] = null;
        pairs[last + 1] = null;
        return last == 0 ? null : pairs;
      }
    }
    return holder;
  }

  /** Bytes of the holder and queues; the interned keys are shared, so not counted. */
  @SuppressWarnings("unchecked")
  static long footprint(Object holder) {
    long bytes = 0;
    if (holder instanceof Map<?, ?> m) {
      bytes += Footprints.object(4 * 4 + 4 * 4) + Footprints.array(Integer.highestOneBit(m.size() * 2) * 2L, 4);
      for (long[] queue : ((Map<String, long[]>) m).values()) {
        bytes += Footprints.object(4 + 3 * 4) + TimeQueue.footprint(queue);
      }
      return bytes;
    }
    Object[] pairs = (Object[]) holder;
    bytes += Footprints.array(pairs.length, 4);
    for (int i = 0; i < pairs.length && pairs[i] != null; i += 2) {
      bytes += TimeQueue.footprint((long[]) pairs[i + 1]);
    }
    return bytes;
  }
}
