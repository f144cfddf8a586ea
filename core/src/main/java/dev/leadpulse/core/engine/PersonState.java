package dev.leadpulse.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One person's engine state: what the engine needs to apply the next event in event-time
 * order. Mutated only by {@link Engine}; read through {@link Engine#read}. Not thread-safe:
 * one person's events are applied by one thread at a time.
 *
 * <p>Laid out for a million people in memory: the stage fields are inherited from
 * {@link StageTracker} (no object of their own), an award is one long (its time and rule)
 * and a message id (its points follow from its rule), and per-rule state is bare arrays
 * (see {@link #ruleStates}).
 */
public final class PersonState extends StageTracker {
  /** Bytes of the object itself: header, an inherited int and 2 shorts, 11 references, 3 longs, 2 ints. */
  private static final long OBJECT_BYTES = Footprints.object(4 + 2 * 2 + 11 * 4 + 3 * 8 + 2 * 4);
  /** A packed award word: the time shifted left by this, or'ed with the rule index. */
  private static final int RULE_BITS = 10;
  private static final long RULE_MASK = (1L << RULE_BITS) - 1;
  /** {@link #cachedFit} when the fit is not cached. */
  static final int FIT_NOT_CACHED = Integer.MIN_VALUE;

  final String id;
  Map<String, Object> traits = Map.of();
  /** Interned: shared by everyone at the domain. */
  String emailDomain = "";
  /**
   * The account the person belongs to now, or empty: the last group call's id when accounts
   * are keyed by group, else the email domain unless it is a free-mail one.
   */
  String account = "";
  /** The place of the last applied event in event-time order. */
  long lastTime = Long.MIN_VALUE;
  String lastMessageId = "";
  /** The last activity (track, page, screen); {@code Long.MIN_VALUE} before the first. */
  long lastActivity = Long.MIN_VALUE;
  String lastActivityMessageId = "";
  long sessionStart = Long.MIN_VALUE;
  /**
   * Undecayed award sums in hundredths per category index: an {@code int[]} while every sum
   * fits an int (the usual case, 16 bytes less than longs for five categories), a
   * {@code long[]} once one does not; null before the first award. Read through
   * {@link #categoryTotal}, written through {@link #addToCategory}.
   */
  private Object categoryTotals;
  /**
   * Per stateful rule slot ({@link CompiledModel#limitSlot}, {@link CompiledModel#countSlot}):
   * a {@link LimitRing} {@code long[]}, a {@link TimeQueue} {@code long[]}, or the holder of
   * {@link PerKeyQueues}; null before the rule needs one. Null before any rule does; as long
   * as the highest slot used so far (a slot past its end is null).
   */
  Object[] ruleStates;
  /**
   * Awards in time order, null before the first: per award, one word {@code time << 10 |
   * rule}, or (once a time or rule does not fit, {@link #wideAwards}) two words, time and
   * rule; and its message id. The words are wide exactly when their array is longer than
   * the message ids' (2n against n), so no flag is kept.
   */
  long[] awardWords;
  String[] awardMessageIds;
  int awardCount;
  List<StageChange> stageHistory;
  /** The fit on the current traits, or {@link #FIT_NOT_CACHED} (also when it does not fit an int). */
  int cachedFit = FIT_NOT_CACHED;

  PersonState(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The merged traits as of the last applied event. */
  public Map<String, Object> traits() {
    return traits;
  }

  /** The event time of the last applied event, or {@code Long.MIN_VALUE} before the first. */
  public long lastEventTime() {
    return lastTime;
  }

  /** Whether {@code time, messageId} comes after the last applied event in event-time order. */
  public boolean isAfterLast(long time, String messageId) {
    return time > lastTime || (time == lastTime && messageId.compareTo(lastMessageId) > 0);
  }

  /** The time of the last activity, or {@code Long.MIN_VALUE} before the first. */
  public long lastActivityTime() {
    return lastActivity;
  }

  /**
   * Inactivity stamps at or before this time are already awarded: every event awards the
   * stamps before its own time, and an activity starts a new idle stretch, so this is the
   * later of the last activity and the last event's time − 1 (MIN_VALUE before any activity).
   */
  long idleAwardedThrough() {
    return lastActivity == Long.MIN_VALUE ? Long.MIN_VALUE : Math.max(lastActivity, lastTime - 1);
  }

  /** The number of awards held. */
  public int awardCount() {
    return awardCount;
  }

  /** Whether awards take two words each (see {@link #awardWords}). */
  private boolean wideAwards() {
    return awardWords != null && awardWords.length != awardMessageIds.length;
  }

  /** Award {@code i}'s time. */
  long awardTime(int i) {
    return wideAwards() ? awardWords[2 * i] : awardWords[i] >> RULE_BITS;
  }

  /** Award {@code i}'s rule index. */
  int awardRule(int i) {
    return (int) (wideAwards() ? awardWords[2 * i + 1] : awardWords[i] & RULE_MASK);
  }

  /** Appends an award (times never decrease); grows the arrays by a quarter (and 2). */
  void addAward(int rule, String messageId, long time) {
    if (awardWords == null) {
      awardWords = new long[2];
      awardMessageIds = new String[2];
    }
    boolean wide = wideAwards();
    if (!wide && (rule > RULE_MASK || time != (time << RULE_BITS) >> RULE_BITS)) {
      widen();
      wide = true;
    }
    if (awardCount == awardMessageIds.length) {
      int n = awardCount + (awardCount >> 2) + 2;
      awardWords = Arrays.copyOf(awardWords, wide ? 2 * n : n);
      awardMessageIds = Arrays.copyOf(awardMessageIds, n);
    }
    if (wide) {
      awardWords[2 * awardCount] = time;
      awardWords[2 * awardCount + 1] = rule;
    } else {
      awardWords[awardCount] = time << RULE_BITS | rule;
    }
    awardMessageIds[awardCount] = messageId;
    awardCount++;
  }

  /** Moves the awards to two words each. */
  private void widen() {
    long[] wide = new long[2 * awardMessageIds.length];
    for (int i = 0; i < awardCount; i++) {
      wide[2 * i] = awardTime(i);
      wide[2 * i + 1] = awardRule(i);
    }
    awardWords = wide;
  }

  /** Whether any award has been added to a category. */
  boolean hasCategoryTotals() {
    return categoryTotals != null;
  }

  /** The undecayed sum of category {@code c} (0 before any award). */
  long categoryTotal(int c) {
    Object totals = categoryTotals;
    if (totals instanceof int[] small) {
      return small[c];
    }
    return totals == null ? 0 : ((long[]) totals)[c];
  }

  /** Adds {@code points} to category {@code c} of {@code categories}; moves the sums to longs when one outgrows an int. */
  void addToCategory(int c, long points, int categories) {
    if (categoryTotals == null) {
      categoryTotals = new int[categories];
    }
    if (categoryTotals instanceof int[] small) {
      long sum = small[c] + points;
      if (sum == (int) sum) {
        small[c] = (int) sum;
        return;
      }
      long[] wide = new long[small.length];
      for (int i = 0; i < small.length; i++) {
        wide[i] = small[i];
      }
      categoryTotals = wide;
    }
    ((long[]) categoryTotals)[c] += points;
  }

  List<StageChange> history() {
    if (stageHistory == null) {
      stageHistory = new ArrayList<>(2);
    }
    return stageHistory;
  }

  /**
   * The bytes this state holds beyond objects shared with the events and the model (trait
   * maps, ids, message ids, the interned email domain): the object, its arrays, its rule
   * states and its stage history, laid out as {@link Footprints} describes.
   */
  public long footprint() {
    long bytes = OBJECT_BYTES;
    if (categoryTotals instanceof int[] small) {
      bytes += Footprints.array(small.length, 4);
    } else if (categoryTotals instanceof long[] wide) {
      bytes += Footprints.array(wide.length, 8);
    }
    if (ruleStates != null) {
      bytes += Footprints.array(ruleStates.length, 4);
      for (Object o : ruleStates) {
        if (o instanceof long[] a) {
          bytes += Footprints.array(a.length, 8);
        } else if (o != null) {
          bytes += PerKeyQueues.footprint(o);
        }
      }
    }
    if (awardWords != null) {
      bytes += Footprints.array(awardWords.length, 8) + Footprints.array(awardMessageIds.length, 4);
    }
    if (stageHistory != null) {
      bytes += Footprints.object(8) + Footprints.array(Math.max(stageHistory.size(), 2), 4);
      for (StageChange c : stageHistory) {
        bytes += Footprints.object(8 + 3 * 4) + Footprints.string(c.why().length());
      }
    }
    return bytes;
  }
}
