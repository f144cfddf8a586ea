package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text that is not YAML at all is one problem, on the line where the parser gave up. */
class InvalidYamlSyntaxTest {
  @Test
  void anUnclosedFlowSequenceIsReportedOnItsLine() {
    var problems = ModelReader.problems("""
        name: broken
        engagement:
          - id: pricing
            event: [Page Viewed, Pricing Viewed
            points: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("not valid YAML");
      assertThat(p.line()).isBetween(4, 6);
    });
  }

  @Test
  void aBadIndentIsReportedOnItsLine() {
    var problems = ModelReader.problems("""
        name: broken
        engagement:
          - id: pricing
            event: Page Viewed
           points: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("not valid YAML");
      assertThat(p.line()).isEqualTo(5);
    });
  }

  @Test
  void anEmptyFileIsOneProblem() {
    assertThatThrownBy(() -> ModelReader.read("")).isInstanceOf(InvalidModelException.class)
        .satisfies(e -> assertThat(((InvalidModelException) e).problems()).singleElement()
            .satisfies(p -> assertThat(p.line()).isEqualTo(1)));
  }
}
