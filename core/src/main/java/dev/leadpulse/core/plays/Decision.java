package dev.leadpulse.core.plays;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the plays decided for one person at one time: the outcomes (fired or suppressed,
 * highest priority first) and the state changes that go with them. Applied to the state with
 * {@link PlayState#apply}, and written by the server in the same transaction as the score.
 *
 * @param armings     threshold triggers armed or disarmed by this change
 * @param assignment  the owner newly assigned to the person, if any
 * @param cursors     team → the next round-robin position, for teams that advanced
 */
public record Decision(String person, long time, List<Outcome> outcomes, List<Arming> armings,
    Optional<Owner> assignment, Map<String, Integer> cursors) {
  public Decision {
    Objects.requireNonNull(person, "person");
    outcomes = List.copyOf(outcomes);
    armings = List.copyOf(armings);
    Objects.requireNonNull(assignment, "assignment");
    cursors = Map.copyOf(cursors);
  }

  public boolean isEmpty() {
    return outcomes.isEmpty() && armings.isEmpty();
  }

  /** A play's outcome for the person. */
  public sealed interface Outcome {
    Play play();

    /** The trigger in plain words with the reasons: "entered PQL — used a premium feature ×4". */
    String summary();
  }

  /**
   * The play runs {@code actions}. When the owner reached their hourly alert limit the
   * alerts are held ({@code alertsHeld}) and only the task is made ({@code note} says why).
   *
   * @param owner the person's owner after any assignment; empty when none
   */
  public record Fired(Play play, String summary, Optional<Owner> owner, List<Action> actions, boolean alertsHeld,
      String note) implements Outcome {
    public Fired {
      actions = List.copyOf(actions);
    }

    /** Whether an alert goes out (and so counts against the owner's limit). */
    public boolean alerted() {
      return actions.stream().anyMatch(Action::isAlert);
    }
  }

  /** The play triggered but did not run; {@code reason} in words ("cooldown until …"). */
  public record Suppressed(Play play, String summary, String reason) implements Outcome {}

  /** A trigger's arming for a subject (a person id, or {@code account:ID}). */
  public record Arming(String subject, String play, boolean armed) {}
}
