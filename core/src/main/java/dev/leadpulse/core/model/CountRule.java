package dev.leadpulse.core.model;

import dev.leadpulse.core.condition.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Awards when the count of matching events since the rule last awarded, inside the window
 * ending at this event, reaches {@code times}; the count then starts again from zero. With
 * {@code per}, counts separately for each value of that expression; an event whose
 * {@code per} fails is not counted.
 */
public record CountRule(RuleInfo info, List<String> events, Optional<Condition> when,
    int times, Window within, Optional<Condition> per, Limit limit) implements EngagementRule {
  public CountRule {
    Objects.requireNonNull(info, "info");
    events = EventNames.check(info.id(), events);
    Objects.requireNonNull(when, "when");
    Checks.require(times >= 1 && times <= 10_000, "rule %s: times must be 1 to 10,000, got %s", info.id(), times);
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(limit, "limit");
  }
}
