package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.testing.SharedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadpulse validate}: exit 0 only for a valid model; every problem with its line. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void everySharedScenarioModelIsValid() {
    for (Path scenario : SharedScenarios.all()) {
      Cli cli = Cli.run("validate", "--model", scenario.resolve("model.yaml").toString());
      assertThat(cli.status()).as(scenario + ": " + cli.err()).isZero();
      assertThat(cli.out()).contains("valid model");
    }
  }

  @Test
  void listsEveryProblemWithItsLineAndRule() throws Exception {
    Path model = Files.writeString(dir.resolve("bad.yaml"), """
        name: bad
        engagement:
          - id: pricing
            event: Page Viewed
            when: 'propertes.path == "/pricing"'
            points: 5
          - id: trial
            event: Trial Started
            points: ten
          - id: demo
            event: Demo Requested
            points: 50
            stage: SQl
        stages:
          - name: SQL
            when: 'score >'
        """);
    Cli cli = Cli.run("validate", "--model", model.toString());
    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err().lines().toList()).containsSubsequence(
        model + ":5: rule pricing: when does not compile (column 1): undeclared reference to 'propertes' (in container '')",
        model + ":9: rule trial: points must be a number, not \"ten\"",
        model + ":13: rule demo: promotes to stage \"SQl\", which stages does not name; did you mean \"SQL\"?");
    assertThat(cli.err()).contains(model + ":16: stage SQL: when does not compile (column 8)")
        .contains("4 problems in " + model);
  }

  @Test
  void withEventsWarnsOfConditionsThatFailAtRunTime() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), """
        name: m
        engagement:
          - id: big-deal
            event: Quote Requested
            when: 'properties.amount > 1000'
            points: 10
        """);
    Path events = Files.writeString(dir.resolve("e.ndjson"), """
        {"type":"track","event":"Quote Requested","messageId":"1","userId":"u","timestamp":"2026-01-01T00:00:00Z","properties":{"amount":5000}}
        {"type":"track","event":"Quote Requested","messageId":"2","userId":"u","timestamp":"2026-01-01T00:01:00Z","properties":{}}
        {"type":"track","event":"Quote Requested","messageId":"3","userId":"u","timestamp":"2026-01-01T00:02:00Z","properties":{"amount":"lots"}}
        """);
    Cli cli = Cli.run("validate", "--model", model.toString(), "--events", events.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("warning: big-deal: condition failed 2 times (counted as false)");
    assertThat(cli.out()).contains("3 events scored, 0 skipped, 2 condition failures");
  }
}
