package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A condition that does not compile rejects the model at load time with the rule id, the
 * line in the file (also for a condition written over several lines) and the compiler's
 * own message.
 */
class ConditionCompileErrorTest {
  @Test
  void anUndeclaredVariableIsReportedWithTheCompilersMessage() {
    var problems = ModelReader.problems("""
        name: cel
        engagement:
          - id: pricing
            event: Page Viewed
            when: 'propertys.path == "/pricing"'
            points: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.ruleId()).isEqualTo("pricing");
      assertThat(p.message()).startsWith("when does not compile").contains("undeclared reference to 'propertys'");
    });
  }

  @Test
  void aSyntaxErrorOnTheSecondLineOfABlockIsReportedOnThatLine() {
    var problems = ModelReader.problems("""
        name: cel
        fit:
          - id: exec
            when: |
              has(traits.title) &&
              traits.title.matches("(?i)ceo") &&&
            points: 10
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("exec");
      assertThat(p.message()).startsWith("when does not compile");
    });
  }

  @Test
  void anErrorOnTheThirdLineOfABlockIsReportedOnThatLine() {
    var problems = ModelReader.problems("""
        name: cel
        fit:
          - id: exec
            label: Executive
            when: |
              has(traits.title) &&
              traits.title == "CEO" &&
              titel == "CTO"
            points: 10
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.message()).contains("undeclared reference to 'titel'");
    });
  }

  @Test
  void aConditionWrittenOnTheLineAfterItsKeyIsReportedOnThatLine() {
    var problems = ModelReader.problems("""
        name: cel
        engagement:
          - id: pricing
            event: Page Viewed
            when:
              properties.path == "/pricing" && prop
            points: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(6));
  }

  @Test
  void aConditionThatIsNotTrueOrFalseDoesNotCompile() {
    var problems = ModelReader.problems("""
        name: cel
        stages:
          - name: MQL
            when: 'score + 1.0'
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.ruleId()).isEqualTo("stage MQL");
      assertThat(p.message()).startsWith("when does not compile");
    });
  }

  @Test
  void aPerExpressionIsCompiledForItsValue() {
    var problems = ModelReader.problems("""
        name: cel
        engagement:
          - id: repeat-view
            event: Property Viewed
            times: 4
            within: 7d
            per: properties.property_id +
            points: 15
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).startsWith("per does not compile");
    });
  }
}
