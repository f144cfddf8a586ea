package dev.leadpulse.core.engine;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * People by key ({@link PersonState#id()}), for callers that hold very many: an
 * open-addressing hash table with linear probing, the keys' hash codes in an {@code int[]}
 * beside the states. A lookup reads the hash slot, the state slot and the state (whose id
 * it compares), with no entry objects: fewer cache misses and about 16 bytes a person at
 * most, against about 40 for a {@code HashMap}. No removal. Not thread-safe.
 */
public final class PersonTable {
  private static final int MAX_CAPACITY = 1 << 30;

  private int[] hashes;
  private PersonState[] states;
  private int size;

  public PersonTable() {
    this(16);
  }

  /** A table that holds {@code expected} people without growing. */
  public PersonTable(int expected) {
    int capacity = 16;
    while (capacity < MAX_CAPACITY && capacity < 2L * expected) {
      capacity <<= 1;
    }
    hashes = new int[capacity];
    states = new PersonState[capacity];
  }

  /** The person under {@code key}, or null. */
  public PersonState get(String key) {
    int h = hash(key);
    int mask = states.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      PersonState s = states[i];
      if (s == null) {
        return null;
      }
      if (hashes[i] == h && s.id.equals(key)) {
        return s;
      }
    }
  }

  /** The person under {@code key}, made with {@code create} (whose id must be the key) if absent. */
  public PersonState computeIfAbsent(String key, Function<String, PersonState> create) {
    int h = hash(key);
    int mask = states.length - 1;
    int i = h & mask;
    for (; ; i = (i + 1) & mask) {
      PersonState s = states[i];
      if (s == null) {
        break;
      }
      if (hashes[i] == h && s.id.equals(key)) {
        return s;
      }
    }
    PersonState created = create.apply(key);
    if (!created.id.equals(key)) {
      throw new IllegalArgumentException("the new person's id " + created.id + " is not the key " + key);
    }
    hashes[i] = h;
    states[i] = created;
    if (++size * 2 > states.length) {
      grow();
    }
    return created;
  }

  public int size() {
    return size;
  }

  /** Every person, in no particular order. */
  public void forEach(Consumer<PersonState> action) {
    for (PersonState s : states) {
      if (s != null) {
        action.accept(s);
      }
    }
  }

  /** Bytes held by the table's arrays (not the states). */
  public long footprint() {
    return Footprints.object(3 * 4) + Footprints.array(hashes.length, 4) + Footprints.array(states.length, 4);
  }

  private void grow() {
    if (states.length >= MAX_CAPACITY) {
      throw new IllegalStateException("too many people: " + size);
    }
    int[] oldHashes = hashes;
    PersonState[] oldStates = states;
    hashes = new int[oldHashes.length * 2];
    states = new PersonState[oldStates.length * 2];
    int mask = states.length - 1;
    for (int j = 0; j < oldStates.length; j++) {
      if (oldStates[j] != null) {
        int i = oldHashes[j] & mask;
        while (states[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        states[i] = oldStates[j];
      }
    }
  }

  /** String's hash, spread so that linear probing over a power-of-two table sees the high bits. */
  private static int hash(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
