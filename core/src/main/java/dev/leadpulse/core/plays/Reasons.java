package dev.leadpulse.core.plays;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.engine.Contribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of a fired play in plain words: what triggered it ("entered PQL") and the
 * engagement that made the lead hot, the rules worth most first, repeated awards counted
 * ("used a premium feature ×4, requested a demo").
 */
public final class Reasons {
  private static final int TOP = 3;

  /** A rule's engagement: its label, how many awards, their worth now (hundredths). */
  public record Top(String label, int times, long value) {
    /** "used a premium feature ×4". */
    public String words() {
      return times > 1 ? label + " ×" + times : label;
    }
  }

  private Reasons() {}

  /** The engagement rules worth most to the person now, at most three, positive ones only. */
  public static List<Top> top(List<Contribution> contributions) {
    Map<String, Top> byRule = new LinkedHashMap<>();
    for (Contribution c : contributions) {
      if (c.kind() == Contribution.Kind.ENGAGEMENT && c.value() > 0) {
        byRule.merge(c.ruleId(), new Top(c.label(), 1, c.value()),
            (a, b) -> new Top(a.label(), a.times() + 1, a.value() + b.value()));
      }
    }
    List<Top> out = new ArrayList<>(byRule.values());
    out.sort((a, b) -> Long.compare(b.value(), a.value()));
    return out.subList(0, Math.min(TOP, out.size()));
  }

  /** The trigger in words, as it happened to this person. */
  static String trigger(Trigger t, Situation s, long peak) {
    return switch (t) {
      case Trigger.StageEntered e -> "entered " + e.stage();
      case Trigger.ScoreAbove a -> "score reached " + Hundredths.format(s.person().score()) + " (threshold "
          + Hundredths.format(a.threshold()) + ")";
      case Trigger.ScoreDropped d -> "score dropped " + Hundredths.format(peak - s.person().score()) + " in "
          + dev.leadpulse.core.model.Durations.format(d.within()) + " (from " + Hundredths.format(peak) + " to "
          + Hundredths.format(s.person().score()) + ")";
      case Trigger.EventNamed e -> "did " + e.name();
      case Trigger.Inactive i -> "no activity for " + days(Duration.ofMillis(s.now() - s.lastEventTime()), i.idle());
      case Trigger.AccountScoreAbove a -> "account " + s.person().account() + " reached "
          + Hundredths.format(s.account().score().map(x -> x.score()).orElse(0L));
    };
  }

  /** The trigger and the reasons: "entered PQL — used a premium feature ×4, requested a demo". */
  static String summary(Trigger t, Situation s, long peak) {
    String trigger = trigger(t, s, peak);
    List<Top> top = top(s.person().contributions());
    if (top.isEmpty() || t instanceof Trigger.Inactive || t instanceof Trigger.ScoreDropped) {
      return trigger;
    }
    return trigger + " — " + String.join(", ", top.stream().map(Top::words).toList());
  }

  private static String days(Duration quiet, Duration idle) {
    return dev.leadpulse.core.model.Durations.format(quiet.toMinutes() >= 1 ? Duration.ofMinutes(quiet.toMinutes()) : idle);
  }
}
