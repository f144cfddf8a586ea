package dev.leadpulse.server.web;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Why now", in plain words: a person's engagement grouped by rule, the rules worth the most
 * first, e.g. "Requested a demo +30", "Viewed pricing ×4 +20".
 */
public final class Reasons {
  private Reasons() {}

  /** One rule's engagement: its label, how many awards and what they are worth now. */
  public record Reason(String label, int times, long value, long latest) {
    public String text() {
      return times > 1 ? label + " \u00d7" + times : label;
    }

    public String points() {
      return Format.signed(value);
    }
  }

  /** The {@code limit} engagement rules worth the most to {@code score}, with what they add now. */
  public static List<Reason> top(PersonScore score, int limit) {
    Map<String, Reason> byRule = new LinkedHashMap<>();
    for (Contribution c : score.contributions()) {
      if (c.kind() != Contribution.Kind.ENGAGEMENT || c.value() == 0) {
        continue;
      }
      byRule.merge(c.ruleId(), new Reason(c.label(), 1, c.value(), c.time()),
          (a, b) -> new Reason(a.label(), a.times() + 1, a.value() + b.value(), Math.max(a.latest(), b.latest())));
    }
    List<Reason> reasons = new ArrayList<>(byRule.values());
    reasons.sort(Comparator.comparingLong(Reason::value).reversed().thenComparing(Reason::latest,
        Comparator.reverseOrder()));
    return reasons.subList(0, Math.min(limit, reasons.size()));
  }
}
