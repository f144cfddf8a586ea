package dev.leadpulse.core.model;

import dev.leadpulse.core.Hundredths;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every engagement rule has: its id, the words people read, its category, and its
 * points × weight. {@link #award()} is the award in hundredths, rounded half-up.
 *
 * @param id        unique in the model: {@code [A-Za-z0-9_.-]+}
 * @param label     the rule as people read it; defaults to the id
 * @param rationale why the rule scores, for the scoring table; may be empty
 * @param category  the category for caps and reports; empty for uncategorised rules, which
 *                  form one category of their own
 * @param points    the points before weighting (negative for penalties)
 * @param weight    the weighting factor, default 1
 * @param stage     the stage the rule promotes to when it awards, if any
 */
public record RuleInfo(String id, String label, String rationale, String category,
    BigDecimal points, BigDecimal weight, Optional<String> stage) {

  /** Rule ids: letters, digits, {@code _ . -}. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Checks.require(ID.matcher(id).matches(), "rule id \"%s\" may hold only letters, digits, '_', '.' and '-'", id);
    label = label == null || label.isBlank() ? id : label;
    rationale = rationale == null ? "" : rationale;
    category = category == null ? "" : category;
    Objects.requireNonNull(points, "points");
    weight = weight == null ? BigDecimal.ONE : weight;
    points = points.stripTrailingZeros();
    weight = weight.stripTrailingZeros();
    Checks.require(weight.signum() >= 0, "rule %s: weight must not be negative, got %s", id, weight.toPlainString());
    Checks.require(Math.abs(Hundredths.award(points, weight)) <= 100_000_000_00L,
        "rule %s: points × weight must be within ±100,000,000", id);
    stage = stage == null ? Optional.empty() : stage;
  }

  /** A rule with only an id and points, weight 1; for tests and generators. */
  public static RuleInfo of(String id, int points) {
    return new RuleInfo(id, id, "", "", BigDecimal.valueOf(points), BigDecimal.ONE, Optional.empty());
  }

  /** Points × weight in hundredths, rounded half-up. */
  public long award() {
    return Hundredths.award(points, weight);
  }

  /** A copy in {@code category}. */
  public RuleInfo withCategory(String newCategory) {
    return new RuleInfo(id, label, rationale, newCategory, points, weight, stage);
  }

  /** A copy that promotes to {@code stageName}. */
  public RuleInfo withStage(String stageName) {
    return new RuleInfo(id, label, rationale, category, points, weight, Optional.of(stageName));
  }
}
