package dev.leadpulse.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model API: validating a draft reports every problem with its line; publishing one
 * answers 202, rescoring reaches {@code done} at {@code /api/model/rescore}, and then one
 * person, the people list and {@code /api/model} all reflect the new version, and
 * {@code /api/model/versions} lists both.
 */
class ModelApiTest {
  private static final String V1 = """
      name: model-api
      engagement:
        - id: signup
          event: Signed Up
          points: 10
      """;
  private static final String V2 = """
      name: model-api
      engagement:
        - id: signup
          event: Signed Up
          points: 25
      stages:
        - name: MQL
          when: 'score >= 50'
      """;
  private static final String BROKEN = """
      name: model-api
      engagement:
        - id: signup
          event: Signed Up
          points: 10
        - id: typo
          event: Signed Up
          when: 'properties.plan ==== "pro"'
          points: 5
      """;

  @TempDir
  Path temp;

  @Test
  void validateReportsProblemsWithTheirLines() throws Exception {
    try (TestServer server = TestServer.sqlite(temp.resolve("data"), Files.writeString(temp.resolve("m.yaml"), V1))) {
      JsonNode ok = server.api().post("/api/model/validate", "application/yaml", V2.getBytes(StandardCharsets.UTF_8))
          .json();
      assertThat(ok.get("valid").asBoolean()).isTrue();
      assertThat(ok.get("problems")).isEmpty();

      Http.Response r = server.api().postJson("/api/model/validate", Map.of("yaml", BROKEN));
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("valid").asBoolean()).isFalse();
      JsonNode problem = r.json().get("problems").get(0);
      assertThat(problem.get("line").asInt()).as(r.toString()).isEqualTo(8);
      assertThat(problem.get("rule").asText()).isEqualTo("typo");
      assertThat(problem.get("message").asText()).isNotBlank();

      Http.Response refused = server.api().post("/api/model/publish", "application/yaml",
          BROKEN.getBytes(StandardCharsets.UTF_8));
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().get("problems").get(0).get("line").asInt()).isEqualTo(8);
      assertThat(server.getJson("/api/model/versions").get("items")).hasSize(1);
    }
  }

  @Test
  void aPublishedModelRescoresEveryoneAndIsListed() throws Exception {
    try (TestServer server = TestServer.sqlite(temp.resolve("data"), Files.writeString(temp.resolve("m.yaml"), V1))) {
      List<ObjectNode> signUps = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        signUps.add(Http.JSON.createObjectNode().put("type", "track").put("event", "Signed Up")
            .put("messageId", "s" + i).put("userId", i < 2 ? "two" : "one")
            .put("timestamp", "2026-03-0" + (i + 1) + "T10:00:00Z"));
      }
      server.sendBatch(signUps);
      assertThat(server.getJson("/api/people/two").get("score").decimalValue()).isEqualByComparingTo("20");
      assertThat(server.api().get("/api/model/rescore").status()).as("nothing published yet").isEqualTo(404);

      Http.Response published = server.api().postJson("/api/model/publish", Map.of("yaml", V2, "author", "ops"));
      assertThat(published.status()).as(published.toString()).isEqualTo(202);
      assertThat(published.json().get("version").asInt()).isEqualTo(2);
      await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
          assertThat(server.getJson("/api/model/rescore").get("phase").asText()).isEqualTo("done"));
      JsonNode progress = server.getJson("/api/model/rescore");
      assertThat(progress.get("percent").asInt()).isEqualTo(100);
      assertThat(progress.get("total").asLong()).isEqualTo(3);

      JsonNode two = server.getJson("/api/people/two");
      assertThat(two.get("score").decimalValue()).isEqualByComparingTo("50");
      assertThat(two.get("stage").asText()).isEqualTo("MQL");
      assertThat(server.getJson("/api/people/one").get("score").decimalValue()).isEqualByComparingTo("25");
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        JsonNode first = server.getJson("/api/people").get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo("two");
        assertThat(first.get("score").decimalValue()).as("the stored rows are rewritten").isEqualByComparingTo("50");
      });
      JsonNode active = server.getJson("/api/model");
      assertThat(active.get("version").asInt()).isEqualTo(2);
      assertThat(active.get("yaml").asText()).isEqualTo(V2);
      JsonNode versions = server.getJson("/api/model/versions").get("items");
      assertThat(versions).hasSize(2);
      assertThat(versions.toString()).contains("\"version\":1").contains("\"version\":2").contains("\"author\":\"ops\"");
      assertThat(server.anonymous().get("/health").json().get("modelVersion").asInt()).isEqualTo(2);

      // New events are scored with the new version.
      server.sendBatch(List.of(Http.JSON.createObjectNode().put("type", "track").put("event", "Signed Up")
          .put("messageId", "s9").put("userId", "one").put("timestamp", "2026-03-09T10:00:00Z")));
      assertThat(server.getJson("/api/people/one").get("score").decimalValue()).isEqualByComparingTo("50");
    }
  }
}
