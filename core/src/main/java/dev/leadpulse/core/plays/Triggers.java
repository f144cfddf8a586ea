package dev.leadpulse.core.plays;

import java.util.List;
import java.util.OptionalLong;

/**
 * Whether a play's trigger happened in a {@link Situation}, and the armings that go with
 * threshold triggers. Answers the score's peak within the window for {@code score_dropped}
 * (the current score for the other triggers), or empty when the trigger did not happen.
 */
final class Triggers {
  private Triggers() {}

  static OptionalLong happened(Play p, Situation s, PlayState state, List<Decision.Arming> armings) {
    long score = s.person().score();
    boolean fired = switch (p.trigger()) {
      case Trigger.StageEntered e -> s.newStages().stream().anyMatch(c -> c.to().equals(e.stage()));
      case Trigger.EventNamed e -> s.eventNames().contains(e.name());
      case Trigger.ScoreAbove a -> threshold(s.id(), p, score >= a.threshold(), score < a.threshold() - a.hysteresis(),
          state, armings);
      case Trigger.AccountScoreAbove a -> s.account().score().map(acct -> threshold("account:" + acct.id(), p,
          acct.score() >= a.threshold(), acct.score() < a.threshold() - a.hysteresis(), state, armings)).orElse(false);
      case Trigger.ScoreDropped d -> {
        long drop = peak(s, d) - score;
        yield threshold(s.id(), p, drop >= d.drop(), drop < d.drop(), state, armings);
      }
      case Trigger.Inactive i -> threshold(s.id(), p, s.now() - s.lastEventTime() >= i.idle().toMillis(),
          !s.eventNames().isEmpty(), state, armings);
    };
    if (!fired) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(p.trigger() instanceof Trigger.ScoreDropped d ? peak(s, d) : score);
  }

  /**
   * A trigger that fires once until re-armed: fires (and disarms) when armed and
   * {@code reached}; re-arms when disarmed and {@code rearm}.
   */
  private static boolean threshold(String subject, Play p, boolean reached, boolean rearm, PlayState state,
      List<Decision.Arming> armings) {
    boolean armed = state.armed(subject, p.id());
    if (armed && reached) {
      armings.add(new Decision.Arming(subject, p.id(), false));
      return true;
    }
    if (!armed && rearm) {
      armings.add(new Decision.Arming(subject, p.id(), true));
    }
    return false;
  }

  /** The highest score within the trigger's window up to now, the current score included. */
  static long peak(Situation s, Trigger.ScoreDropped d) {
    long from = s.person().asOf() - d.within().toMillis();
    long peak = s.person().score();
    for (Situation.ScoreAt p : s.recentScores()) {
      if (p.time() >= from) {
        peak = Math.max(peak, p.score());
      }
    }
    return peak;
  }
}
