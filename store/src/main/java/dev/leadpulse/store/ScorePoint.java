package dev.leadpulse.store;

import java.util.Objects;

/** A person's score at a moment: one point of their score over time. Amounts in hundredths. */
public record ScorePoint(String person, long time, long score, long fit, long engagement, String stage) {
  public ScorePoint {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(stage, "stage");
  }
}
