package dev.leadpulse.core.engine.accounts;

import static dev.leadpulse.core.testing.Events.identify;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * With {@code accounts.key: email_domain} people are grouped by the domain of
 * {@code traits.email} (case-insensitive), except free-mail domains: the built-in list and
 * the model's additions.
 */
class EmailDomainAccountsTest {
  private static final Model MODEL = Scoring.model("""
      name: by-domain
      accounts:
        key: email_domain
        free_email_domains: [Mailbox.Example]
      engagement:
        - id: buying-group
          scope: account
          event: Datasheet Downloaded
          distinct_people: 2
          within: 7d
          points: 20
        - id: datasheet
          event: Datasheet Downloaded
          points: 15
      """);

  private static final dev.leadpulse.core.engine.Scoreboard BOARD = fed(MODEL,
      identify("i1", "u1", T0, "email", "ann@acme.example"),
      identify("i2", "u2", T0, "email", "Bob@ACME.example"),
      identify("i3", "u3", T0, "email", "cat@gmail.com"),
      identify("i4", "u4", T0, "email", "dan@mailbox.example"),
      track("m1", "u1", "Datasheet Downloaded", T0 + MINUTE),
      track("m2", "u2", "Datasheet Downloaded", T0 + 2 * MINUTE),
      track("m3", "u3", "Datasheet Downloaded", T0 + 3 * MINUTE),
      track("m4", "u4", "Datasheet Downloaded", T0 + 4 * MINUTE));

  @Test
  void peopleOfOneDomainShareAnAccount() {
    var account = BOARD.account("acme.example", T0 + 5 * MINUTE);

    assertThat(account.people()).containsOnlyKeys("u1", "u2");
    assertThat(account.accountEngagement()).isEqualTo(2000);
    assertThat(account.score()).isEqualTo(2000 + 1500 + 1500);
    assertThat(person(BOARD, "u2", T0 + 5 * MINUTE).account()).isEqualTo("acme.example");
  }

  @Test
  void freeMailDomainsAreNoAccount() {
    assertThat(BOARD.accounts()).containsExactly("acme.example");
    assertThat(person(BOARD, "u3", T0 + 5 * MINUTE).account()).isEmpty();
    assertThat(person(BOARD, "u4", T0 + 5 * MINUTE).account()).isEmpty();
  }
}
