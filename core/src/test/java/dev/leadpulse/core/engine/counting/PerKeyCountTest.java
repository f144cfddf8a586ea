package dev.leadpulse.core.engine.counting;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.HOUR;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * {@code per:} keeps a separate count for each value of its expression, and an event whose
 * {@code per} expression fails (a missing property) is not counted, and the failure is tallied.
 */
class PerKeyCountTest {
  private static final Model MODEL = Scoring.model("""
      name: per-property
      engagement:
        - id: repeat-view
          event: Property Viewed
          times: 2
          within: 7d
          per: properties.property_id
          points: 15
      """);

  @Test
  void eachKeyIsCountedSeparately() {
    var board = fed(MODEL, track("m1", "u1", "Property Viewed", T0, "property_id", "p1"),
        track("m2", "u1", "Property Viewed", T0 + HOUR, "property_id", "p2"),
        track("m3", "u1", "Property Viewed", T0 + 2 * HOUR, "property_id", "p1"));

    assertThat(lines(person(board, "u1", T0 + 2 * HOUR), "repeat-view")).extracting(Contribution::messageId)
        .containsExactly("m3");
  }

  @Test
  void twoDifferentKeysDoNotAward() {
    var board = fed(MODEL, track("m1", "u1", "Property Viewed", T0, "property_id", "p1"),
        track("m2", "u1", "Property Viewed", T0 + HOUR, "property_id", "p2"));

    assertThat(lines(person(board, "u1", T0 + HOUR), "repeat-view")).isEmpty();
  }

  @Test
  void numericKeysOfEqualValueShareACount() {
    var board = fed(MODEL, track("m1", "u1", "Property Viewed", T0, "property_id", 7.0),
        track("m2", "u1", "Property Viewed", T0 + HOUR, "property_id", 7));

    assertThat(lines(person(board, "u1", T0 + HOUR), "repeat-view")).hasSize(1);
  }

  @Test
  void anEventWithoutTheKeyIsNotCountedAndTheFailureIsTallied() {
    var failures = new CountingFailures();
    var board = fed(MODEL, failures, track("m1", "u1", "Property Viewed", T0, "property_id", "p1"),
        track("m2", "u1", "Property Viewed", T0 + HOUR),
        track("m3", "u1", "Property Viewed", T0 + 2 * HOUR, "other", "p1"));

    assertThat(lines(person(board, "u1", T0 + 2 * HOUR), "repeat-view")).isEmpty();
    assertThat(failures.tallies()).containsOnlyKeys("repeat-view");
    assertThat(failures.tallies().get("repeat-view").count()).isEqualTo(2);
  }
}
