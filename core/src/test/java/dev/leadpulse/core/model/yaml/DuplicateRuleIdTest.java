package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rule ids are unique across fit and engagement rules; a repeat is reported on the second
 * rule's line, naming the line of the first.
 */
class DuplicateRuleIdTest {
  @Test
  void aRepeatedEngagementIdIsReportedAtTheSecondRule() {
    var problems = ModelReader.problems("""
        name: dupes
        engagement:
          - id: pricing
            event: Page Viewed
            points: 5
          - id: pricing
            event: Pricing Viewed
            points: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("pricing");
      assertThat(p.message()).contains("used twice").contains("line 3");
    });
  }

  @Test
  void anIdUsedByAFitAndAnEngagementRuleIsAlsoARepeat() {
    var problems = ModelReader.problems("""
        name: dupes
        fit:
          - id: exec
            when: 'has(traits.title)'
            points: 5
        engagement:
          - id: exec
            event: Exec Event
            points: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("used twice").contains("line 3");
    });
  }
}
