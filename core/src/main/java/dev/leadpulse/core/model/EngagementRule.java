package dev.leadpulse.core.model;

import java.util.List;

/**
 * A rule on what people do. Sealed: a {@code switch} over the kinds is exhaustive, so a new
 * kind is a compile error wherever it must be handled.
 */
public sealed interface EngagementRule
    permits EventRule, CountRule, AccountRule, InactivityRule {

  /** The id, label, category, points and weight. */
  RuleInfo info();

  /** The rule id. */
  default String id() {
    return info().id();
  }

  /** The event names the rule listens to; empty for inactivity rules. */
  List<String> events();
}
