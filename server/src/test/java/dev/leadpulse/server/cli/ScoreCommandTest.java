package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadpulse score} with bad input: what it reports, and that good lines still count. */
class ScoreCommandTest {
  private static final String MODEL = """
      name: t
      engagement:
        - id: pricing
          label: Visited pricing
          event: Page Viewed
          when: 'properties.path == "/pricing"'
          points: 5
      """;

  @TempDir
  Path dir;

  @Test
  void malformedLinesAreReportedWithTheirLineNumbersAndSkipped() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL);
    Path events = Files.writeString(dir.resolve("e.ndjson"), """
        {"type":"page","messageId":"1","userId":"u","timestamp":"2026-01-01T00:00:00Z","properties":{"path":"/pricing"}}
        {"type":"page","messageId":"2","userId":"u","timestamp":"2026-01-01T00:01:00Z"
        {"type":"track","messageId":"3","userId":"u","timestamp":"2026-01-01T00:02:00Z"}

        {"type":"page","messageId":"4","timestamp":"2026-01-01T00:03:00Z"}
        {"type":"page","messageId":"5","userId":"u","timestamp":"yesterday"}
        {"type":"page","messageId":"6","userId":"u","timestamp":"2026-01-01T00:04:00Z","properties":{"path":"/pricing"}}
        """);
    Cli cli = Cli.run("score", "--model", model.toString(), "--events", events.toString(),
        "--as-of", "2026-01-02T00:00:00Z");
    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err())
        .contains(events + ":2: not valid JSON")
        .contains(events + ":3: message 3: track needs an event name")
        .contains(events + ":5: message 4: userId or anonymousId is required")
        .contains(events + ":6: message 5: timestamp \"yesterday\" is not an ISO-8601 date-time")
        .contains("skipped 4 of 6 messages");
    JsonNode out = new ObjectMapper().readTree(cli.out());
    assertThat(out.at("/people/u/score").asInt()).isEqualTo(10);
    assertThat(out.at("/people/u/contributions/0/label").asText()).isEqualTo("Visited pricing");
  }

  @Test
  void eventsAfterAsOfAreLeftOut() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL);
    Path events = Files.writeString(dir.resolve("e.ndjson"), """
        {"type":"page","messageId":"1","userId":"u","timestamp":"2026-01-01T00:00:00Z","properties":{"path":"/pricing"}}
        {"type":"page","messageId":"2","userId":"u","timestamp":"2026-01-03T00:00:00Z","properties":{"path":"/pricing"}}
        """);
    Cli cli = Cli.run("score", "--model", model.toString(), "--events", events.toString(),
        "--as-of", "2026-01-02T00:00:00Z", "--compact");
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(new ObjectMapper().readTree(cli.out()).at("/people/u/score").asInt()).isEqualTo(5);
  }

  @Test
  void aBadAsOfIsBadUsage() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL);
    Path events = Files.writeString(dir.resolve("e.ndjson"), "");
    Cli cli = Cli.run("score", "--model", model.toString(), "--events", events.toString(), "--as-of", "tomorrow");
    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("--as-of \"tomorrow\" is not an ISO-8601 time");
  }

  @Test
  void aMissingEventsFileIsBadInput() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL);
    Cli cli = Cli.run("score", "--model", model.toString(), "--events", dir.resolve("nope.ndjson").toString());
    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("cannot read the events");
  }

  @Test
  void anInvalidModelIsReportedAndNothingIsScored() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL.replace("points: 5", "points: 5\n    weigth: 2"));
    Path events = Files.writeString(dir.resolve("e.ndjson"), "");
    Cli cli = Cli.run("score", "--model", model.toString(), "--events", events.toString());
    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains(model + ":8: rule pricing: unknown key \"weigth\"").contains("did you mean \"weight\"?");
  }
}
