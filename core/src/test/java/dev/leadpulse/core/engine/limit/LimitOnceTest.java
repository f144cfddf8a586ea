package dev.leadpulse.core.engine.limit;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Scoring.points;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/** {@code limit: once} awards the first matching event in event-time order and never again. */
class LimitOnceTest {
  private static final Model MODEL = Scoring.model("""
      name: once
      engagement:
        - id: trial
          event: Trial Started
          points: 50
          weight: 1.5
          limit: once
      """);

  @Test
  void onlyTheFirstEventEverIsAwarded() {
    var board = fed(MODEL, track("m1", "u1", "Trial Started", T0), track("m2", "u1", "Trial Started", T0 + DAY),
        track("m3", "u1", "Trial Started", T0 + 400 * DAY));

    var score = person(board, "u1", T0 + 400 * DAY);
    assertThat(lines(score, "trial")).extracting(Contribution::messageId).containsExactly("m1");
    assertThat(score.score()).isEqualTo(points(75));
  }

  @Test
  void aLateEarlierEventTakesTheAward() {
    var board = fed(MODEL, track("m2", "u1", "Trial Started", T0 + DAY), track("m1", "u1", "Trial Started", T0));

    assertThat(lines(person(board, "u1", T0 + DAY), "trial")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }
}
