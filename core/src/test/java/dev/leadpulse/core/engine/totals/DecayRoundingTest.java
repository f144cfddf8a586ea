package dev.leadpulse.core.engine.totals;

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
 * Decayed values are rounded half-up to 0.01 per award, when read: three awards of 0.05
 * after one half-life are 0.025 each, read as 0.03 each, 0.09 in all (not 0.075 → 0.08).
 */
class DecayRoundingTest {
  private static final Model MODEL = Scoring.model("""
      name: decay-rounding
      engagement:
        - id: tiny
          event: Ping
          points: 0.05
      decay:
        half_life: 1d
      """);

  @Test
  void eachAwardIsRoundedOnItsOwn() {
    var board = fed(MODEL, track("m1", "u1", "Ping", T0), track("m2", "u1", "Ping", T0),
        track("m3", "u1", "Ping", T0));

    var score = person(board, "u1", T0 + DAY);

    assertThat(lines(score, "tiny")).extracting(Contribution::points).containsOnly(5L);
    assertThat(lines(score, "tiny")).extracting(Contribution::value).containsExactly(3L, 3L, 3L);
    assertThat(score.engagement()).isEqualTo(9);
  }

  @Test
  void anAwardReadAtItsOwnTimeIsNotDecayed() {
    var score = person(fed(MODEL, track("m1", "u1", "Ping", T0)), "u1", T0);

    assertThat(lines(score, "tiny")).extracting(Contribution::value).containsExactly(5L);
  }

  @Test
  void twoHalfLivesQuarterTheValue() {
    Model big = Scoring.model("""
        name: decay-quarter
        engagement:
          - id: big
            event: Ping
            points: 10
        decay:
          half_life: 1d
        """);

    var score = person(fed(big, track("m1", "u1", "Ping", T0)), "u1", T0 + 2 * DAY);

    assertThat(score.engagement()).isEqualTo(250);
  }
}
