package dev.leadpulse.core.engine.totals;

import static dev.leadpulse.core.testing.Events.page;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Scoring.points;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A category over its cap shows a cap line that clips it; once decay brings the category
 * under the cap, the cap line disappears. The lines still add up to the score.
 */
class CapDecaysUnderTest {
  private static final Model MODEL = Scoring.model("""
      name: cap-decay
      engagement:
        - id: pricing
          category: awareness
          event: Page Viewed
          points: 10
        - id: trial
          category: conversion
          event: Trial Started
          points: 40
      caps:
        awareness: 25
      decay:
        half_life: 10d
      """);

  private static final dev.leadpulse.core.engine.Scoreboard BOARD = fed(MODEL,
      page("m1", "u1", "/pricing", T0), page("m2", "u1", "/pricing", T0 + MINUTE),
      page("m3", "u1", "/pricing", T0 + 2 * MINUTE));

  @Test
  void aCategoryOverItsCapGetsACapLine() {
    var score = person(BOARD, "u1", T0 + 2 * MINUTE);

    assertThat(score.contributions()).filteredOn(c -> c.kind() == Contribution.Kind.CAP)
        .singleElement()
        .satisfies(c -> {
          assertThat(c.ruleId()).isEqualTo("awareness");
          assertThat(c.value()).isEqualTo(-points(30) + points(25));
        });
    assertThat(score.categories()).containsEntry("awareness", points(25));
    assertThat(score.score()).isEqualTo(points(25));
  }

  @Test
  void theCapLineDisappearsOnceDecayBringsTheCategoryUnder() {
    var score = person(BOARD, "u1", T0 + 10 * DAY + 2 * MINUTE);

    assertThat(score.contributions()).noneMatch(c -> c.kind() == Contribution.Kind.CAP);
    assertThat(score.score()).isLessThan(points(25));
    assertThat(score.contributions().stream().mapToLong(Contribution::value).sum()).isEqualTo(score.score());
  }
}
