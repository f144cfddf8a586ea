package dev.leadpulse.core.engine;

/**
 * The message ids seen, as 128-bit fingerprints in one open-addressing table: sixteen bytes
 * per id and no object per id, where a set of strings kept three objects per event alive.
 *
 * <p>Two different ids are taken for the same one only if both of their independent 64-bit
 * hashes collide: for a billion ids the chance that any pair does is about 10<sup>-21</sup>.
 * Not thread-safe.
 */
final class MessageIds {
  private long[] slots = new long[2 * 1024];
  private int size;

  /** Adds {@code id}; false when it was already there. */
  boolean add(String id) {
    long high = hash(id, 0x9E3779B97F4A7C15L);
    long low = hash(id, 0xC2B2AE3D27D4EB4FL);
    if (high == 0 && low == 0) {
      low = 1; // (0, 0) marks an empty slot
    }
    if (2 * (size + 1) > slots.length / 2) {
      grow();
    }
    if (!insert(slots, high, low)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size;
  }

  /** Inserts unless present; returns whether it inserted. */
  private static boolean insert(long[] table, long high, long low) {
    int mask = table.length / 2 - 1;
    for (int i = (int) (high ^ (high >>> 32)) & mask; ; i = (i + 1) & mask) {
      long h = table[2 * i];
      long l = table[2 * i + 1];
      if (h == 0 && l == 0) {
        table[2 * i] = high;
        table[2 * i + 1] = low;
        return true;
      }
      if (h == high && l == low) {
        return false;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0 || slots[i + 1] != 0) {
        insert(bigger, slots[i], slots[i + 1]);
      }
    }
    slots = bigger;
  }

  /**
   * A 64-bit hash of the string's characters, four at a time through a bijective mixer from a
   * seeded state; different seeds give unrelated hashes.
   */
  private static long hash(String s, long seed) {
    int n = s.length();
    long h = mix(seed ^ n);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long word = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      h = mix(h ^ word);
    }
    long tail = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      tail |= (long) s.charAt(i) << shift;
    }
    return mix(h ^ tail ^ seed);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
