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
 * {@link StageTracker} (no object of their own), awards are three parallel arrays (an
 * award's points follow from its rule), and per-rule state is bare arrays (see
 * {@link #ruleStates}).
 */
public final class PersonState extends StageTracker {
  /** Bytes of the object itself: header, 3 inherited ints, 12 references, 4 longs, 1 int, 2 booleans. */
  private static final long OBJECT_BYTES = Footprints.object(3 * 4 + 12 * 4 + 4 * 8 + 4 + 2);

  final String id;
  Map<String, Object> traits = Map.of();
  /** Interned: shared by everyone at the domain. */
  String emailDomain = "";
  String groupAccount = "";
  /** Whether {@link #emailDomain} is a free-mail domain (then it names no account); set when it changes. */
  boolean freeMail;
  /** The place of the last applied event in event-time order. */
  long lastTime = Long.MIN_VALUE;
  String lastMessageId = "";
  /** The last activity (track, page, screen); {@code Long.MIN_VALUE} before the first. */
  long lastActivity = Long.MIN_VALUE;
  String lastActivityMessageId = "";
  long sessionStart = Long.MIN_VALUE;
  /** Undecayed award sums per category index; null before the first award. */
  long[] categoryTotals;
  /**
   * Per stateful rule slot ({@link CompiledModel#limitSlot}, {@link CompiledModel#countSlot}):
   * a {@link LimitRing} {@code long[]}, a {@link TimeQueue} {@code long[]}, or the holder of
   * {@link PerKeyQueues}; null before the rule needs one. Null before any rule does.
   */
  Object[] ruleStates;
  /** Awards in time order: times, rule indexes, message ids; null before the first. */
  long[] awardTimes;
  int[] awardRules;
  String[] awardMessageIds;
  int awardCount;
  List<StageChange> stageHistory;
  long cachedFit;
  boolean fitCached;

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

  /** Appends an award (times never decrease); grows the arrays by half. */
  void addAward(int rule, String messageId, long time) {
    if (awardTimes == null) {
      awardTimes = new long[2];
      awardRules = new int[2];
      awardMessageIds = new String[2];
    } else if (awardCount == awardTimes.length) {
      int n = awardCount + (awardCount >> 1);
      awardTimes = Arrays.copyOf(awardTimes, n);
      awardRules = Arrays.copyOf(awardRules, n);
      awardMessageIds = Arrays.copyOf(awardMessageIds, n);
    }
    awardTimes[awardCount] = time;
    awardRules[awardCount] = rule;
    awardMessageIds[awardCount] = messageId;
    awardCount++;
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
    if (categoryTotals != null) {
      bytes += Footprints.array(categoryTotals.length, 8);
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
    if (awardTimes != null) {
      bytes += Footprints.array(awardTimes.length, 8) + Footprints.array(awardRules.length, 4)
          + Footprints.array(awardMessageIds.length, 4);
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
