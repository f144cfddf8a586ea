package dev.leadpulse.core.engine.accounts;

import static dev.leadpulse.core.testing.Events.group;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.HOUR;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A late {@code group} call that changes an account's past traits re-scores everyone whose
 * past events saw that account, including people who have since moved to another account,
 * however their own events arrived (found by the arrival-order property).
 */
class LateGroupCallFormerMemberTest {
  private static final Model MODEL = Scoring.model("""
      name: former-member
      engagement:
        - id: silver-click
          event: Click
          when: 'account.traits.tier == "silver"'
          points: 10
      """);

  private static final Event BETA_IS_SILVER = group("g0", "u2", "beta", T0, "tier", "silver");
  private static final Event U4_JOINS_BETA = group("g1", "u4", "beta", T0 + HOUR);
  private static final Event U4_CLICKS = track("m1", "u4", "Click", T0 + 2 * HOUR);
  private static final Event U4_MOVES_TO_ACME = group("g2", "u4", "acme", T0 + 3 * HOUR);

  @Test
  void inEventTimeOrderTheClickInBetaIsAwarded() {
    var board = fed(MODEL, BETA_IS_SILVER, U4_JOINS_BETA, U4_CLICKS, U4_MOVES_TO_ACME);

    assertThat(lines(person(board, "u4", T0 + 3 * HOUR), "silver-click")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }

  @Test
  void aLateGroupCallReScoresAFormerMember() {
    var board = fed(MODEL, U4_JOINS_BETA, U4_CLICKS, U4_MOVES_TO_ACME, BETA_IS_SILVER);

    assertThat(lines(person(board, "u4", T0 + 3 * HOUR), "silver-click")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }

  @Test
  void aLateGroupCallReScoresAFormerMemberWhoseOwnPastWasReplayed() {
    var board = fed(MODEL, U4_MOVES_TO_ACME, U4_CLICKS, U4_JOINS_BETA, BETA_IS_SILVER);

    assertThat(lines(person(board, "u4", T0 + 3 * HOUR), "silver-click")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }
}
