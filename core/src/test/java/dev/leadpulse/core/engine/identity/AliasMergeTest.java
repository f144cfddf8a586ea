package dev.leadpulse.core.engine.identity;

import static dev.leadpulse.core.testing.Events.alias;
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
 * An {@code alias} merges two users into one person (the surviving {@code userId}), re-scored
 * as if always one: {@code limit: once} then holds across both histories, in any arrival order.
 */
class AliasMergeTest {
  private static final Model MODEL = Scoring.model("""
      name: alias
      engagement:
        - id: trial
          event: Trial Started
          points: 50
          limit: once
        - id: webinar
          event: Webinar Attended
          points: 5
      """);

  @Test
  void theAliasedUsersEventsBecomeTheSurvivorsAndLimitsSpanBoth() {
    var board = fed(MODEL, track("m1", "old-id", "Trial Started", T0), track("m2", "old-id", "Webinar Attended", T0 + 1),
        track("m3", "new-id", "Trial Started", T0 + DAY), alias("m4", "new-id", "old-id", T0 + 2 * DAY));

    var score = person(board, "new-id", T0 + 2 * DAY);

    assertThat(lines(score, "trial")).extracting(Contribution::messageId).containsExactly("m1");
    assertThat(score.score()).isEqualTo(5500);
    assertThat(board.people()).containsExactly("new-id");
    assertThat(board.resolve("old-id")).contains("new-id");
  }

  @Test
  void theAliasArrivingFirstGivesTheSameResult() {
    var board = fed(MODEL, alias("m4", "new-id", "old-id", T0 + 2 * DAY), track("m3", "new-id", "Trial Started", T0 + DAY),
        track("m2", "old-id", "Webinar Attended", T0 + 1), track("m1", "old-id", "Trial Started", T0));

    var score = person(board, "new-id", T0 + 2 * DAY);

    assertThat(lines(score, "trial")).extracting(Contribution::messageId).containsExactly("m1");
    assertThat(score.score()).isEqualTo(5500);
    assertThat(board.people()).containsExactly("new-id");
  }
}
