package dev.leadpulse.core.engine.counting;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A session is a run of activity with no gap longer than {@code session_gap}: a gap of exactly
 * the gap stays inside the session, one millisecond more starts a new one. Any activity,
 * matched by a rule or not, keeps the session open.
 */
class SessionGapTest {
  private static final Model MODEL = Scoring.model("""
      name: sessions
      session_gap: 20m
      engagement:
        - id: demo-twice
          event: Demo Watched
          times: 2
          within: session
          points: 10
      """);

  @Test
  void aGapOfExactlyTheSessionGapStaysInside() {
    var board = fed(MODEL, track("m1", "u1", "Demo Watched", T0), track("m2", "u1", "Demo Watched", T0 + 20 * MINUTE));

    assertThat(lines(person(board, "u1", T0 + 20 * MINUTE), "demo-twice")).hasSize(1);
  }

  @Test
  void aGapOneMillisecondLongerSplitsTheSession() {
    var board = fed(MODEL, track("m1", "u1", "Demo Watched", T0),
        track("m2", "u1", "Demo Watched", T0 + 20 * MINUTE + 1));

    assertThat(lines(person(board, "u1", T0 + 21 * MINUTE), "demo-twice")).isEmpty();
  }

  @Test
  void otherActivityInBetweenKeepsTheSessionOpen() {
    var board = fed(MODEL, track("m1", "u1", "Demo Watched", T0), track("m2", "u1", "Unscored Click", T0 + 15 * MINUTE),
        track("m3", "u1", "Demo Watched", T0 + 30 * MINUTE));

    assertThat(lines(person(board, "u1", T0 + 30 * MINUTE), "demo-twice")).hasSize(1);
  }
}
