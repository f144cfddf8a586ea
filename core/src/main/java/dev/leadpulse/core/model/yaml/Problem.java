package dev.leadpulse.core.model.yaml;

import java.util.Objects;

/**
 * One thing wrong with a model file: the line (1-based), the rule it concerns (a rule id,
 * or {@code "stage NAME"} for a stage; empty when none), and what is wrong in words that say
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
    String subject = ruleId.isEmpty() ? "" : ruleId.startsWith("stage ") ? ruleId + ": " : "rule " + ruleId + ": ";
    return where + ": " + subject + message;
  }
}
