package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Durations are a whole number and m, h or d; anything else ({@code 7days}, {@code 1.5d},
 * {@code 0d}) is reported on its line with the form to write.
 */
class BadDurationTest {
  @Test
  void sevenDaysSpelledOutIsNotADuration() {
    var problems = ModelReader.problems("""
        name: durations
        engagement:
          - id: repeat-view
            event: Property Viewed
            times: 4
            within: 7days
            points: 15
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("repeat-view");
      assertThat(p.message()).contains("7days").contains("not a duration");
    });
  }

  @Test
  void badDurationsElsewhereAreReportedToo() {
    var problems = ModelReader.problems("""
        name: durations
        session_gap: 0m
        engagement:
          - id: idle
            inactive: 1.5d
            points: -5
          - id: daily
            event: Login
            limit: 1 per day
            points: 1
        decay:
          half_life: 90
        """);

    assertThat(problems).extracting(Problem::line, Problem::ruleId).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, ""),
        org.assertj.core.groups.Tuple.tuple(5, "idle"),
        org.assertj.core.groups.Tuple.tuple(9, "daily"),
        org.assertj.core.groups.Tuple.tuple(12, ""));
  }
}
