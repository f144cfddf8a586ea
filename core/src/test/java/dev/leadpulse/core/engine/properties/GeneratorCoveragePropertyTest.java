package dev.leadpulse.core.engine.properties;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.testing.EventArbitraries;
import dev.leadpulse.core.testing.Scenario;
import java.util.Collection;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Guards the generators, not the engine: the other properties only mean something if the
 * random scenarios reach the interesting cases. Checks that enough of them hold several
 * people, identity merges, stage changes, inactivity and counting awards, cap and floor
 * lines, and account awards.
 */
class GeneratorCoveragePropertyTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return EventArbitraries.scenarios();
  }

  @Property(tries = 200, seed = "20261122")
  void scenariosReachTheInterestingCases(@ForAll("scenarios") Scenario s) {
    var board = Boards.fed(s.model(), s.events());
    Collection<PersonScore> people = Boards.people(board, s.asOf()).values();

    Statistics.label("several people").collect(people.size() >= 3);
    Statistics.label("merge").collect(s.events().stream()
        .anyMatch(e -> !e.userId().isEmpty() && !e.anonymousId().isEmpty() || e.type() == MessageType.ALIAS));
    Statistics.label("stage change").collect(people.stream().anyMatch(p -> !p.stageHistory().isEmpty()));
    Statistics.label("inactivity award").collect(anyLine(people, s, r -> r instanceof InactivityRule));
    Statistics.label("counting award").collect(anyLine(people, s, r -> r instanceof CountRule));
    Statistics.label("cap line").collect(people.stream().flatMap(p -> p.contributions().stream())
        .anyMatch(c -> c.kind() == Contribution.Kind.CAP));
    Statistics.label("floor line").collect(people.stream().flatMap(p -> p.contributions().stream())
        .anyMatch(c -> c.kind() == Contribution.Kind.FLOOR));
    Statistics.label("account award").collect(Boards.accounts(board, s.asOf()).values().stream()
        .anyMatch(a -> a.accountEngagement() != 0));

    Statistics.label("several people").coverage(c -> c.check(true).percentage(p -> p > 40));
    Statistics.label("merge").coverage(c -> c.check(true).percentage(p -> p > 40));
    Statistics.label("stage change").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("inactivity award").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("counting award").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("cap line").coverage(c -> c.check(true).percentage(p -> p > 0));
    Statistics.label("floor line").coverage(c -> c.check(true).percentage(p -> p > 0));
    Statistics.label("account award").coverage(c -> c.check(true).percentage(p -> p > 0));
  }

  private static boolean anyLine(Collection<PersonScore> people, Scenario s, Predicate<EngagementRule> kind) {
    return people.stream().flatMap(p -> p.contributions().stream()).anyMatch(c -> s.model().engagement().stream()
        .anyMatch(r -> r.id().equals(c.ruleId()) && kind.test(r)));
  }
}
