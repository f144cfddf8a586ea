package dev.leadpulse.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.PersonRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every commit stores the figures of each person it touched, read without building their
 * explanation: the score columns after each batch, and the traits whenever an identify changed
 * them (the writer reuses the JSON of traits that did not change, so a change must not be
 * missed).
 */
class StoredFiguresTest {
  private static final String MODEL = """
      name: t
      fit:
        - id: big
          when: traits.employees >= 100
          points: 20
      engagement:
        - id: demo
          event: Demo Requested
          points: 75
      """;

  @TempDir
  Path dir;

  @Test
  void eachCommitStoresTheScoreAndTheLatestTraits() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL);
    try (TestServer server = TestServer.sqlite(dir.resolve("data"), model)) {
      server.sendBatch(List.of(identify("i-1", 10, "09:00:00")));
      assertThat(employees(stored(server))).isEqualTo(10);
      for (int i = 0; i < 3; i++) {
        server.sendBatch(List.of(demo("d-" + i, "09:0" + (i + 1) + ":00")));
        PersonRow row = stored(server);
        assertThat(row.score()).as("score after demo %d", i).isEqualTo(7_500L * (i + 1));
        assertThat(employees(row)).as("traits after demo %d", i).isEqualTo(10);
      }
      server.sendBatch(List.of(identify("i-2", 500, "09:05:00")));
      PersonRow row = stored(server);
      assertThat(employees(row)).isEqualTo(500);
      assertThat(row.fit()).isEqualTo(2_000);
      assertThat(row.score()).isEqualTo(24_500);
    }
  }

  private static PersonRow stored(TestServer server) {
    return server.server().store().scores().person("u-busy").orElseThrow();
  }

  private static int employees(PersonRow row) throws Exception {
    return Http.JSON.readTree(row.traitsJson()).get("employees").asInt();
  }

  private static ObjectNode identify(String messageId, int employees, String time) {
    ObjectNode o = Http.JSON.createObjectNode().put("type", "identify").put("messageId", messageId)
        .put("userId", "u-busy").put("timestamp", "2026-03-02T" + time + "Z");
    o.putObject("traits").put("employees", employees);
    return o;
  }

  private static ObjectNode demo(String messageId, String time) {
    return Http.JSON.createObjectNode().put("type", "track").put("messageId", messageId).put("userId", "u-busy")
        .put("event", "Demo Requested").put("timestamp", "2026-03-02T" + time + "Z");
  }
}
