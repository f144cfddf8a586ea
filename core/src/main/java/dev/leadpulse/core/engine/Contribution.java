package dev.leadpulse.core.engine;

/**
 * One line of a score's explanation. The values of all lines add up to the score.
 *
 * @param kind      what the line is
 * @param ruleId    the rule; for a cap line, the category; for the floor, "floor"
 * @param label     in words
 * @param category  the rule's category (engagement and cap lines), else empty
 * @param messageId the event that earned it (engagement), else empty
 * @param time      when it was earned (epoch ms); for fit, cap and floor lines, {@code asOf}
 * @param points    as awarded, in hundredths (for cap and floor lines, equal to value)
 * @param value     what it is worth as of {@code asOf}, in hundredths (after decay)
 */
public record Contribution(Kind kind, String ruleId, String label, String category, String messageId,
    long time, long points, long value) {
  /** The kinds of explanation lines. */
  public enum Kind {
    /** A fit rule that holds. */
    FIT,
    /** An engagement award (including inactivity). */
    ENGAGEMENT,
    /** A category clipped to its cap (a negative value). */
    CAP,
    /** Engagement raised to the floor (a positive value). */
    FLOOR
  }
}
