package dev.leadpulse.server.web;

import dev.leadpulse.store.IngestTallies.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ingestion health over the last {@code days} days (UTC), from the daily tallies: events accepted
 * and rejected each day, and each rejection reason with its share of all messages (accepted plus
 * rejected). The guides' data-quality bar is an error rate under 1%.
 *
 * @param days    one per day, oldest first, days without tallies included with zeros
 * @param reasons rejection reasons, most frequent first
 */
public record IngestHealth(List<Day> days, List<Reason> reasons, long accepted, long rejected) {
  /** The guides' bar: under 1% of messages rejected. */
  static final double TARGET_ERROR_RATE = 0.01;
  private static final long DAY_MILLIS = 86_400_000L;

  /** @param label "23 Nov" */
  public record Day(long day, String label, long accepted, long rejected) {}

  /** @param rate count ÷ all messages of the period, as a percentage */
  public record Reason(String reason, long count, String rate) {}

  /** The health of days {@code firstDay} to {@code lastDay} (epoch days, inclusive) from their tallies. */
  static IngestHealth of(List<Tally> tallies, long firstDay, long lastDay) {
    Map<Long, long[]> byDay = new TreeMap<>();
    Map<String, Long> byReason = new TreeMap<>();
    for (Tally t : tallies) {
      if (t.day() < firstDay || t.day() > lastDay) {
        continue;
      }
      long[] d = byDay.computeIfAbsent(t.day(), k -> new long[2]);
      if (t.accepted()) {
        d[0] += t.count();
      } else {
        d[1] += t.count();
        byReason.merge(t.reason(), t.count(), Long::sum);
      }
    }
    List<Day> days = new ArrayList<>();
    long accepted = 0;
    long rejected = 0;
    for (long day = firstDay; day <= lastDay; day++) {
      long[] d = byDay.getOrDefault(day, new long[2]);
      days.add(new Day(day, Format.day(day * DAY_MILLIS), d[0], d[1]));
      accepted += d[0];
      rejected += d[1];
    }
    long all = accepted + rejected;
    List<Reason> reasons = byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Reason(e.getKey(), e.getValue(), Format.percent(e.getValue(), all))).toList();
    return new IngestHealth(List.copyOf(days), reasons, accepted, rejected);
  }

  /** Rejected ÷ all messages, as a percentage. */
  public String errorRate() {
    return Format.percent(rejected, accepted + rejected);
  }

  /** Whether the error rate is under the guides' 1% (true when nothing came in). */
  public boolean meetsTarget() {
    return rejected < TARGET_ERROR_RATE * (accepted + rejected) || accepted + rejected == 0;
  }
}
