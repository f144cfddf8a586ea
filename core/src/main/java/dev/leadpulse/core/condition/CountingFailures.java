package dev.leadpulse.core.condition;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts condition failures per rule and keeps the first message of each; thread-safe. */
public final class CountingFailures implements ConditionFailures {
  /** How often a rule's condition failed, and the first failure's message. */
  public record Tally(long count, String firstMessage) {}

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<String, String> firstMessages = new ConcurrentHashMap<>();

  @Override
  public void failed(String ruleId, String message) {
    counts.computeIfAbsent(ruleId, k -> new LongAdder()).increment();
    firstMessages.putIfAbsent(ruleId, message == null ? "failed" : message);
  }

  /** Rule id → its tally, sorted by rule id. */
  public Map<String, Tally> tallies() {
    Map<String, Tally> out = new TreeMap<>();
    counts.forEach((rule, n) -> out.put(rule, new Tally(n.sum(), firstMessages.getOrDefault(rule, ""))));
    return out;
  }

  /** All failures counted. */
  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
