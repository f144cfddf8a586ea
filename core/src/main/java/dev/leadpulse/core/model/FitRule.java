package dev.leadpulse.core.model;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.Condition;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Who they are: awards {@code points × weight} while {@code when} holds on the current
 * traits. Fit never decays and is not capped. With {@link Scope#ACCOUNT} the rule scores
 * the account, on {@code account.traits}.
 */
public record FitRule(String id, String label, Condition when, BigDecimal points, BigDecimal weight, Scope scope) {
  /** Whom a fit rule scores. */
  public enum Scope { PERSON, ACCOUNT }

  public FitRule {
    Objects.requireNonNull(id, "id");
    Checks.require(RuleInfo.ID.matcher(id).matches(), "rule id \"%s\" may hold only letters, digits, '_', '.' and '-'", id);
    label = label == null || label.isBlank() ? id : label;
    Objects.requireNonNull(when, "when");
    points = Objects.requireNonNull(points, "points").stripTrailingZeros();
    weight = weight == null ? BigDecimal.ONE : weight.stripTrailingZeros();
    Checks.require(weight.signum() >= 0, "rule %s: weight must not be negative", id);
    scope = scope == null ? Scope.PERSON : scope;
  }

  /** Points × weight in hundredths, rounded half-up. */
  public long award() {
    return Hundredths.award(points, weight);
  }
}
