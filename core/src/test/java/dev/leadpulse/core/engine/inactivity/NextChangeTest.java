package dev.leadpulse.core.engine.inactivity;

import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.engine.AccountTraits;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#nextChange} names the next inactivity stamp after a time, so that a scheduler
 * knows when to look again; with {@code repeat} there is always a next one, without it none
 * after the one award of the stretch.
 */
class NextChangeTest {
  private static Model model(String repeat) {
    return Scoring.model("""
        name: next-change
        engagement:
          - id: idle-3d
            inactive: 3d
            repeat: %s
            points: -5
        """.formatted(repeat));
  }

  @Test
  void theNextChangeIsTheInactivityStamp() {
    Engine engine = new Engine(model("false"), ConditionFailures.IGNORE);
    var person = engine.newPerson("u1");
    engine.apply(person, track("m1", "u1", "Login", T0), AccountTraits.NONE);

    assertThat(engine.nextChange(person, T0, AccountTraits.NONE)).contains(T0 + 3 * DAY);
    assertThat(engine.nextChange(person, T0 + 3 * DAY - 1, AccountTraits.NONE)).contains(T0 + 3 * DAY);
    assertThat(engine.nextChange(person, T0 + 3 * DAY, AccountTraits.NONE)).isEmpty();
  }

  @Test
  void withRepeatTheNextStampFollowsTheLastOne() {
    Engine engine = new Engine(model("true"), ConditionFailures.IGNORE);
    var person = engine.newPerson("u1");
    engine.apply(person, track("m1", "u1", "Login", T0), AccountTraits.NONE);

    assertThat(engine.nextChange(person, T0 + 3 * DAY, AccountTraits.NONE)).contains(T0 + 6 * DAY);
    assertThat(engine.nextChange(person, T0 + 7 * DAY, AccountTraits.NONE)).contains(T0 + 9 * DAY);
  }

  @Test
  void farIntoARepeatingStretchTheNextStampIsComputedNotListed() {
    Engine engine = new Engine(model("true"), ConditionFailures.IGNORE);
    var person = engine.newPerson("u1");
    engine.apply(person, track("m1", "u1", "Login", T0), AccountTraits.NONE);

    assertThat(engine.nextChange(person, T0 + 3_000 * DAY + 1, AccountTraits.NONE)).contains(T0 + 3_003 * DAY);
    assertThat(engine.nextChange(person, T0 + 3 * DAY - 1, AccountTraits.NONE)).contains(T0 + 3 * DAY);
  }

  @Test
  void aNewActivityMovesTheNextChange() {
    Engine engine = new Engine(model("false"), ConditionFailures.IGNORE);
    var person = engine.newPerson("u1");
    engine.apply(person, track("m1", "u1", "Login", T0), AccountTraits.NONE);
    engine.apply(person, track("m2", "u1", "Login", T0 + DAY), AccountTraits.NONE);

    assertThat(engine.nextChange(person, T0 + DAY, AccountTraits.NONE)).contains(T0 + 4 * DAY);
  }

  @Test
  void theScoreboardAnswersTheSame() {
    var board = fed(model("false"), track("m1", "u1", "Login", T0));

    assertThat(board.nextChange("u1", T0)).contains(T0 + 3 * DAY);
  }
}
