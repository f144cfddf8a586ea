package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cap on a category no engagement rule has is reported on its line, with the closest category. */
class UnknownCapCategoryTest {
  @Test
  void aCapOnAMistypedCategory() {
    var problems = ModelReader.problems("""
        name: caps
        engagement:
          - id: pricing
            category: awareness
            event: Page Viewed
            points: 5
        caps:
          awareness: 40
          awarenes: 20
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(9);
      assertThat(p.message()).contains("awarenes").contains("did you mean \"awareness\"?");
    });
  }

  @Test
  void aNegativeCapIsReported() {
    var problems = ModelReader.problems("""
        name: caps
        engagement:
          - id: pricing
            category: awareness
            event: Page Viewed
            points: 5
        caps:
          awareness: -1
        """);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(8));
  }
}
