package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value of the wrong type is reported on its line, naming the field and the value found. */
class WrongTypeTest {
  @Test
  void textWherePointsShouldBeANumber() {
    var problems = ModelReader.problems("""
        name: types
        engagement:
          - id: webinar
            event: Webinar Attended
            points: "ten"
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.ruleId()).isEqualTo("webinar");
      assertThat(p.message()).isEqualTo("points must be a number, not \"ten\"");
    });
  }

  @Test
  void aListWhereTextShouldBe() {
    var problems = ModelReader.problems("""
        name: types
        engagement:
          - id: webinar
            event: Webinar Attended
            label: [a, b]
            points: 10
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).contains("label must be text");
    });
  }

  @Test
  void textWhereTrueOrFalseShouldBe() {
    var problems = ModelReader.problems("""
        name: types
        engagement:
          - id: idle
            inactive: 3d
            repeat: sometimes
            points: -5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.ruleId()).isEqualTo("idle");
      assertThat(p.message()).contains("repeat must be true or false");
    });
  }
}
