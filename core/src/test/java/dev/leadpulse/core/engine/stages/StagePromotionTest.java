package dev.leadpulse.core.engine.stages;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A rule with {@code stage:} promotes the person to at least that stage at once, whatever
 * the score, and the promotion is kept even when the score falls; a stage only reachable by
 * promotion (no {@code when}) works the same.
 */
class StagePromotionTest {
  private static final Model MODEL = Scoring.model("""
      name: promotion
      engagement:
        - id: pricing
          event: Page Viewed
          points: 5
        - id: demo
          event: Demo Requested
          points: 10
          stage: SQL
        - id: contract
          event: Contract Sent
          points: 0
          stage: Customer
        - id: idle
          inactive: 1d
          points: -50
      stages:
        - name: MQL
          when: 'score >= 30'
        - name: SQL
          when: 'score >= 100'
          sticky: false
        - name: Customer
      """);

  @Test
  void theRulePromotesAtOnceWhateverTheScore() {
    var score = person(fed(MODEL, track("m1", "u1", "Demo Requested", T0 + MINUTE)), "u1", T0 + MINUTE);

    assertThat(score.score()).isEqualTo(1000);
    assertThat(score.stage()).isEqualTo("SQL");
    assertThat(score.stageHistory()).singleElement().satisfies(c -> {
      assertThat(c.time()).isEqualTo(T0 + MINUTE);
      assertThat(c.from()).isEmpty();
      assertThat(c.to()).isEqualTo("SQL");
      assertThat(c.why()).contains("demo");
    });
  }

  @Test
  void aPromotionIsKeptWhenTheScoreFallsEvenOnANonStickyStage() {
    var score = person(fed(MODEL, track("m1", "u1", "Demo Requested", T0)), "u1", T0 + 5 * DAY);

    assertThat(score.score()).isNegative();
    assertThat(score.stage()).isEqualTo("SQL");
    assertThat(score.stageHistory()).extracting(StageChange::to).containsExactly("SQL");
  }

  @Test
  void aStageWithoutConditionIsReachedByPromotion() {
    var board = fed(MODEL, track("m1", "u1", "Page Viewed", T0), track("m2", "u1", "Contract Sent", T0 + MINUTE));

    var score = person(board, "u1", T0 + MINUTE);

    assertThat(score.stage()).isEqualTo("Customer");
  }

  @Test
  void aPromotionBelowTheCurrentStageChangesNothing() {
    var board = fed(MODEL, track("m1", "u1", "Contract Sent", T0), track("m2", "u1", "Demo Requested", T0 + MINUTE));

    var score = person(board, "u1", T0 + MINUTE);

    assertThat(score.stage()).isEqualTo("Customer");
    assertThat(score.stageHistory()).extracting(StageChange::to).containsExactly("Customer");
  }
}
