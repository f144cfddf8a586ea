package dev.leadpulse.core.plays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.condition.CountingFailures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Round robin spreads leads evenly: no owner of a team gets more than one lead more than another. */
class RoundRobinProperties {
  @Property(tries = 200)
  void roundRobinSpreadsEvenly(@ForAll @IntRange(min = 1, max = 12) int owners,
      @ForAll @IntRange(min = 0, max = 300) int leads, @ForAll @IntRange(min = 0, max = 3) int otherTeam) {
    List<Owner> all = new ArrayList<>();
    for (int i = 0; i < owners; i++) {
      all.add(new Owner("o" + i, "Owner " + i, "o" + i + "@example.com", "smb", List.of(), List.of()));
    }
    for (int i = 0; i < otherTeam; i++) {
      all.add(new Owner("x" + i, "Other " + i, "x" + i + "@example.com", "ent", List.of(), List.of()));
    }
    Plays plays = new Plays(all, List.of(new Play("hot", new Trigger.EventNamed("Demo"), Optional.empty(),
        List.of(new Action.Assign("smb", Action.Assign.Strategy.ROUND_ROBIN, List.of(), false)), Duration.ZERO, 0)),
        Plays.Settings.DEFAULT);
    PlayState state = new PlayState();
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < leads; i++) {
      Decision d = Decider.decide(plays, Situations.event("p" + i, "Demo", Situations.T0 + i), state,
          new CountingFailures());
      state.apply(d);
      count.merge(d.assignment().orElseThrow().id(), 1, Integer::sum);
    }

    assertThat(count.keySet()).allMatch(id -> id.startsWith("o"));
    int min = leads < owners ? 0 : count.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    int max = count.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertThat(max - min).isLessThanOrEqualTo(1);
    assertThat(count.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(leads);
  }
}
