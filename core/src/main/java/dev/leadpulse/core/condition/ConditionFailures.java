package dev.leadpulse.core.condition;

/**
 * Where a condition's run-time failures go (a missing field, a wrong type): the engine
 * counts them per rule for metrics and warnings. Implementations must be cheap and must
 * not throw.
 */
@FunctionalInterface
public interface ConditionFailures {
  /** {@code ruleId}'s condition failed with {@code message}; the condition counted as false. */
  void failed(String ruleId, String message);

  /** Drops failures. */
  ConditionFailures IGNORE = (ruleId, message) -> { };
}
