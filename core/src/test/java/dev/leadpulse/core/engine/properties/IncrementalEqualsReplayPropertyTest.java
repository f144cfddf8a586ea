package dev.leadpulse.core.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.testing.EventArbitraries;
import dev.leadpulse.core.testing.Scenario;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Scoring event by event equals a full replay: a scoreboard fed in event-time order and read
 * as of each event's time gives every person exactly what a fresh scoreboard fed only the
 * events up to and including that one gives at the same time.
 */
class IncrementalEqualsReplayPropertyTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return EventArbitraries.scenarios(3, 25);
  }

  @Property(tries = 100)
  void afterEveryEventTheScoresEqualAReplayOfThePrefix(@ForAll("scenarios") Scenario s) {
    var incremental = Boards.fed(s.model(), List.of());
    List<Event> events = s.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      incremental.accept(e);
      var replay = Boards.fed(s.model(), events.subList(0, i + 1));

      assertThat(Boards.people(incremental, e.time()))
          .as("after %s (event %d of %d)", e.messageId(), i + 1, events.size())
          .isEqualTo(Boards.people(replay, e.time()));
    }
  }
}
