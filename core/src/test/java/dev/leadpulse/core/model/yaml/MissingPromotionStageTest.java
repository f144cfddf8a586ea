package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A {@code stage:} naming a stage the model does not have is reported on the {@code stage:} line. */
class MissingPromotionStageTest {
  @Test
  void aPromotionToAnUnknownStageSuggestsTheClosest() {
    var problems = ModelReader.problems("""
        name: promotion
        engagement:
          - id: demo
            event: Demo Requested
            points: 75
            stage: SLQ
        stages:
          - name: MQL
            when: 'score > 50.0'
          - name: SQL
            when: 'score > 80.0'
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("demo");
      assertThat(p.message()).contains("SLQ").contains("did you mean \"SQL\"?");
    });
  }

  @Test
  void aPromotionInAModelWithoutStagesIsReported() {
    var problems = ModelReader.problems("""
        name: promotion
        engagement:
          - id: demo
            event: Demo Requested
            points: 75
            stage: SQL
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("demo");
    });
  }
}
