package dev.leadpulse.core.engine.inactivity;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * {@code repeat: true} awards again after every further D of idleness, and a new activity
 * ends the stretch and restarts the clock.
 */
class InactivityRepeatTest {
  private static final Model MODEL = Scoring.model("""
      name: repeat-idle
      engagement:
        - id: idle-30d
          inactive: 30d
          repeat: true
          points: -10
      """);

  @Test
  void awardsEveryFurtherPeriodOfIdleness() {
    var board = fed(MODEL, track("m1", "u1", "Login", T0));

    assertThat(lines(person(board, "u1", T0 + 95 * DAY), "idle-30d")).extracting(Contribution::time)
        .containsExactly(T0 + 30 * DAY, T0 + 60 * DAY, T0 + 90 * DAY);
  }

  @Test
  void aNewActivityRestartsTheClock() {
    var board = fed(MODEL, track("m1", "u1", "Login", T0), track("m2", "u1", "Login", T0 + 45 * DAY));

    assertThat(lines(person(board, "u1", T0 + 80 * DAY), "idle-30d")).extracting(Contribution::time)
        .containsExactly(T0 + 30 * DAY, T0 + 75 * DAY);
  }

  @Test
  void anActivityExactlyAtARepeatedStampEndsTheStretchBeforeIt() {
    var board = fed(MODEL, track("m1", "u1", "Login", T0), track("m2", "u1", "Login", T0 + 60 * DAY));

    assertThat(lines(person(board, "u1", T0 + 60 * DAY), "idle-30d")).extracting(Contribution::time)
        .containsExactly(T0 + 30 * DAY);
  }
}
