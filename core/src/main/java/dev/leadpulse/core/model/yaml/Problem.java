package dev.leadpulse.core.model.yaml;

import java.util.Objects;

/**
 * One thing wrong with a model or plays file: the line (1-based), the rule it concerns (a rule id,
 * or {@code "stage NAME"}, {@code "play ID"}, {@code "owner ID"}; empty when none), and what is wrong in words that say
 * how to fix it.
 */
public record Problem(int line, String ruleId, String message) implements Comparable<Problem> {
  public Problem {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem o) {
    return line != o.line ? Integer.compare(line, o.line) : message.compareTo(o.message);
  }

  /** {@code line 12: rule pricing: …}, as printed by {@code validate}. */
  public String format(String fileName) {
    String where = fileName.isEmpty() ? "line " + line : fileName + ":" + line;
    // rule ids hold no spaces; a subject with one ("stage PQL", "play hot-trial") is printed as it is
    String subject = ruleId.isEmpty() ? "" : ruleId.contains(" ") ? ruleId + ": " : "rule " + ruleId + ": ";
    return where + ": " + subject + message;
  }
}
