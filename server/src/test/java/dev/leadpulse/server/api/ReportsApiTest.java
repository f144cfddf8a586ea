package dev.leadpulse.server.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback and SLAs through the API, on a clock the test moves: three leads cross 90 and are
 * routed round robin (dana and kim to Ana, lee to Raj); Ana touches dana after 5 minutes, Raj
 * accepts lee after 10; kim is left alone. Sam stays under 90.
 */
class ReportsApiTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir
  Path dir;

  private final SettableClock clock = new SettableClock(T0);
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    Path model = Files.writeString(dir.resolve("model.yaml"), """
        name: reports
        engagement:
          - { id: demo, label: requested a demo, event: Demo Requested, points: 50 }
        """);
    Path plays = Files.writeString(dir.resolve("plays.yaml"), """
        owners:
          - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
          - { id: raj, name: Raj Patel, email: raj@example.com, team: smb }
        plays:
          - id: hot
            on: score_above 90
            actions:
              - assign: { team: smb, strategy: round_robin }
              - task: { title: "Call {{person.name}}" }
        """);
    ServerConfig c = TestServer.config(ServerConfig.sqliteIn(dir), Optional.of(model)).withPlays(Optional.of(plays));
    server = TestServer.start(new ServerConfig(c.host(), c.port(), c.jdbcUrl(), c.model(), c.adminToken(),
        c.writeKey(), c.maxPendingEvents(), clock, c.plays()));
    List<ObjectNode> batch = new ArrayList<>();
    for (String user : List.of("dana", "lee", "kim", "sam")) {
      for (int i = 0; i < (user.equals("sam") ? 1 : 2); i++) {
        batch.add(Http.JSON.createObjectNode().put("type", "track").put("userId", user).put("event", "Demo Requested")
            .put("messageId", user + i).put("timestamp", T0.toString()));
      }
    }
    server.sendBatch(batch);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void disposition(String person, String verdict) {
    Http.Response r = server.api().postJson("/api/people/" + person + "/dispositions", Map.of("verdict", verdict));
    assertThat(r.status()).as(r.toString()).isIn(200, 201);
  }

  @Test
  void responseTimesAcceptanceAndUntouchedLeads() {
    clock.advance(Duration.ofMinutes(5));
    disposition("dana", "contacted");
    clock.advance(Duration.ofMinutes(5));
    disposition("lee", "accepted");
    clock.advance(Duration.ofMinutes(20));

    JsonNode owners = server.getJson("/api/reports/response-times").get("owners");
    assertThat(owners.toString()).isEqualTo("[{\"owner\":\"ana\",\"triggers\":2,\"touched\":1,\"untouched\":1,"
        + "\"medianSeconds\":300.0,\"p90Seconds\":300.0},{\"owner\":\"raj\",\"triggers\":1,\"touched\":1,"
        + "\"untouched\":0,\"medianSeconds\":600.0,\"p90Seconds\":600.0}]");

    JsonNode acceptance = server.getJson("/api/reports/acceptance?threshold=90");
    assertThat(acceptance.get("over").asInt()).isEqualTo(3);
    assertThat(acceptance.get("accepted").asInt()).isEqualTo(1);
    assertThat(acceptance.get("meetsTarget").asBoolean()).isFalse();

    JsonNode untouched = server.getJson("/api/reports/untouched?threshold=90&older_than=15m").get("items");
    assertThat(untouched).singleElement().satisfies(u -> {
      assertThat(u.get("person").asText()).isEqualTo("kim");
      assertThat(u.get("owner").asText()).isEqualTo("ana");
      assertThat(u.get("minutesUntouched").asInt()).isEqualTo(30);
    });
    assertThat(server.getJson("/api/reports/untouched?threshold=90&older_than=31m").get("items")).isEmpty();

    disposition("dana", "accepted");
    disposition("kim", "converted");
    JsonNode after = server.getJson("/api/reports/acceptance?threshold=90");
    assertThat(after.get("share").asDouble()).isEqualTo(1.0);
    assertThat(after.get("meetsTarget").asBoolean()).isTrue();
    assertThat(server.getJson("/api/reports/untouched?threshold=90").get("items")).isEmpty();
  }

  @Test
  void badParametersAreRefused() {
    assertThat(server.api().get("/api/reports/acceptance").status()).isEqualTo(400);
    assertThat(server.api().get("/api/reports/untouched?threshold=90&older_than=soon").status()).isEqualTo(400);
    assertThat(server.api().get("/api/reports/acceptance?threshold=lots").status()).isEqualTo(400);
  }
}
