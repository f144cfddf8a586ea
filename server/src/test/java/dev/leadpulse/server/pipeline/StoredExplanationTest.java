package dev.leadpulse.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.PersonRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busy person's stored explanation is rewritten at most once a second (the writer would
 * otherwise rewrite their whole history on every commit), while the rest of the row is written
 * on every commit. Guards that the deferred explanation still reaches the store, that the score
 * columns never wait for it, and that a person is never stored without one.
 */
class StoredExplanationTest {
  private static final String MODEL = """
      name: t
      engagement:
        - id: demo
          event: Demo Requested
          points: 75
      """;

  @TempDir
  Path dir;

  @Test
  void explanationLeftBehindByQuickCommitsCatchesUpWithTheScore() throws Exception {
    Path model = Files.writeString(dir.resolve("m.yaml"), MODEL);
    try (TestServer server = TestServer.sqlite(dir.resolve("data"), model)) {
      for (int i = 0; i < 5; i++) {
        server.sendBatch(List.of(demo("m-" + i)));
        PersonRow row = server.server().store().scores().person("u-busy").orElseThrow();
        assertThat(row.score()).as("score columns after commit %d", i).isEqualTo(7_500L * (i + 1));
        assertThat(row.explanation()).as("a stored person always has an explanation").startsWith("{");
      }
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        JsonNode stored = Http.JSON.readTree(server.server().store().scores().person("u-busy").orElseThrow()
            .explanation());
        assertThat(stored.get("score").decimalValue().intValueExact()).isEqualTo(375);
        assertThat(stored.get("contributions")).hasSize(5);
      });
    }
  }

  private static ObjectNode demo(String messageId) {
    return Http.JSON.createObjectNode().put("type", "track").put("messageId", messageId).put("userId", "u-busy")
        .put("event", "Demo Requested").put("timestamp", "2026-03-02T09:00:0" + messageId.charAt(2) + "Z");
  }
}
