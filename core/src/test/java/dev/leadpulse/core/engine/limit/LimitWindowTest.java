package dev.leadpulse.core.engine.limit;

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
 * {@code limit: N per D} counts awards in the half-open window (t − D, t]: an award exactly D
 * earlier has left the window, one a millisecond less than D earlier has not.
 */
class LimitWindowTest {
  private static final Model MODEL = Scoring.model("""
      name: limits
      engagement:
        - id: core-daily
          event: Core Feature Used
          points: 10
          limit: 1 per 1d
        - id: export
          event: Exported
          points: 1
          limit: 2 per 1d
      """);

  @Test
  void anEventExactlyOneWindowAfterTheAwardIsAwarded() {
    var board = fed(MODEL, track("m1", "u1", "Core Feature Used", T0), track("m2", "u1", "Core Feature Used", T0 + DAY));

    assertThat(lines(person(board, "u1", T0 + DAY), "core-daily")).extracting(Contribution::messageId)
        .containsExactly("m1", "m2");
  }

  @Test
  void anEventAMillisecondBeforeTheWindowEndsIsNotAwarded() {
    var board = fed(MODEL, track("m1", "u1", "Core Feature Used", T0),
        track("m2", "u1", "Core Feature Used", T0 + DAY - 1));

    assertThat(lines(person(board, "u1", T0 + DAY), "core-daily")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }

  @Test
  void aRefusedEventDoesNotCountTowardsTheLimit() {
    var board = fed(MODEL, track("m1", "u1", "Core Feature Used", T0),
        track("m2", "u1", "Core Feature Used", T0 + DAY / 2),
        track("m3", "u1", "Core Feature Used", T0 + DAY));

    assertThat(lines(person(board, "u1", T0 + DAY), "core-daily")).extracting(Contribution::messageId)
        .containsExactly("m1", "m3");
  }

  @Test
  void twoPerWindowAwardsTwoAndFreesASlotWhenTheOldestLeaves() {
    var board = fed(MODEL, track("m1", "u1", "Exported", T0), track("m2", "u1", "Exported", T0 + 1000),
        track("m3", "u1", "Exported", T0 + 2000), track("m4", "u1", "Exported", T0 + DAY - 1),
        track("m5", "u1", "Exported", T0 + DAY));

    assertThat(lines(person(board, "u1", T0 + DAY), "export")).extracting(Contribution::messageId)
        .containsExactly("m1", "m2", "m5");
  }
}
