package dev.leadpulse.core.plays;

import dev.leadpulse.core.condition.Condition;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One play: when {@code trigger} happens to a person and {@code when} holds, run
 * {@code actions}, at most once per person per {@code cooldown}. While a play is in its
 * cooldown for a person, plays of lower {@code priority} are suppressed for that person.
 *
 * @param when     a CEL condition over the person (traits, score, fit, engagement, stage,
 *                 category, email_domain) and account ({@code account.id}, {@code account.traits},
 *                 {@code account.score})
 * @param cooldown zero for none
 */
public record Play(String id, Trigger trigger, Optional<Condition> when, List<Action> actions, Duration cooldown,
    int priority) {
  public Play {
    Objects.requireNonNull(id, "id");
    Checks.require(Owner.ID.matcher(id).matches(), "play id \"%s\" may hold only letters, digits, '_', '.' and '-'", id);
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(when, "when");
    actions = List.copyOf(actions);
    Checks.require(!actions.isEmpty(), "play %s needs at least one action", id);
    Checks.require(!cooldown.isNegative(), "cooldown must not be negative");
    Checks.require(actions.stream().filter(Action.Assign.class::isInstance).count() <= 1,
        "play %s may assign only once", id);
  }

  /**
   * Whether deciding this play reads the person's account's score, which is dear (it reads
   * every member's engagement): an {@code account_score_above} trigger, or a {@code when} that
   * may read {@code account.score} ({@link Condition#mayRead}, which errs towards yes). Plays
   * that do not are decided without reading it.
   */
  public boolean readsAccountScore() {
    return trigger instanceof Trigger.AccountScoreAbove || when.map(c -> c.mayRead("account", "score")).orElse(false);
  }

  public boolean alerts() {
    return actions.stream().anyMatch(Action::isAlert);
  }

  public Optional<Action.Assign> assign() {
    return actions.stream().filter(Action.Assign.class::isInstance).map(Action.Assign.class::cast).findFirst();
  }
}
