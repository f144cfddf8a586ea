package dev.leadpulse.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Awards (normally negative) points when {@code idle} has passed since the person's last
 * activity without another one, stamped at {@code last + idle}; with {@code repeat}, again
 * after every further {@code idle}. An activity at exactly a stamp comes first and ends the
 * idle stretch.
 */
public record InactivityRule(RuleInfo info, Duration idle, boolean repeat) implements EngagementRule {
  public InactivityRule {
    Objects.requireNonNull(info, "info");
    Durations.requirePositiveMinutes(idle, "rule " + info.id() + ": inactive");
  }

  @Override
  public List<String> events() {
    return List.of();
  }
}
