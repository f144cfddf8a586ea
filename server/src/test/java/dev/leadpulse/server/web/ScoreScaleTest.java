package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The analytics page's score bands: the narrowest round width giving at most six, aligned to it. */
class ScoreScaleTest {

  @Test
  void picksTheNarrowestRoundBandThatCoversTheRangeInSix() {
    assertThat(ScoreScale.of(1500, 6500)).isEqualTo(new ScoreScale(1000, 1000, 200, 6));
    assertThat(ScoreScale.of(0, 17_875)).isEqualTo(new ScoreScale(0, 5000, 1000, 4));
    assertThat(ScoreScale.of(0, 0)).isEqualTo(new ScoreScale(0, 500, 100, 1));
  }

  @Test
  void negativeScoresRoundDownToABandStart() {
    assertThat(ScoreScale.of(-500, 4000)).isEqualTo(new ScoreScale(-1000, 1000, 200, 6));
    assertThat(ScoreScale.of(-1, -1)).isEqualTo(new ScoreScale(-500, 500, 100, 1));
  }

  @Test
  void theHighestScoreIsInTheLastBand() {
    ScoreScale s = ScoreScale.of(0, 3000);
    assertThat(s).isEqualTo(new ScoreScale(0, 1000, 200, 4));
    assertThat(s.bandOf(3000)).isEqualTo(3);
  }

  @Test
  void aRangeMustNotBeUpsideDown() {
    assertThatThrownBy(() -> ScoreScale.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
