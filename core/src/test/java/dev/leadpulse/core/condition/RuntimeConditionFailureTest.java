package dev.leadpulse.core.condition;

import static dev.leadpulse.core.testing.Events.identify;
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
 * A condition that fails at run time (a missing property or trait, a value of the wrong
 * type) is false for that event and the failure is counted per rule by
 * {@link CountingFailures}; it never throws. Numbers compare across int and double.
 */
class RuntimeConditionFailureTest {
  private static final Model MODEL = Scoring.model("""
      name: failures
      fit:
        - id: exec
          when: 'traits.title.matches("(?i)ceo")'
          points: 10
        - id: big
          when: 'traits.company_size >= 100'
          points: 8
      engagement:
        - id: upmarket
          event: Property Viewed
          when: 'properties.price > 100'
          points: 10
      stages:
        - name: MQL
          when: 'category["nope"] > 1.0'
      """);

  @Test
  void aMissingPropertyIsFalseAndCounted() {
    var failures = new CountingFailures();
    var board = fed(MODEL, failures, track("m1", "u1", "Property Viewed", T0));

    assertThat(lines(person(board, "u1", T0), "upmarket")).isEmpty();
    assertThat(failures.tallies()).containsKey("upmarket");
    assertThat(failures.tallies().get("upmarket").count()).isEqualTo(1);
    assertThat(failures.tallies().get("upmarket").firstMessage()).isNotBlank();
  }

  @Test
  void aValueOfTheWrongTypeIsFalseAndCounted() {
    var failures = new CountingFailures();
    var board = fed(MODEL, failures, track("m1", "u1", "Property Viewed", T0, "price", "cheap"),
        track("m2", "u1", "Property Viewed", T0 + MINUTE, "price", 300));

    assertThat(lines(person(board, "u1", T0 + MINUTE), "upmarket")).extracting(c -> c.messageId())
        .containsExactly("m2");
    assertThat(failures.tallies().get("upmarket").count()).isEqualTo(1);
  }

  @Test
  void fitAndStageConditionsThatFailAreFalseAndCounted() {
    var failures = new CountingFailures();
    var board = fed(MODEL, failures, identify("i1", "u1", T0, "company_size", "large"),
        track("m1", "u1", "Property Viewed", T0 + MINUTE, "price", 300));

    var score = person(board, "u1", T0 + MINUTE);

    assertThat(score.fit()).isZero();
    assertThat(score.stage()).isEmpty();
    assertThat(failures.tallies()).containsKeys("exec", "big", "stage MQL");
  }

  @Test
  void numbersCompareAcrossIntAndDouble() {
    var failures = new CountingFailures();
    var board = fed(MODEL, failures, identify("i1", "u1", T0, "company_size", 300.0, "title", "CEO"));

    assertThat(person(board, "u1", T0).fit()).isEqualTo(1800);
    assertThat(failures.tallies()).doesNotContainKeys("exec", "big");
  }
}
