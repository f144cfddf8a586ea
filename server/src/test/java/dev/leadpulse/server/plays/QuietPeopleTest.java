package dev.leadpulse.server.plays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.SettableClock;
import dev.leadpulse.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code inactive} play wakes people who send nothing after a restart: the wake-up is
 * scheduled at start-up, not only when a person's events are scored. A quiet spell that ended
 * while the server was down fires at start-up, once.
 */
class QuietPeopleTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String MODEL = """
      name: quiet
      engagement:
        - { id: login, label: logged in, event: Logged In, points: 5 }
      """;
  static final String PLAYS = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
      plays:
        - id: gone-quiet
          on: inactive 1h
          actions:
            - task: { title: "Check on {{person.name}}" }
            - webhook: { url: "http://127.0.0.1:9/unreachable", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
      """;

  @TempDir
  Path dir;

  private final SettableClock clock = new SettableClock(T0);
  private TestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start() throws Exception {
    Path model = Files.writeString(dir.resolve("model.yaml"), MODEL);
    Path plays = Files.writeString(dir.resolve("plays.yaml"), PLAYS);
    ServerConfig c = TestServer.config(ServerConfig.sqliteIn(dir), Optional.of(model)).withPlays(Optional.of(plays));
    server = TestServer.start(new ServerConfig(c.host(), c.port(), c.jdbcUrl(), c.model(), c.adminToken(),
        c.writeKey(), c.maxPendingEvents(), clock, c.plays()));
  }

  private void restart() throws Exception {
    server.close();
    start();
  }

  private void login(String user) {
    ObjectNode m = Http.JSON.createObjectNode().put("type", "track").put("userId", user).put("event", "Logged In")
        .put("messageId", user + "-login").put("timestamp", clock.instant().toString());
    server.sendBatch(List.of(m));
  }

  private List<String> firedFor(String user) {
    List<String> plays = new java.util.ArrayList<>();
    for (JsonNode t : server.getJson("/api/tasks").get("items")) {
      if (t.path("person").asText().equals(user)) {
        plays.add(t.path("play").asText());
      }
    }
    return plays;
  }

  @Test
  void aPersonQuietAfterARestartIsWokenWhenTheSpellEnds() throws Exception {
    start();
    login("dana");
    clock.advance(Duration.ofMinutes(30));
    restart();

    Thread.sleep(1_500);
    assertThat(firedFor("dana")).as("not quiet for an hour yet").isEmpty();

    clock.advance(Duration.ofMinutes(31));
    await().atMost(Duration.ofSeconds(10)).until(() -> firedFor("dana").equals(List.of("gone-quiet")));
  }

  @Test
  void aSpellThatEndedWhileTheServerWasDownFiresAtStartUpOnce() throws Exception {
    start();
    login("dana");
    server.close();
    server = null;
    clock.advance(Duration.ofHours(3));

    start();
    await().atMost(Duration.ofSeconds(10)).until(() -> firedFor("dana").equals(List.of("gone-quiet")));

    restart();
    Thread.sleep(1_500);
    assertThat(firedFor("dana")).as("the spell is spent: not again after another restart").hasSize(1);
    JsonNode history = server.getJson("/api/people/dana/plays").get("items");
    assertThat(history).extracting(h -> h.path("outcome").asText()).containsExactly("fired");
  }

  @Test
  void anErasedPersonLeavesNoTasksDeliveriesOrPlayHistory() throws Exception {
    start();
    login("dana");
    login("lee");
    clock.advance(Duration.ofMinutes(61));
    await().atMost(Duration.ofSeconds(10)).until(() -> firedFor("dana").size() == 1 && firedFor("lee").size() == 1);

    assertThat(server.getJson("/api/deliveries").get("items").toString()).as("a pending webhook").contains("dana");

    assertThat(server.api().delete("/api/people/dana").status()).isEqualTo(200);

    assertThat(firedFor("dana")).isEmpty();
    assertThat(firedFor("lee")).hasSize(1);
    assertThat(server.api().get("/api/people/dana/plays").status()).isEqualTo(404);
    assertThat(server.getJson("/api/deliveries").get("items").toString()).doesNotContain("dana");
    assertThat(server.getJson("/api/tasks").get("items").toString()).doesNotContain("dana");
  }
}
