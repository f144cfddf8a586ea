package dev.leadpulse.core.engine.stages;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * Stages are sticky: a person keeps a stage when the score drops below its condition. With
 * {@code sticky: false} the stage falls, the fall is a stage change of its own, stamped when
 * the condition stopped holding (here: an inactivity award).
 */
class StickyStageTest {
  private static Model model(boolean sticky) {
    return Scoring.model("""
        name: sticky
        engagement:
          - id: trial
            event: Trial Started
            points: 25
          - id: idle
            inactive: 1d
            points: -10
        stages:
          - name: MQL
            when: 'score >= 20'
            sticky: %s
        """.formatted(sticky));
  }

  @Test
  void aStickyStageIsKeptWhenTheScoreDrops() {
    var score = person(fed(model(true), track("m1", "u1", "Trial Started", T0)), "u1", T0 + 2 * DAY);

    assertThat(score.score()).isEqualTo(1500);
    assertThat(score.stage()).isEqualTo("MQL");
    assertThat(score.stageHistory()).extracting(StageChange::to).containsExactly("MQL");
  }

  @Test
  void aNonStickyStageFallsWhenTheScoreDrops() {
    var score = person(fed(model(false), track("m1", "u1", "Trial Started", T0)), "u1", T0 + 2 * DAY);

    assertThat(score.stage()).isEmpty();
    assertThat(score.stageHistory()).extracting(StageChange::time, StageChange::from, StageChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(T0, "", "MQL"),
            org.assertj.core.groups.Tuple.tuple(T0 + DAY, "MQL", ""));
  }

  @Test
  void aNonStickyStageIsRegainedWhenTheScoreRises() {
    var board = fed(model(false), track("m1", "u1", "Trial Started", T0),
        track("m2", "u1", "Trial Started", T0 + 3 * DAY));

    var score = person(board, "u1", T0 + 3 * DAY);

    assertThat(score.stage()).isEqualTo("MQL");
    assertThat(score.stageHistory()).extracting(StageChange::to).containsExactly("MQL", "", "MQL");
  }
}
