package dev.leadpulse.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One person's engine state: what the engine needs to apply the next event in event-time
 * order. Mutated only by {@link Engine}; read through {@link Engine#read}. Not thread-safe:
 * one person's events are applied by one thread at a time.
 */
public final class PersonState {
  final String id;
  Map<String, Object> traits = Map.of();
  String emailDomain = "";
  String groupAccount = "";
  /** The place of the last applied event in event-time order. */
  long lastTime = Long.MIN_VALUE;
  String lastMessageId = "";
  /** The last activity (track, page, screen); {@code Long.MIN_VALUE} before the first. */
  long lastActivity = Long.MIN_VALUE;
  String lastActivityMessageId = "";
  long sessionStart = Long.MIN_VALUE;
  /** Inactivity stamps at or before this time are already awarded. */
  long idleAwardedThrough = Long.MIN_VALUE;
  /** Undecayed award sums per category index; null before the first award. */
  long[] categoryTotals;
  /** Per engagement rule: a {@link LimitRing}, a {@link CountState} or null. */
  Object[] ruleStates;
  Awards awards;
  final StageTracker stage = new StageTracker();
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

  /** The number of awards held. */
  public int awardCount() {
    return awards == null ? 0 : awards.size();
  }

  List<StageChange> history() {
    if (stageHistory == null) {
      stageHistory = new ArrayList<>(2);
    }
    return stageHistory;
  }

  /**
   * An estimate of the bytes this state holds beyond shared objects (event strings and trait
   * maps are shared with the events): object headers, fields and arrays.
   */
  public long footprint() {
    long bytes = 16 + 13 * 8 + 4 * 8 + StageTracker.FOOTPRINT;
    if (categoryTotals != null) {
      bytes += 16 + 8L * categoryTotals.length;
    }
    if (ruleStates != null) {
      bytes += 16 + 4L * ruleStates.length;
      for (Object o : ruleStates) {
        if (o instanceof LimitRing l) {
          bytes += l.footprint();
        } else if (o instanceof CountState c) {
          bytes += c.footprint();
        }
      }
    }
    if (awards != null) {
      bytes += awards.footprint();
    }
    if (stageHistory != null) {
      bytes += 40 + stageHistory.size() * 48L;
    }
    return bytes;
  }
}
