package dev.leadpulse.core.plays;

import static dev.leadpulse.core.plays.Situations.DAY;
import static dev.leadpulse.core.plays.Situations.HOUR;
import static dev.leadpulse.core.plays.Situations.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import dev.leadpulse.core.condition.CountingFailures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure decision at its edges: cooldown, hysteresis, priority, alert limits, assignment. */
class DeciderTest {
  static final Owner ANA = new Owner("ana", "Ana Ruiz", "ana@example.com", "smb", List.of("EMEA"), List.of());
  static final Owner RAJ = new Owner("raj", "Raj Patel", "raj@example.com", "smb", List.of("AMER"), List.of());
  static final Action TASK = new Action.Task("Call {{person.name}}: {{trigger.summary}}", Duration.ofMinutes(15), "high");
  static final Action SLACK = new Action.Slack("https://hooks.slack.example/x", "{{trigger.summary}}");
  static final Action ASSIGN = new Action.Assign("smb", Action.Assign.Strategy.ROUND_ROBIN, List.of(), false);

  private final PlayState state = new PlayState();

  static Play play(String id, Trigger t, Duration cooldown, int priority, Action... actions) {
    return new Play(id, t, Optional.empty(), List.of(actions), cooldown, priority);
  }

  static Plays plays(int alertsPerHour, Play... plays) {
    return new Plays(List.of(ANA, RAJ), List.of(plays), new Plays.Settings(alertsPerHour, "http://x/{{person.id}}", "",
        25, "lp@x", 5));
  }

  private Decision decide(Plays plays, Situation s) {
    Decision d = Decider.decide(plays, s, state, new CountingFailures());
    state.apply(d);
    return d;
  }

  @Test
  void cooldownSuppressesUntilTheLastMillisecondAndThenLetsThePlayFire() {
    Plays plays = plays(100, play("demo", new Trigger.EventNamed("Demo Requested"), Duration.ofDays(7), 0, TASK));

    assertThat(decide(plays, Situations.event("p", "Demo Requested", T0)).outcomes())
        .singleElement().isInstanceOf(Decision.Fired.class);
    assertThat(decide(plays, Situations.event("p", "Demo Requested", T0 + 7 * DAY - 1)).outcomes())
        .singleElement().isInstanceOfSatisfying(Decision.Suppressed.class,
            s -> assertThat(s.reason()).isEqualTo("cooldown until 2023-11-21T22:13:20Z"));
    assertThat(decide(plays, Situations.event("p", "Demo Requested", T0 + 7 * DAY)).outcomes())
        .singleElement().isInstanceOf(Decision.Fired.class);
  }

  @Test
  void aThresholdFiresOnceAndReArmsOnlyUnderTheHysteresis() {
    Plays plays = plays(100, play("hot", new Trigger.ScoreAbove(8000, 500), Duration.ZERO, 0, TASK));

    assertThat(decide(plays, Situations.scored("p", 79.99, T0)).outcomes()).isEmpty();
    assertThat(decide(plays, Situations.scored("p", 80, T0 + 1)).outcomes()).hasSize(1);
    assertThat(decide(plays, Situations.scored("p", 90, T0 + 2)).outcomes()).isEmpty();
    assertThat(decide(plays, Situations.scored("p", 75, T0 + 3)).outcomes()).as("75 is not under 80 - 5").isEmpty();
    assertThat(decide(plays, Situations.scored("p", 85, T0 + 4)).outcomes()).as("still disarmed").isEmpty();
    Decision rearm = decide(plays, Situations.scored("p", 74.99, T0 + 5));
    assertThat(rearm.outcomes()).isEmpty();
    assertThat(rearm.armings()).containsExactly(new Decision.Arming("p", "hot", true));
    assertThat(decide(plays, Situations.scored("p", 80, T0 + 6)).outcomes()).as("re-armed").hasSize(1);
  }

  @Test
  void aHigherPriorityPlaySuppressesLowerOnesNowAndThroughItsCooldown() {
    Plays plays = plays(100,
        play("low", new Trigger.EventNamed("Demo Requested"), Duration.ZERO, 1, TASK),
        play("hot-trial", new Trigger.EventNamed("Demo Requested"), Duration.ofDays(1), 10, TASK));

    Decision first = decide(plays, Situations.event("p", "Demo Requested", T0));
    assertThat(first.outcomes()).extracting(o -> o.play().id()).containsExactly("hot-trial", "low");
    assertThat(first.outcomes().get(1)).isInstanceOfSatisfying(Decision.Suppressed.class,
        s -> assertThat(s.reason()).isEqualTo("suppressed by hot-trial, which fired now"));

    Decision later = decide(plays, Situations.event("p", "Demo Requested", T0 + HOUR));
    assertThat(later.outcomes().get(0)).isInstanceOfSatisfying(Decision.Suppressed.class,
        s -> assertThat(s.reason()).startsWith("cooldown until"));
    assertThat(later.outcomes().get(1)).isInstanceOfSatisfying(Decision.Suppressed.class,
        s -> assertThat(s.reason()).isEqualTo("suppressed by hot-trial, cooldown until 2023-11-15T22:13:20Z"));

    assertThat(decide(plays, Situations.event("p", "Demo Requested", T0 + DAY)).outcomes().get(0))
        .isInstanceOf(Decision.Fired.class);
  }

  @Test
  void pastTheHourlyAlertLimitAlertsAreHeldAndATaskIsMadeInstead() {
    Owner solo = new Owner("solo", "Solo", "solo@example.com", "one", List.of(), List.of());
    Plays plays = new Plays(List.of(solo), List.of(play("demo", new Trigger.EventNamed("Demo"), Duration.ZERO, 0,
        new Action.Assign("one", Action.Assign.Strategy.ROUND_ROBIN, List.of(), false), SLACK)),
        new Plays.Settings(2, "", "", 25, "lp@x", 5));

    assertThat(fired(decide(plays, Situations.event("a", "Demo", T0))).alertsHeld()).isFalse();
    assertThat(fired(decide(plays, Situations.event("b", "Demo", T0 + 1))).alertsHeld()).isFalse();
    Decision.Fired third = fired(decide(plays, Situations.event("c", "Demo", T0 + 2)));
    assertThat(third.alertsHeld()).isTrue();
    assertThat(third.note()).contains("Solo had 2 alerts in the last hour (limit 2)");
    assertThat(third.actions()).noneMatch(Action::isAlert).anyMatch(Action.Task.class::isInstance);
    Decision.Fired stillHeld = fired(decide(plays, Situations.event("d", "Demo", T0 + HOUR - 1)));
    assertThat(stillHeld.alertsHeld()).isTrue();
    assertThat(fired(decide(plays, Situations.event("e", "Demo", T0 + HOUR))).alertsHeld())
        .as("the first alert is an hour old").isFalse();
  }

  @Test
  void anExistingOwnerIsKeptUnlessThePlayReassigns() {
    state.rememberOwner("p", "raj");
    Plays keep = plays(100, play("a", new Trigger.EventNamed("X"), Duration.ZERO, 0, ASSIGN, TASK));
    Decision d = decide(keep, Situations.event("p", "X", T0));
    assertThat(d.assignment()).isEmpty();
    assertThat(fired(d).owner()).contains(RAJ);

    Plays reassign = plays(100, play("b", new Trigger.EventNamed("X"), Duration.ZERO, 0,
        new Action.Assign("smb", Action.Assign.Strategy.ROUND_ROBIN, List.of(), true), TASK));
    assertThat(decide(reassign, Situations.event("p", "X", T0)).assignment()).contains(ANA);
  }

  @Test
  void routingRulesComeFirstAndRegionStrategyPicksCoveringOwners() {
    Action byRules = new Action.Assign("smb", Action.Assign.Strategy.REGION, List.of(
        new Action.Route(List.of(), List.of("fintech"), 0, Long.MAX_VALUE, Optional.of("ana"), Optional.empty())),
        false);
    Plays plays = plays(100, play("route", new Trigger.StageEntered("PQL"), Duration.ZERO, 0, byRules, TASK));

    assertThat(decide(plays, Situations.entered("f", "PQL", T0, Map.of("industry", "Fintech", "region", "AMER")))
        .assignment()).contains(ANA);
    assertThat(decide(plays, Situations.entered("g", "PQL", T0, Map.of("region", "AMER"))).assignment()).contains(RAJ);
    assertThat(decide(plays, Situations.entered("h", "PQL", T0, Map.of("region", "AMER"))).assignment()).contains(RAJ);
  }

  @Test
  void whenMustHoldForThePlayToRun() {
    Play trial = new Play("hot-trial", new Trigger.StageEntered("PQL"),
        Optional.of(Condition.compile("traits.plan == \"trial\"", Context.STAGE)), List.of(TASK), Duration.ZERO, 0);
    Plays plays = plays(100, trial);

    assertThat(decide(plays, Situations.entered("p", "PQL", T0, Map.of("plan", "paid"))).outcomes()).isEmpty();
    Decision.Fired f = fired(decide(plays, Situations.entered("q", "PQL", T0, Map.of("plan", "trial",
        "name", "Dana Ruiz"))));
    assertThat(f.summary()).isEqualTo("entered PQL — used a premium feature");
  }

  @Test
  void inactivityFiresOncePerQuietSpellAndReArmsOnActivity() {
    Plays plays = plays(100, play("quiet", new Trigger.Inactive(Duration.ofDays(14)), Duration.ZERO, 0, TASK));
    Situation quiet = new Situation(Situations.person("p", 50, "", T0 + 14 * DAY, Map.of()), List.of(), List.of(), T0,
        List.of(), AccountView.NONE, T0 + 14 * DAY);

    assertThat(decide(plays, Situations.event("p", "Login", T0)).outcomes()).isEmpty();
    assertThat(fired(decide(plays, quiet)).summary()).isEqualTo("no activity for 14d");
    assertThat(decide(plays, quiet).outcomes()).as("once per spell").isEmpty();
    assertThat(decide(plays, Situations.event("p", "Login", T0 + 15 * DAY)).armings())
        .containsExactly(new Decision.Arming("p", "quiet", true));
  }

  @Test
  void aDropWithinTheWindowFiresTheChurnPlay() {
    Plays plays = plays(100, play("churn", new Trigger.ScoreDropped(2000, Duration.ofDays(7)), Duration.ZERO, 0, TASK));
    Situation dropped = new Situation(Situations.person("p", 64, "", T0, Map.of()), List.of(), List.of(), T0,
        List.of(new Situation.ScoreAt(T0 - 8 * DAY, 10_000), new Situation.ScoreAt(T0 - 6 * DAY, 8_400)),
        AccountView.NONE, T0);

    assertThat(decide(plays, new Situation(dropped.person(), List.of(), List.of(), T0, List.of(new Situation.ScoreAt(
        T0 - 8 * DAY, 10_000)), AccountView.NONE, T0)).outcomes()).as("the 100 is older than the window").isEmpty();
    assertThat(fired(decide(plays, dropped)).summary()).isEqualTo("score dropped 20 in 7d (from 84 to 64)");
  }

  @Test
  void anAccountThresholdFiresOncePerAccount() {
    Plays plays = plays(100, play("acct", new Trigger.AccountScoreAbove(20_000, 1_000), Duration.ZERO, 0, TASK));

    assertThat(decide(plays, Situations.withAccount(Situations.event("a", "X", T0), "acme", 210)).outcomes()).hasSize(1);
    assertThat(decide(plays, Situations.withAccount(Situations.event("b", "X", T0), "acme", 220)).outcomes()).isEmpty();
  }

  private static Decision.Fired fired(Decision d) {
    assertThat(d.outcomes()).singleElement().isInstanceOf(Decision.Fired.class);
    return (Decision.Fired) d.outcomes().getFirst();
  }
}
