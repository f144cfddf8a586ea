package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Trigger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plays file: the issue's example reads as written; every problem is reported with its line and play. */
class PlaysReaderTest {
  static final String EXAMPLE = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb, regions: [EMEA] }
        - { id: raj, name: Raj Patel, email: raj@example.com, team: smb, regions: [AMER] }
      plays:
        - id: hot-trial
          on: stage_entered PQL
          when: 'traits.plan == "trial"'
          actions:
            - assign: { team: smb, strategy: round_robin }
            - task: { title: "Call {{person.name}}: {{trigger.summary}}", due: 15m, priority: high }
            - slack: { webhook_url: "https://hooks.slack.com/services/T0/B0/x" }
            - webhook: { url: "https://crm.example/hooks/leadpulse", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
            - email: { to: owner }
          cooldown: 7d
          priority: 10
        - id: churn-risk
          on: score_dropped 20 within 7d
          actions:
            - task: { title: "Check in with {{person.name}}" }
        - id: demo
          on: event Demo Requested
          actions: [ { task: {} } ]
        - id: hot-score
          on: score_above 80
          hysteresis: 5
          actions: [ { task: {} } ]
      """;

  @Test
  void theIssueExampleReadsAsWritten() {
    Plays plays = PlaysReader.read(EXAMPLE);

    assertThat(plays.owners()).extracting(o -> o.id()).containsExactly("ana", "raj");
    assertThat(plays.plays().getFirst().id()).isEqualTo("hot-trial");
    assertThat(plays.plays().getFirst().trigger()).isEqualTo(new Trigger.StageEntered("PQL"));
    assertThat(plays.plays().getFirst().cooldown()).isEqualTo(Duration.ofDays(7));
    assertThat(plays.plays().getFirst().actions()).hasSize(5).first().isInstanceOf(Action.Assign.class);
    assertThat(plays.play("churn-risk").orElseThrow().trigger()).isEqualTo(new Trigger.ScoreDropped(2000,
        Duration.ofDays(7)));
    assertThat(plays.play("demo").orElseThrow().trigger()).isEqualTo(new Trigger.EventNamed("Demo Requested"));
    assertThat(plays.play("hot-score").orElseThrow().trigger()).isEqualTo(new Trigger.ScoreAbove(8000, 500));
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsLineAndPlay() {
    var problems = PlaysReader.problems("""
        owners:
          - { id: ana, name: Ana, email: ana@example.com, team: smb }
        plays:
          - id: hot
            on: stage_enterd PQL
            cooldwn: 7d
            actions:
              - assign: { team: smbb }
              - task: { title: "Call {{person.nme}}" }
              - webhook: { url: "https://x.example", secret: "nope" }
          - id: drop
            on: score_dropped 20 in 7d
            when: 'traits.plan =='
            actions:
              - sms: { to: ana }
        """);

    assertThat(problems).extracting(Problem::line, Problem::ruleId).containsExactly(
        tuple(5, "play hot"), tuple(6, "play hot"), tuple(8, "play hot"), tuple(9, "play hot"), tuple(10, "play hot"),
        tuple(12, "play drop"), tuple(13, "play drop"), tuple(15, "play drop"));
    assertThat(problems.get(0).message()).contains("did you mean \"stage_entered\"");
    assertThat(problems.get(1).message()).contains("did you mean \"cooldown\"");
    assertThat(problems.get(2).message()).contains("did you mean \"smb\"");
    assertThat(problems.get(3).message()).contains("did you mean {{person.name}}");
    assertThat(problems.get(4).message()).contains("whsec_");
    assertThat(problems.get(7).message()).contains("unknown key \"sms\"");
    assertThat(problems.get(0).format("plays.yaml")).startsWith("plays.yaml:5: play hot: ");
  }

  @Test
  void aPlayIdUsedTwiceIsReportedOnTheSecond() {
    var problems = PlaysReader.problems("""
        plays:
          - { id: a, on: event X, actions: [ { task: {} } ] }
          - { id: a, on: event Y, actions: [ { task: {} } ] }
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("used twice (first on line 2)");
    });
  }
}
