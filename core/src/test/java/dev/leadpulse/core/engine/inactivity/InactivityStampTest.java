package dev.leadpulse.core.engine.inactivity;

import static dev.leadpulse.core.testing.Events.identify;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * {@code inactive: D} awards at the stamp last activity + D. An activity exactly at the stamp
 * comes first and prevents the award; one a millisecond later does not. The award belongs to
 * the last activity before the idle stretch and is due by {@code asOf} without any event.
 */
class InactivityStampTest {
  private static final Model MODEL = Scoring.model("""
      name: inactivity
      engagement:
        - id: project
          event: Project Created
          points: 10
        - id: idle-3d
          inactive: 3d
          points: -15
      """);

  @Test
  void anActivityExactlyAtTheStampPreventsTheAward() {
    var board = fed(MODEL, track("m1", "u1", "Project Created", T0), track("m2", "u1", "Anything", T0 + 3 * DAY));

    assertThat(lines(person(board, "u1", T0 + 3 * DAY), "idle-3d")).isEmpty();
  }

  @Test
  void anActivityAMillisecondAfterTheStampComesTooLate() {
    var board = fed(MODEL, track("m1", "u1", "Project Created", T0), track("m2", "u1", "Anything", T0 + 3 * DAY + 1));

    assertThat(lines(person(board, "u1", T0 + 3 * DAY + 1), "idle-3d")).singleElement().satisfies(c -> {
      assertThat(c.time()).isEqualTo(T0 + 3 * DAY);
      assertThat(c.messageId()).isEqualTo("m1");
      assertThat(c.value()).isEqualTo(-1500);
    });
  }

  @Test
  void theAwardIsDueAtTheStampWithoutAnyEvent() {
    var board = fed(MODEL, track("m1", "u1", "Project Created", T0));

    assertThat(lines(person(board, "u1", T0 + 3 * DAY - 1), "idle-3d")).isEmpty();
    assertThat(lines(person(board, "u1", T0 + 3 * DAY), "idle-3d")).extracting(Contribution::time)
        .containsExactly(T0 + 3 * DAY);
  }

  @Test
  void anIdentifyIsNotActivityAndDoesNotEndTheIdleStretch() {
    var board = fed(MODEL, track("m1", "u1", "Project Created", T0), identify("m2", "u1", T0 + 2 * DAY, "plan", "pro"));

    assertThat(lines(person(board, "u1", T0 + 3 * DAY), "idle-3d")).extracting(Contribution::time)
        .containsExactly(T0 + 3 * DAY);
  }

  @Test
  void withoutRepeatItAwardsOncePerIdleStretch() {
    var board = fed(MODEL, track("m1", "u1", "Project Created", T0), track("m2", "u1", "Anything", T0 + 10 * DAY));

    assertThat(lines(person(board, "u1", T0 + 20 * DAY), "idle-3d")).extracting(Contribution::time)
        .containsExactly(T0 + 3 * DAY, T0 + 13 * DAY);
  }
}
