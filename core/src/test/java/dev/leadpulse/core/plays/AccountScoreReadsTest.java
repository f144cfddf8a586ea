package dev.leadpulse.core.plays;

import static dev.leadpulse.core.plays.Situations.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountScore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Guards the fix for quadratic ingestion with big accounts: the account's score (which reads
 * every member's engagement) is read only for plays that need it, at most once per decision,
 * and the plays that need it decide as before.
 */
class AccountScoreReadsTest {
  static final Action TASK = new Action.Task("Call {{person.name}} at {{account.id}}: {{trigger.summary}}",
      Duration.ofMinutes(15), "high");
  static final Owner ANA = new Owner("ana", "Ana Ruiz", "ana@example.com", "smb", List.of("EMEA"), List.of());
  static final Owner RAJ = new Owner("raj", "Raj Patel", "raj@example.com", "smb", List.of("AMER"), List.of());

  private final AtomicInteger scoreReads = new AtomicInteger();
  private final AtomicInteger traitReads = new AtomicInteger();
  private final PlayState state = new PlayState();

  /** A person of account acme (score 250, traits plan=pro, region=EMEA) whose reads are counted. */
  private Situation counted(Situation s) {
    AccountScore acme = new AccountScore("acme", s.now(), 25_000, 25_000, 0, 0, Map.of("plan", "pro", "region", "EMEA"),
        Map.of(), List.of());
    return new Situation(s.person(), s.newStages(), s.eventNames(), s.lastEventTime(), s.recentScores(),
        AccountView.lazy(() -> {
          traitReads.incrementAndGet();
          return acme.traits();
        }, () -> {
          scoreReads.incrementAndGet();
          return acme;
        }), s.now());
  }

  private static Play play(String id, Trigger t, String when, int priority, Action... actions) {
    return new Play(id, t, when.isEmpty() ? Optional.empty() : Optional.of(Condition.compile(when, Context.STAGE)),
        List.of(actions), Duration.ZERO, priority);
  }

  private static Plays plays(Play... plays) {
    return new Plays(List.of(ANA, RAJ), List.of(plays), new Plays.Settings(100, "http://x/{{person.id}}", "", 25,
        "lp@x", 5));
  }

  private Decision decide(Plays plays, Situation s) {
    Decision d = Decider.decide(plays, s, state, new CountingFailures());
    state.apply(d);
    return d;
  }

  @Test
  void playsThatDoNotReadTheAccountScoreNeverReadIt() {
    Action regionAssign = new Action.Assign("smb", Action.Assign.Strategy.REGION, List.of(), false);
    Plays plays = plays(
        play("demo", new Trigger.EventNamed("Demo Requested"), "", 30, regionAssign, TASK),
        play("hot", new Trigger.ScoreAbove(9_500, 0), "account.traits.plan == \"pro\"", 20, TASK),
        play("pql", new Trigger.StageEntered("PQL"), "traits.title == \"CTO\" || score > 1.0", 10, TASK),
        play("cooling", new Trigger.ScoreDropped(2_000, Duration.ofDays(7)), "", 0, TASK));

    Decision demo = decide(plays, counted(Situations.event("p", "Demo Requested", T0)));
    Decision hot = decide(plays, counted(Situations.scored("q", 96, T0)));
    Decision pql = decide(plays, counted(Situations.entered("r", "PQL", T0, Map.of("title", "CTO"))));

    assertThat(scoreReads).as("account score reads").hasValue(0);
    assertThat(demo.assignment()).as("routed by the account's region").contains(ANA);
    assertThat(hot.outcomes()).as("account.traits seen without the score").singleElement()
        .isInstanceOf(Decision.Fired.class);
    assertThat(pql.outcomes()).hasSize(1);
    assertThat(traitReads).as("traits read once per person who needed them").hasValue(2);
  }

  @Test
  void anAccountScorePlayStillFiresAndReadsTheScoreOncePerDecision() {
    Plays plays = plays(
        play("acct", new Trigger.AccountScoreAbove(20_000, 1_000), "account.score >= 200.0", 10, TASK),
        play("big-buyer", new Trigger.EventNamed("Demo Requested"), "account.score > 100.0", 0, TASK));

    Decision d = decide(plays, counted(Situations.event("p", "Demo Requested", T0)));

    assertThat(d.outcomes()).extracting(o -> o.play().id()).containsExactly("acct", "big-buyer");
    assertThat(d.outcomes().getFirst().summary()).contains("reached 250");
    assertThat(d.outcomes().get(1)).isInstanceOf(Decision.Suppressed.class);
    assertThat(scoreReads).as("one read for the trigger and both whens").hasValue(1);
    assertThat(decide(plays, counted(Situations.event("q", "X", T0 + 1))).outcomes())
        .as("armed per account: a second member does not fire it again").isEmpty();
  }

  @Test
  void aWhenReadsTheAccountScoreUnlessItOnlySelectsOtherFields() {
    assertThat(reads("account.score > 100.0")).isTrue();
    assertThat(reads("has(account.score)")).isTrue();
    assertThat(reads("account[\"score\"] > 1.0")).as("an index may be any field").isTrue();
    assertThat(reads("size(account) > 2")).as("the whole map").isTrue();
    assertThat(reads("[1, 2].exists(x, account.score > double(x))")).isTrue();
    assertThat(reads("account.traits.plan == \"pro\" && account.id == \"acme\"")).isFalse();
    assertThat(reads("has(account.traits.plan) && score > 50.0")).isFalse();
    assertThat(reads("traits.score > 1")).as("another variable's field").isFalse();
    assertThat(play("t", new Trigger.AccountScoreAbove(1, 0), "", 0, TASK).readsAccountScore()).isTrue();
    assertThat(play("t", new Trigger.ScoreAbove(1, 0), "", 0, TASK).readsAccountScore()).isFalse();
  }

  private static boolean reads(String when) {
    return play("w", new Trigger.ScoreAbove(1, 0), when, 0, TASK).readsAccountScore();
  }
}
