package dev.leadpulse.core.model;

import java.time.Duration;

/**
 * Engagement awards fade with age: an award of p points made at t is worth
 * {@code p × 0.5^((asOf − t) / halfLife)} at {@code asOf}, rounded half-up to 0.01.
 */
public record Decay(Duration halfLife) {
  public Decay {
    Durations.requirePositiveMinutes(halfLife, "decay.half_life");
  }

  /** The factor {@code 0.5^(ageMillis / halfLife)}; 1 for an age of zero or less. */
  public double factor(long ageMillis) {
    return ageMillis <= 0 ? 1.0 : Math.pow(0.5, (double) ageMillis / halfLife.toMillis());
  }
}
