package dev.leadpulse.core.model;

import dev.leadpulse.core.condition.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Each matching event awards {@code points × weight}, subject to {@code limit}. */
public record EventRule(RuleInfo info, List<String> events, Optional<Condition> when, Limit limit)
    implements EngagementRule {
  public EventRule {
    Objects.requireNonNull(info, "info");
    events = EventNames.check(info.id(), events);
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(limit, "limit");
  }
}
