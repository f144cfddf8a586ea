package dev.leadpulse.core.condition;

/**
 * Recent answers of one regular expression on short subjects: a table of {@value #SLOTS}
 * entries in pairs (two-way set associative, so that two common subjects whose hashes
 * collide do not evict each other), the subject's hash picking the pair; when both are
 * taken by other subjects, the newest answer replaces the second. It only remembers what the caller computed; an answer is reused for a subject
 * equal to the one it was computed for, with the same partial-match option.
 *
 * <p>Safe for concurrent use without locks: an entry is immutable (final fields), so a
 * reader sees either no entry or a whole one; a lost write costs one recomputation. At
 * most {@value #SLOTS} subjects of at most {@value #MAX_SUBJECT} chars are held.
 */
final class MatchMemo {
  static final int SLOTS = 512;
  static final int MAX_SUBJECT = 64;

  private record Entry(String subject, boolean partial, boolean matched) {}

  private final Entry[] entries = new Entry[SLOTS];

  /** 1 or 0 when the answer for {@code subject} under {@code partial} is held, else -1. */
  int get(String subject, boolean partial) {
    if (subject.length() > MAX_SUBJECT) {
      return -1;
    }
    int i = slot(subject);
    Entry e = entries[i];
    if (e == null || !e.subject.equals(subject)) {
      e = entries[i ^ 1];
      if (e == null || !e.subject.equals(subject)) {
        return -1;
      }
    }
    return e.partial != partial ? -1 : e.matched ? 1 : 0;
  }

  /** Remembers an answer the caller computed (subjects longer than {@value #MAX_SUBJECT} are not kept). */
  void put(String subject, boolean partial, boolean matched) {
    if (subject.length() <= MAX_SUBJECT) {
      int i = slot(subject);
      Entry first = entries[i];
      if (first != null && !first.subject.equals(subject)) {
        i ^= 1;
      }
      entries[i] = new Entry(subject, partial, matched);
    }
  }

  private static int slot(String subject) {
    int h = subject.hashCode();
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }
}
