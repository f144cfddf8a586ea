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
 * An engagement condition sees the account's traits as they stood at the event: every
 * {@code group} call up to and including it in event-time order. A group call at the very
 * same millisecond but later by messageId does not count yet, whether it arrived before or
 * after the event (found by the arrival-order property).
 */
class SameInstantGroupCallTest {
  private static final Model MODEL = Scoring.model("""
      name: same-instant
      engagement:
        - id: silver-click
          event: Click
          when: 'account.traits.tier == "silver"'
          points: 10
      """);

  private static final Event SILVER = group("g1", "u1", "acme", T0, "tier", "silver");
  private static final Event CLICK = track("m1", "u1", "Click", T0 + HOUR);
  private static final Event GOLD_SAME_INSTANT_LATER_ID = group("m2", "u1", "acme", T0 + HOUR, "tier", "gold");

  @Test
  void inEventTimeOrderTheClickSeesSilver() {
    var board = fed(MODEL, SILVER, CLICK, GOLD_SAME_INSTANT_LATER_ID);

    assertThat(lines(person(board, "u1", T0 + HOUR), "silver-click")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }

  @Test
  void aGroupCallThatArrivedEarlierButComesLaterInOrderIsNotSeen() {
    var board = fed(MODEL, SILVER, GOLD_SAME_INSTANT_LATER_ID, CLICK);

    assertThat(lines(person(board, "u1", T0 + HOUR), "silver-click")).extracting(Contribution::messageId)
        .containsExactly("m1");
  }

  @Test
  void aGroupCallAtTheSameInstantButEarlierInOrderIsSeen() {
    var board = fed(MODEL, SILVER, group("m0", "u1", "acme", T0 + HOUR, "tier", "gold"), CLICK);

    assertThat(lines(person(board, "u1", T0 + HOUR), "silver-click")).isEmpty();
  }
}
