package dev.leadpulse.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plays file in the admin API, versioned like the model: {@code serve --plays} publishes
 * version 1; a draft is validated with every problem's line; a published version is active at
 * once (the next trigger runs it, no rescoring); versions are listed; a restart with a file that
 * differs from the active version publishes it, and a restart without a file keeps the active one.
 */
class PlaysApiTest {
  static final String MODEL = """
      name: plays-api
      engagement:
        - { id: demo, label: requested a demo, event: Demo Requested, points: 30 }
        - { id: docs, label: read the docs, event: Docs Read, points: 1 }
      """;
  static final String V1 = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
      plays:
        - id: demo
          on: event Demo Requested
          actions:
            - task: { title: "Demo for {{person.name}}" }
      """;
  static final String V2 = V1 + """
        - id: docs
          on: event Docs Read
          actions:
            - task: { title: "{{person.name}} reads the docs" }
            - webhook: { url: "http://127.0.0.1:9/hook", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
      """;
  static final String BROKEN = V1 + """
        - id: docs
          on: event Docs Read
          actions:
            - tsak: { title: "x" }
      """;

  @TempDir
  Path dir;

  private TestServer start(Optional<Path> plays) throws Exception {
    Path model = Files.writeString(dir.resolve("model.yaml"), MODEL);
    return TestServer.start(TestServer.config(ServerConfig.sqliteIn(dir.resolve("data")), Optional.of(model))
        .withPlays(plays));
  }

  private static List<String> taskPlays(TestServer server) {
    List<String> out = new java.util.ArrayList<>();
    server.getJson("/api/tasks").get("items").forEach(t -> out.add(t.path("play").asText()));
    return out;
  }

  private static void send(TestServer server, String user, String event) {
    server.sendBatch(List.of(Http.JSON.createObjectNode().put("type", "track").put("userId", user)
        .put("event", event).put("messageId", user + "-" + event).put("timestamp", "2026-03-01T10:00:00Z")));
  }

  @Test
  void aPublishedVersionRunsTheNextTriggerAtOnce() throws Exception {
    Path file = Files.writeString(dir.resolve("plays.yaml"), V1);
    try (TestServer server = start(Optional.of(file))) {
      JsonNode active = server.getJson("/api/plays");
      assertThat(active.get("version").asInt()).isEqualTo(1);
      assertThat(active.get("yaml").asText()).isEqualTo(V1);
      assertThat(active.get("author").asText()).isEqualTo("file:plays.yaml");
      assertThat(active.at("/parsed/plays/0/id").asText()).isEqualTo("demo");
      assertThat(active.at("/parsed/plays/0/actions").toString()).isEqualTo("[\"task\"]");

      send(server, "dana", "Docs Read");
      assertThat(taskPlays(server)).as("no play watches the docs yet").isEmpty();

      Http.Response published = server.api().postJson("/api/plays/publish", Map.of("yaml", V2, "author", "ops"));
      assertThat(published.status()).as(published.toString()).isEqualTo(201);
      assertThat(published.json().get("version").asInt()).isEqualTo(2);
      assertThat(published.json().get("status").asText()).isEqualTo("active");

      send(server, "lee", "Docs Read");
      await().atMost(Duration.ofSeconds(5)).until(() -> taskPlays(server).equals(List.of("docs")));
      JsonNode now = server.getJson("/api/plays");
      assertThat(now.get("version").asInt()).isEqualTo(2);
      assertThat(now.at("/parsed/plays/1/actions").toString()).isEqualTo("[\"task\",\"webhook\"]");
      assertThat(now.get("parsed").toString()).as("no secrets in the parsed view").doesNotContain("whsec_");
      assertThat(server.getJson("/api/deliveries").get("items")).as("the new webhook is in the outbox").hasSize(1);
      assertThat(server.getJson("/api/plays/versions").get("items"))
          .extracting(v -> v.get("version").asInt() + " " + v.get("status").asText() + " " + v.get("author").asText())
          .containsExactly("2 active ops", "1 retired file:plays.yaml");
      assertThat(server.getJson("/api/plays/versions/1").get("yaml").asText()).isEqualTo(V1);
      assertThat(server.api().get("/api/plays/versions/9").status()).isEqualTo(404);
    }
  }

  @Test
  void validateAndPublishReportProblemsWithTheirLinesAndPublishNothingInvalid() throws Exception {
    try (TestServer server = start(Optional.of(Files.writeString(dir.resolve("plays.yaml"), V1)))) {
      JsonNode ok = server.api().post("/api/plays/validate", "application/yaml", V2.getBytes(StandardCharsets.UTF_8))
          .json();
      assertThat(ok.get("valid").asBoolean()).isTrue();
      assertThat(ok.get("problems")).isEmpty();

      JsonNode bad = server.api().postJson("/api/plays/validate", Map.of("yaml", BROKEN)).json();
      assertThat(bad.get("valid").asBoolean()).isFalse();
      assertThat(bad.at("/problems/0/line").asInt()).as(bad.toString()).isEqualTo(11);
      assertThat(bad.at("/problems/0/message").asText()).contains("tsak");

      Http.Response refused = server.api().post("/api/plays/publish", "application/yaml",
          BROKEN.getBytes(StandardCharsets.UTF_8));
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().get("code").asText()).isEqualTo("invalid_plays");
      assertThat(refused.json().at("/problems/0/line").asInt()).isEqualTo(11);
      assertThat(server.getJson("/api/plays/versions").get("items")).hasSize(1);
      assertThat(server.api().post("/api/plays/publish", "application/yaml", new byte[0]).status()).isEqualTo(400);
    }
  }

  @Test
  void aRestartPublishesAChangedFileAndWithoutAFileKeepsTheActiveVersion() throws Exception {
    Path file = Files.writeString(dir.resolve("plays.yaml"), V1);
    try (TestServer server = start(Optional.of(file))) {
      assertThat(server.api().postJson("/api/plays/publish", Map.of("yaml", V2)).status()).isEqualTo(201);
    }
    try (TestServer server = start(Optional.empty())) {
      assertThat(server.getJson("/api/plays").get("version").asInt()).as("kept without a file").isEqualTo(2);
      send(server, "lee", "Docs Read");
      await().atMost(Duration.ofSeconds(5)).until(() -> taskPlays(server).equals(List.of("docs")));
    }
    try (TestServer server = start(Optional.of(file))) {
      assertThat(server.getJson("/api/plays").get("version").asInt()).as("the file differs: published").isEqualTo(3);
      assertThat(server.getJson("/api/plays").get("yaml").asText()).isEqualTo(V1);
    }
    try (TestServer server = start(Optional.of(file))) {
      assertThat(server.getJson("/api/plays/versions").get("items")).as("the same file: nothing new").hasSize(3);
    }
  }
}
