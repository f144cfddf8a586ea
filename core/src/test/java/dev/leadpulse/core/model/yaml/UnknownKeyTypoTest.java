package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mistyped key is an error, never silently ignored: it is reported on its own line with
 * the rule id and the closest known key ({@code weigth} → did you mean "weight"?).
 */
class UnknownKeyTypoTest {
  @Test
  void aTypoInARuleKeySuggestsTheKnownKey() {
    var problems = ModelReader.problems("""
        name: typo
        engagement:
          - id: pricing
            event: Page Viewed
            points: 5
            weigth: 2
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("pricing");
      assertThat(p.message()).contains("weigth").contains("did you mean \"weight\"?");
    });
  }

  @Test
  void aTypoInATopLevelKeySuggestsTheKnownKey() {
    var problems = ModelReader.problems("""
        name: typo
        engagement:
          - id: pricing
            event: Page Viewed
            points: 5
        stagse:
          - name: MQL
            when: 'score > 1.0'
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEmpty();
      assertThat(p.message()).contains("did you mean \"stages\"?");
    });
  }

  @Test
  void aKeyFarFromAnyKnownKeyListsTheKnownKeys() {
    var problems = ModelReader.problems("""
        name: typo
        engagement:
          - id: pricing
            event: Page Viewed
            points: 5
            colour: blue
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("colour").contains("expected one of").contains("weight");
    });
  }
}
