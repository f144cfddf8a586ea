package dev.leadpulse.core.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.PersonStanding;
import dev.leadpulse.core.testing.EventArbitraries;
import dev.leadpulse.core.testing.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap read gives the same figures as the full one: a person's standing is their score
 * without its contributions, at any time after their last event (inactivity, decay and
 * stages included).
 */
class StandingEqualsScorePropertyTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return EventArbitraries.scenarios();
  }

  @Property(tries = 200)
  void aStandingHasTheFiguresOfTheScore(@ForAll("scenarios") Scenario s) {
    var board = Boards.fed(s.model(), s.events());

    Boards.people(board, s.asOf()).forEach((key, score) -> {
      PersonStanding standing = board.standing(key, s.asOf()).orElseThrow();
      assertThat(standing).as("standing of %s as of %d", key, s.asOf()).isEqualTo(figures(score));
    });
  }

  private static PersonStanding figures(PersonScore s) {
    return new PersonStanding(s.id(), s.asOf(), s.score(), s.fit(), s.engagement(), s.stage(), s.grade(),
        s.account(), s.traits(), s.stageHistory());
  }
}
