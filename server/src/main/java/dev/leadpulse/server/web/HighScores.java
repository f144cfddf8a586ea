package dev.leadpulse.server.web;

/**
 * The acceptance of high scores: of the people scoring at least {@code threshold} (hundredths),
 * how many sales accepted or converted ({@link dev.leadpulse.store.Reports#acceptance}), against
 * the guides' bar of 75%.
 *
 * @param chosen whether the threshold was asked for, rather than the top-10% default
 */
public record HighScores(long threshold, boolean chosen, long over, long accepted) {
  /** The guides' bar: 75% of high-scoring leads accepted by sales. */
  static final double TARGET = 0.75;

  public String rate() {
    return Format.percent(accepted, over);
  }

  public String thresholdPoints() {
    return Format.points(threshold);
  }

  public boolean meetsTarget() {
    return over > 0 && accepted >= TARGET * over;
  }
}
