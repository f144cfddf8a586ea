package dev.leadpulse.core.engine.totals;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * Points × weight is rounded half-up to 0.01 when awarded, exactly (no binary floating
 * point): 3 × 0.335 = 1.005 → 1.01; −3 × 0.335 → −1.01 (half away from zero).
 */
class AwardRoundingTest {
  private static final Model MODEL = Scoring.model("""
      name: award-rounding
      engagement:
        - id: plus
          event: Plus
          points: 3
          weight: 0.335
        - id: minus
          event: Minus
          points: -3
          weight: 0.335
      """);

  @Test
  void aPositiveHalfRoundsUp() {
    assertThat(person(fed(MODEL, track("m1", "u1", "Plus", T0)), "u1", T0).score()).isEqualTo(101);
  }

  @Test
  void aNegativeHalfRoundsAwayFromZero() {
    assertThat(person(fed(MODEL, track("m1", "u1", "Minus", T0)), "u1", T0).score()).isEqualTo(-101);
  }
}
