package dev.leadpulse.core.plays;

import java.time.Duration;
import java.util.Objects;

/**
 * What makes a play fire. Scores and thresholds are in hundredths. Threshold triggers fire
 * once per crossing: after firing they are disarmed, and re-arm only when the score falls
 * back under the threshold minus the hysteresis (so a score wobbling around the threshold
 * alerts once).
 */
public sealed interface Trigger {
  /** In the words of the plays file, e.g. {@code score_above 80}. */
  String describe();

  /** The person entered {@code stage} (a recorded stage change to it). */
  record StageEntered(String stage) implements Trigger {
    public StageEntered {
      Checks.require(!Objects.requireNonNull(stage, "stage").isBlank(), "stage_entered needs a stage name");
    }

    @Override
    public String describe() {
      return "stage_entered " + stage;
    }
  }

  /** The person's score reached {@code threshold}; re-arms under {@code threshold - hysteresis}. */
  record ScoreAbove(long threshold, long hysteresis) implements Trigger {
    public ScoreAbove {
      Checks.require(hysteresis >= 0, "hysteresis must not be negative");
    }

    @Override
    public String describe() {
      return "score_above " + dev.leadpulse.core.Hundredths.format(threshold);
    }
  }

  /**
   * The score fell by at least {@code drop} from its highest point within {@code within}
   * (churn risk); re-arms once the drop is under {@code drop} again.
   */
  record ScoreDropped(long drop, Duration within) implements Trigger {
    public ScoreDropped {
      Checks.require(drop > 0, "score_dropped needs a positive drop");
      Checks.require(within.toMinutes() > 0, "score_dropped needs a positive window");
    }

    @Override
    public String describe() {
      return "score_dropped " + dev.leadpulse.core.Hundredths.format(drop) + " within "
          + dev.leadpulse.core.model.Durations.format(within);
    }
  }

  /** The person sent an event named {@code name} (e.g. Demo Requested). */
  record EventNamed(String name) implements Trigger {
    public EventNamed {
      Checks.require(!Objects.requireNonNull(name, "name").isBlank(), "event needs an event name");
    }

    @Override
    public String describe() {
      return "event " + name;
    }
  }

  /** No event from the person for {@code idle}; fires once per quiet spell. */
  record Inactive(Duration idle) implements Trigger {
    public Inactive {
      Checks.require(idle.toMinutes() > 0, "inactive needs a positive duration");
    }

    @Override
    public String describe() {
      return "inactive " + dev.leadpulse.core.model.Durations.format(idle);
    }
  }

  /** The person's account's score reached {@code threshold}; armed per account. */
  record AccountScoreAbove(long threshold, long hysteresis) implements Trigger {
    public AccountScoreAbove {
      Checks.require(hysteresis >= 0, "hysteresis must not be negative");
    }

    @Override
    public String describe() {
      return "account_score_above " + dev.leadpulse.core.Hundredths.format(threshold);
    }
  }
}
