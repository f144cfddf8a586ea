package dev.leadpulse.core.engine.counting;

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
 * A trailing counting window {@code within: D} is (t − D, t]: an event exactly D after the
 * first counted one no longer counts that first one; a millisecond earlier it does.
 */
class TrailingCountWindowTest {
  private static final Model MODEL = Scoring.model("""
      name: trailing
      engagement:
        - id: twice-a-week
          event: Report Viewed
          times: 2
          within: 7d
          points: 10
      """);

  @Test
  void anEventExactlyOneWindowAfterTheFirstDoesNotCountIt() {
    var board = fed(MODEL, track("m1", "u1", "Report Viewed", T0), track("m2", "u1", "Report Viewed", T0 + 7 * DAY));

    assertThat(lines(person(board, "u1", T0 + 7 * DAY), "twice-a-week")).isEmpty();
  }

  @Test
  void anEventAMillisecondInsideTheWindowCountsTheFirst() {
    var board = fed(MODEL, track("m1", "u1", "Report Viewed", T0),
        track("m2", "u1", "Report Viewed", T0 + 7 * DAY - 1));

    assertThat(lines(person(board, "u1", T0 + 7 * DAY), "twice-a-week")).extracting(Contribution::messageId)
        .containsExactly("m2");
  }

  @Test
  void theDroppedEventsSuccessorStillCounts() {
    var board = fed(MODEL, track("m1", "u1", "Report Viewed", T0), track("m2", "u1", "Report Viewed", T0 + 7 * DAY),
        track("m3", "u1", "Report Viewed", T0 + 8 * DAY));

    assertThat(lines(person(board, "u1", T0 + 8 * DAY), "twice-a-week")).extracting(Contribution::messageId)
        .containsExactly("m3");
  }
}
