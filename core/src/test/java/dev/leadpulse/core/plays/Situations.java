package dev.leadpulse.core.plays;

import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.StageChange;
import java.util.List;
import java.util.Map;

/** Builds situations for the decision tests: a person with a score (in points) at a time. */
final class Situations {
  static final long T0 = 1_700_000_000_000L;
  static final long MINUTE = 60_000L;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;

  private Situations() {}

  static PersonScore person(String id, double score, String stage, long asOf, Map<String, Object> traits) {
    long s = Math.round(score * 100);
    return new PersonScore(id, asOf, s, 0, s, Map.of(), stage, "", "", traits,
        List.of(new Contribution(Contribution.Kind.ENGAGEMENT, "premium", "used a premium feature", "", "m1", asOf,
            s, s)), List.of());
  }

  static Situation scored(String id, double score, long now) {
    return new Situation(person(id, score, "", now, Map.of("name", "Dana Ruiz")), List.of(), List.of(), now,
        List.of(), AccountView.NONE, now);
  }

  static Situation entered(String id, String stage, long now, Map<String, Object> traits) {
    return new Situation(person(id, 90, stage, now, traits), List.of(new StageChange(now, "", stage, "score")),
        List.of(), now, List.of(), AccountView.NONE, now);
  }

  static Situation event(String id, String name, long now) {
    return new Situation(person(id, 10, "", now, Map.of()), List.of(), List.of(name), now, List.of(), AccountView.NONE,
        now);
  }

  static Situation withAccount(Situation s, String account, double score) {
    return new Situation(s.person(), s.newStages(), s.eventNames(), s.lastEventTime(), s.recentScores(),
        AccountView.of(new AccountScore(account, s.now(), Math.round(score * 100), 0, 0, 0, Map.of(), Map.of(),
            List.of())), s.now());
  }
}
