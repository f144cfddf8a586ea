package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.app.LeadPulseServer;
import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.store.LoggedEvent;
import dev.leadpulse.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leadpulse import}: NDJSON and CSV into the store, a summary of new, already stored
 * and rejected lines (with line numbers), and the server scores what was imported when it
 * starts.
 */
class ImportCommandTest {
  @TempDir
  Path temp;

  @Test
  void importsNdjsonReportsBadLinesAndSkipsWhatIsAlreadyStored() throws IOException {
    Path events = temp.resolve("events.ndjson");
    Files.writeString(events, """
        {"type":"identify","messageId":"1","userId":"dana","timestamp":"2026-03-02T09:00:00Z","traits":{"title":"VP Sales"}}
        {"type":"track","messageId":"2","userId":"dana","timestamp":"2026-03-02T09:20:00Z","event":"Trial Started"}
        {"type":"track","messageId":"3","timestamp":"2026-03-02T09:30:00Z","event":"Trial Started"}
        not json
        """);
    Path data = temp.resolve("data");

    Cli first = Cli.run("import", "--events", events.toString(), "--data", data.toString());
    assertThat(first.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(first.out()).contains("imported 2 events").contains("2 new, 0 already stored, 2 lines rejected");
    assertThat(first.err()).contains("events.ndjson:3: message 3: userId or anonymousId is required")
        .contains("events.ndjson:4: not valid JSON");

    Cli again = Cli.run("import", "--events", events.toString(), "--data", data.toString());
    assertThat(again.out()).contains("0 new, 2 already stored");
    assertThat(storedIds(data)).containsExactly("1", "2");
  }

  @Test
  void importsCsvWithTypedPropertiesAndTraits() throws IOException {
    Path events = temp.resolve("events.csv");
    Files.writeString(events, String.join("\n",
        "type,event,userId,timestamp,messageId,properties.seats,properties.plan,traits.title",
        "identify,,dana,2026-03-02T09:00:00Z,c1,,,\"VP, Sales\"",
        "track,Seats Added,dana,2026-03-02T09:10:00Z,c2,12,\"pro \"\"annual\"\"\",", ""));
    Path data = temp.resolve("data");

    Cli cli = Cli.run("import", "--events", events.toString(), "--data", data.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("2 new");
    try (Store store = Store.open(ServerConfig.sqliteIn(data))) {
      List<LoggedEvent> logged = new ArrayList<>();
      store.events().forEach(0, logged::add);
      assertThat(logged.get(0).stored().event().traits()).containsEntry("title", "VP, Sales");
      assertThat(logged.get(1).stored().event().properties()).containsEntry("seats", 12.0)
          .containsEntry("plan", "pro \"annual\"");
    }
  }

  @Test
  void aCsvWithAnUnknownColumnIsRefusedAtLineOne() throws IOException {
    Path events = temp.resolve("events.csv");
    Files.writeString(events, "type,evnt,userId\ntrack,Login,dana\n");

    Cli cli = Cli.run("import", "--events", events.toString(), "--data", temp.resolve("data").toString());

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("events.csv:1: unknown column \"evnt\"");
  }

  @Test
  void theServerScoresImportedEventsWhenItStarts() throws IOException {
    Path events = temp.resolve("events.ndjson");
    Files.writeString(events, """
        {"type":"track","messageId":"1","userId":"dana","timestamp":"2026-03-02T09:20:00Z","event":"Trial Started"}
        """);
    Path model = temp.resolve("model.yaml");
    Files.writeString(model, """
        name: imported
        engagement:
          - id: trial
            event: Trial Started
            points: 50
        """);
    Path data = temp.resolve("data");
    assertThat(Cli.run("import", "--events", events.toString(), "--data", data.toString()).status()).isZero();

    try (LeadPulseServer server = LeadPulseServer.start(ServerConfig.of(ServerConfig.sqliteIn(data),
        Optional.of(model)), n -> { })) {
      Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(server.store().scores().person("dana")).hasValueSatisfying(p ->
              assertThat(p.score()).isEqualTo(5_000)));
    }
  }

  private static List<String> storedIds(Path data) {
    try (Store store = Store.open(ServerConfig.sqliteIn(data))) {
      List<String> ids = new ArrayList<>();
      store.events().forEach(0, e -> ids.add(e.stored().event().messageId()));
      return ids;
    }
  }
}
