package dev.leadpulse.core.engine.counting;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A counting rule may carry a {@code limit} too (the reader accepts it): the count decides
 * when the rule would award, the limit whether it may. Guards against the two kinds of
 * per-rule state getting mixed up.
 */
class CountingRuleWithLimitTest {
  private static final Model MODEL = Scoring.model("""
      name: count-limit
      engagement:
        - id: search-twice
          event: Searched
          times: 2
          within: 1d
          limit: 1 per 1d
          points: 10
      """);

  @Test
  void theLimitCapsTheAwardsOfACountingRule() {
    var board = fed(MODEL, track("m1", "u1", "Searched", T0), track("m2", "u1", "Searched", T0 + MINUTE),
        track("m3", "u1", "Searched", T0 + 2 * MINUTE), track("m4", "u1", "Searched", T0 + 3 * MINUTE));

    assertThat(lines(person(board, "u1", T0 + DAY), "search-twice")).extracting(Contribution::messageId)
        .containsExactly("m2");
  }

  @Test
  void theRuleAwardsAgainOnceTheLimitWindowHasPassed() {
    var board = fed(MODEL, track("m1", "u1", "Searched", T0), track("m2", "u1", "Searched", T0 + MINUTE),
        track("m3", "u1", "Searched", T0 + DAY), track("m4", "u1", "Searched", T0 + DAY + MINUTE));

    assertThat(lines(person(board, "u1", T0 + 2 * DAY), "search-twice")).extracting(Contribution::messageId)
        .containsExactly("m2", "m4");
  }
}
