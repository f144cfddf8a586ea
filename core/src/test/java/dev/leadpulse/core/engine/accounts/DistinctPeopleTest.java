package dev.leadpulse.core.engine.accounts;

import static dev.leadpulse.core.testing.Events.group;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Times.DAY;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A {@code scope: account} rule awards the account when {@code distinct_people} different
 * people of it act inside the window (t − D, t]; one person acting twice is one person; the
 * account's score adds its people's engagement to its own awards.
 */
class DistinctPeopleTest {
  private static final Model MODEL = Scoring.model("""
      name: buying-group
      engagement:
        - id: buying-group
          scope: account
          event: Page Viewed
          distinct_people: 2
          within: 7d
          points: 20
        - id: page
          event: Page Viewed
          points: 1
      """);

  @Test
  void twoPeopleInsideTheWindowAwardTheAccount() {
    var board = fed(MODEL, group("g1", "u1", "acme", T0), group("g2", "u2", "acme", T0),
        track("m1", "u1", "Page Viewed", T0 + MINUTE), track("m2", "u2", "Page Viewed", T0 + 7 * DAY));

    var account = board.account("acme", T0 + 7 * DAY);

    assertThat(account.contributions()).filteredOn(c -> c.ruleId().equals("buying-group"))
        .extracting(Contribution::messageId).containsExactly("m2");
    assertThat(account.accountEngagement()).isEqualTo(2000);
    assertThat(account.peopleEngagement()).isEqualTo(200);
    assertThat(account.score()).isEqualTo(2200);
    assertThat(account.people()).containsOnlyKeys("u1", "u2");
  }

  @Test
  void theSecondPersonExactlyOneWindowLaterIsTooLate() {
    var board = fed(MODEL, group("g1", "u1", "acme", T0), group("g2", "u2", "acme", T0),
        track("m1", "u1", "Page Viewed", T0 + MINUTE), track("m2", "u2", "Page Viewed", T0 + MINUTE + 7 * DAY));

    assertThat(board.account("acme", T0 + 8 * DAY).accountEngagement()).isZero();
  }

  @Test
  void onePersonActingTwiceIsNotTwoPeople() {
    var board = fed(MODEL, group("g1", "u1", "acme", T0), track("m1", "u1", "Page Viewed", T0 + MINUTE),
        track("m2", "u1", "Page Viewed", T0 + 2 * MINUTE));

    assertThat(board.account("acme", T0 + DAY).accountEngagement()).isZero();
  }

  @Test
  void theCountStartsAgainAfterAnAward() {
    var board = fed(MODEL, group("g1", "u1", "acme", T0), group("g2", "u2", "acme", T0),
        track("m1", "u1", "Page Viewed", T0 + MINUTE), track("m2", "u2", "Page Viewed", T0 + 2 * MINUTE),
        track("m3", "u1", "Page Viewed", T0 + 3 * MINUTE), track("m4", "u2", "Page Viewed", T0 + 4 * MINUTE));

    assertThat(board.account("acme", T0 + DAY).contributions()).filteredOn(c -> c.ruleId().equals("buying-group"))
        .extracting(Contribution::messageId).containsExactly("m2", "m4");
  }
}
