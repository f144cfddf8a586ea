package dev.leadpulse.core.model;

import dev.leadpulse.core.condition.Condition;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the account ({@code scope: account}): awards the account when
 * {@code distinctPeople} different people of the account have a matching event inside the
 * trailing window {@code within}, then starts counting again. A person's event counts for
 * the account the person belongs to at the event's time.
 */
public record AccountRule(RuleInfo info, List<String> events, Optional<Condition> when,
    int distinctPeople, Duration within) implements EngagementRule {
  public AccountRule {
    Objects.requireNonNull(info, "info");
    events = EventNames.check(info.id(), events);
    Objects.requireNonNull(when, "when");
    Checks.require(distinctPeople >= 1 && distinctPeople <= 10_000,
        "rule %s: distinct_people must be 1 to 10,000, got %s", info.id(), distinctPeople);
    Durations.requirePositiveMinutes(within, "rule " + info.id() + ": within");
  }
}
