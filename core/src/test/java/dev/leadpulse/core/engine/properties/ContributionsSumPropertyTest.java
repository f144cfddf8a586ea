package dev.leadpulse.core.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.testing.EventArbitraries;
import dev.leadpulse.core.testing.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Ground rule 2: every point is explained. A person's contributions add up to the score
 * exactly, and fit and engagement lines to fit and engagement; an account's contributions plus
 * its people's engagement add up to the account's score.
 */
class ContributionsSumPropertyTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return EventArbitraries.scenarios();
  }

  @Property(tries = 200)
  void aPersonsContributionsSumToTheScore(@ForAll("scenarios") Scenario s) {
    var board = Boards.fed(s.model(), s.events());

    Boards.people(board, s.asOf()).forEach((key, score) -> {
      long sum = score.contributions().stream().mapToLong(Contribution::value).sum();
      long fit = score.contributions().stream().filter(c -> c.kind() == Contribution.Kind.FIT)
          .mapToLong(Contribution::value).sum();
      assertThat(sum).as("contributions of %s", key).isEqualTo(score.score());
      assertThat(fit).as("fit lines of %s", key).isEqualTo(score.fit());
      assertThat(score.fit() + score.engagement()).as("fit + engagement of %s", key).isEqualTo(score.score());
    });
  }

  @Property(tries = 200)
  void anAccountsContributionsAndPeopleSumToItsScore(@ForAll("scenarios") Scenario s) {
    var board = Boards.fed(s.model(), s.events());

    Boards.accounts(board, s.asOf()).forEach((id, account) -> {
      long lines = account.contributions().stream().mapToLong(Contribution::value).sum();
      long people = account.people().values().stream().mapToLong(Long::longValue).sum();
      assertThat(lines + account.peopleEngagement()).as("account %s", id).isEqualTo(account.score());
      assertThat(people).as("people of account %s", id).isEqualTo(account.peopleEngagement());
    });
  }
}
