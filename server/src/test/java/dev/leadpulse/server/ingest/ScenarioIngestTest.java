package dev.leadpulse.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.SharedScenarios;
import dev.leadpulse.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shared scenario through the tracking API: its events shuffled and posted to
 * {@code /v1/batch} in a few batches, then every checkpoint read back through the query API
 * ({@code ?asOf=}) equals {@code expected.json}, as the offline {@code score} command does.
 * Arrival order must not matter.
 */
class ScenarioIngestTest {
  private static final int BATCHES = 3;

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyScenarioPostedShuffledMatchesEveryCheckpoint() {
    return SharedScenarios.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(),
        () -> check(scenario)));
  }

  private void check(Path scenario) {
    List<ObjectNode> events = new ArrayList<>(SharedScenarios.events(scenario));
    Collections.shuffle(events, new Random(scenario.getFileName().toString().hashCode()));
    try (TestServer server = TestServer.sqlite(temp.resolve(scenario.getFileName().toString()),
        scenario.resolve("model.yaml"))) {
      int per = Math.max(1, (events.size() + BATCHES - 1) / BATCHES);
      for (int from = 0; from < events.size(); from += per) {
        JsonNode answer = server.sendBatch(events.subList(from, Math.min(events.size(), from + per)));
        assertThat(answer.get("success").asBoolean()).isTrue();
        assertThat(answer.has("rejected")).as("no message of the scenario is rejected: %s", answer).isFalse();
      }
      assertThat(server.server().store().events().count()).isEqualTo(events.size());
      for (JsonNode checkpoint : SharedScenarios.checkpoints(scenario)) {
        String asOf = checkpoint.get("asOf").asText();
        for (String kind : List.of("people", "accounts")) {
          if (!checkpoint.has(kind)) {
            continue;
          }
          for (Map.Entry<String, JsonNode> expected : checkpoint.get(kind).properties()) {
            JsonNode actual = server.getJson("/api/" + kind + "/" + encode(expected.getKey()) + "?asOf="
                + encode(asOf));
            assertThat(actual.get("asOf").asText()).isEqualTo(java.time.Instant.parse(asOf).toString());
            SharedScenarios.assertMatches(actual, expected.getValue(),
                scenario.getFileName() + " as of " + asOf + ": " + kind + " " + expected.getKey());
          }
        }
      }
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
