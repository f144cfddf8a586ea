package dev.leadpulse.core.engine.totals;

import static dev.leadpulse.core.testing.Events.identify;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Scoring.points;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * {@code floor} raises the engagement part (never the fit part) to the floor, and the raise
 * shows as a floor line, so that the lines still add up to the score.
 */
class FloorTest {
  private static final Model MODEL = Scoring.model("""
      name: floored
      fit:
        - id: competitor
          when: 'email_domain == "rival.example"'
          points: -100
      engagement:
        - id: webinar
          event: Webinar Attended
          points: 5
        - id: unsubscribed
          event: Unsubscribed
          points: -20
      floor: 0
      """);

  @Test
  void engagementBelowTheFloorIsRaisedWithAFloorLine() {
    var board = fed(MODEL, track("m1", "u1", "Webinar Attended", T0), track("m2", "u1", "Unsubscribed", T0 + MINUTE));

    var score = person(board, "u1", T0 + MINUTE);

    assertThat(score.engagement()).isZero();
    assertThat(score.contributions()).filteredOn(c -> c.kind() == Contribution.Kind.FLOOR).singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo(points(15)));
    assertThat(score.contributions().stream().mapToLong(Contribution::value).sum()).isEqualTo(score.score());
  }

  @Test
  void theFloorDoesNotRaiseNegativeFit() {
    var board = fed(MODEL, identify("m0", "u1", T0, "email", "pat@rival.example"),
        track("m1", "u1", "Unsubscribed", T0 + MINUTE));

    var score = person(board, "u1", T0 + MINUTE);

    assertThat(score.fit()).isEqualTo(-points(100));
    assertThat(score.engagement()).isZero();
    assertThat(score.score()).isEqualTo(-points(100));
  }

  @Test
  void engagementAboveTheFloorHasNoFloorLine() {
    var score = person(fed(MODEL, track("m1", "u1", "Webinar Attended", T0)), "u1", T0);

    assertThat(score.contributions()).noneMatch(c -> c.kind() == Contribution.Kind.FLOOR);
  }
}
