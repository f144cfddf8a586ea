package dev.leadpulse.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's display name: {@code name}, else first and last name in either spelling; else none. */
class PersonNamesTest {

  @Test
  void nameWinsThenFirstAndLastNameInSegmentsOrSnakeSpelling() {
    assertThat(PersonNames.of(Map.of("name", " Dana Scully ", "firstName", "X"))).isEqualTo("Dana Scully");
    assertThat(PersonNames.of(Map.of("firstName", "Dana", "lastName", "Scully"))).isEqualTo("Dana Scully");
    assertThat(PersonNames.of(Map.of("first_name", "Fox", "last_name", "Mulder"))).isEqualTo("Fox Mulder");
    assertThat(PersonNames.of(Map.of("firstName", "Walter"))).isEqualTo("Walter");
  }

  @Test
  void blankOrMissingOrNonTextNamesGiveNone() {
    assertThat(PersonNames.of(Map.of())).isEmpty();
    assertThat(PersonNames.of(Map.of("name", "  ", "email", "a@b.c"))).isEmpty();
    assertThat(PersonNames.of(Map.of("name", 42.0))).isEmpty();
  }
}
