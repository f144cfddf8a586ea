package dev.leadpulse.core.engine.layout;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Scoring.points;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A person's awards are packed one long each (time and rule) while times and rule indexes
 * fit; an award that does not fit (a time beyond ±2^53 ms, a rule index beyond 1023)
 * moves them to two longs each, with nothing lost.
 */
class WideAwardsTest {
  @Test
  void anAwardWhoseTimeDoesNotFitKeepsEveryAwardExact() {
    var model = Scoring.model("""
        name: wide
        engagement:
          - id: click
            event: Clicked
            points: 5
          - id: open
            event: Opened
            points: 2
        """);
    long far = 1L << 60;
    var board = fed(model, track("m1", "u1", "Clicked", T0), track("m2", "u1", "Opened", T0 + 1),
        track("m3", "u1", "Opened", far), track("m4", "u1", "Clicked", far + 1));

    PersonScore s = person(board, "u1", far + 1);
    assertThat(s.score()).isEqualTo(points(14));
    assertThat(s.contributions()).extracting(Contribution::ruleId, Contribution::messageId, Contribution::time)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("click", "m1", T0),
            org.assertj.core.groups.Tuple.tuple("open", "m2", T0 + 1),
            org.assertj.core.groups.Tuple.tuple("open", "m3", far),
            org.assertj.core.groups.Tuple.tuple("click", "m4", far + 1));
  }

  @Test
  void aRuleIndexBeyondTheBitsKeptIsExactToo() {
    StringBuilder yaml = new StringBuilder("name: many\nengagement:\n");
    for (int i = 0; i < 1100; i++) {
      yaml.append("  - id: r").append(i).append("\n    event: E").append(i).append("\n    points: 1\n");
    }
    var model = Scoring.model(yaml.toString());
    var board = fed(model, track("m1", "u1", "E3", T0), track("m2", "u1", "E1099", T0 + 1),
        track("m3", "u1", "E1024", T0 + 2));

    assertThat(person(board, "u1", T0 + 2).contributions()).extracting(Contribution::ruleId)
        .containsExactly("r3", "r1099", "r1024");
  }
}
