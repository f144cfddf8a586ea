package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * The reader finds every problem of a file in one pass, in line order, each with its line
 * and rule id, so a user fixes them all in one go; the exception's message lists them all.
 */
class EveryProblemAtOnceTest {
  private static final String YAML = """
      name: many-problems
      engagement:
        - id: pricing
          category: awareness
          event: Page Viewed
          points: 5
          weigth: 2
        - id: webinar
          event: Webinar Attended
          points: "ten"
        - id: repeat-view
          event: Property Viewed
          times: 4
          within: 7days
          points: 15
        - id: upmarket
          event: Property Viewed
          when: 'properties.price >= 1.25 * propertys.average'
          points: 10
        - id: pricing
          event: Pricing Viewed
          points: 1
        - id: demo
          event: Demo Requested
          points: 75
          stage: SLQ
      caps:
        awareness: 40
        conversion: 20
      stages:
        - name: MQL
          when: 'score > 50.0'
        - name: SQL
          when: 'score > 80.0'
      """;

  @Test
  void everyProblemIsReportedWithItsLineAndRule() {
    assertThat(ModelReader.problems(YAML)).extracting(Problem::line, Problem::ruleId).containsExactly(
        tuple(7, "pricing"),
        tuple(10, "webinar"),
        tuple(14, "repeat-view"),
        tuple(18, "upmarket"),
        tuple(20, "pricing"),
        tuple(26, "demo"),
        tuple(29, ""));
  }

  @Test
  void theExceptionMessageListsEveryProblem() {
    assertThatThrownBy(() -> ModelReader.read(YAML)).isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("7 problems in the model:")
        .hasMessageContaining("line 7: rule pricing: unknown key \"weigth\"")
        .hasMessageContaining("line 29: caps names category \"conversion\"");
  }
}
