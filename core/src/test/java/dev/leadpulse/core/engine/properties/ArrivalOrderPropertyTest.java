package dev.leadpulse.core.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.testing.EventArbitraries;
import dev.leadpulse.core.testing.Scenario;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Ground rule 1: a score depends only on the events, never on the order they arrived in. A
 * scoreboard fed a shuffled stream gives every person (score, fit, engagement, stage, grade,
 * contributions, stage history) and every account exactly what one fed in event-time order
 * gives, as of a time at or after every event.
 */
class ArrivalOrderPropertyTest {
  record Arrival(Scenario scenario, List<Event> arrival) {}

  @Provide
  Arbitrary<Arrival> shuffledScenarios() {
    return EventArbitraries.scenarios()
        .flatMap(s -> Arbitraries.shuffle(s.events()).map(order -> new Arrival(s, order)));
  }

  @Property(tries = 200)
  void anyArrivalOrderGivesThePeopleTheSameScores(@ForAll("shuffledScenarios") Arrival a) {
    var inOrder = Boards.fed(a.scenario().model(), a.scenario().events());
    var shuffled = Boards.fed(a.scenario().model(), a.arrival());

    assertThat(shuffled.people()).isEqualTo(inOrder.people());
    long asOf = a.scenario().asOf();
    assertThat(Boards.people(shuffled, asOf)).isEqualTo(Boards.people(inOrder, asOf));
  }

  @Property(tries = 200)
  void anyArrivalOrderGivesTheAccountsTheSameScores(@ForAll("shuffledScenarios") Arrival a) {
    var inOrder = Boards.fed(a.scenario().model(), a.scenario().events());
    var shuffled = Boards.fed(a.scenario().model(), a.arrival());

    long asOf = a.scenario().asOf();
    assertThat(Boards.accounts(shuffled, asOf)).isEqualTo(Boards.accounts(inOrder, asOf));
  }
}
