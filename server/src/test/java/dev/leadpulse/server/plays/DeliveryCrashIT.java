package dev.leadpulse.server.plays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.ServerProcess;
import dev.leadpulse.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alert in the outbox is never lost, and never doubled (issue 4, "delivery that never loses
 * an alert"). The server runs as its own process from the shaded jar. With the webhook receiver
 * down, events make people enter PQL, so their webhooks sit undelivered in the outbox (tried and
 * refused); the server is killed with SIGKILL; the receiver comes up; the server restarts on
 * the same folder. Then every webhook arrives, each with a valid signature; a repeat of a
 * {@code webhook-id} (allowed: delivery is at least once) carries the same content; and after
 * dropping repeats by id each person's alert arrived exactly once.
 */
class DeliveryCrashIT {
  private static final int PEOPLE = 6;
  private static final String SECRET = PlaysEndToEndTest.SECRET;

  @TempDir
  Path temp;

  @Test
  void webhooksWaitingInTheOutboxAtAKillAreDeliveredOnceEachAfterRestart() throws Exception {
    assertThat(ServerProcess.JAR).as("the shaded jar, built in the package phase (run with mvn verify)")
        .isRegularFile();
    int hookPort = ServerProcess.freePort();
    int port = ServerProcess.freePort();
    Path model = Files.writeString(temp.resolve("model.yaml"), PlaysEndToEndTest.MODEL);
    Path plays = Files.writeString(temp.resolve("plays.yaml"), """
        owners:
          - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
          - { id: raj, name: Raj Patel, email: raj@example.com, team: smb }
        plays:
          - id: hot-trial
            on: stage_entered PQL
            actions:
              - assign: { team: smb, strategy: round_robin }
              - webhook: { url: "http://127.0.0.1:%d/hook", secret: "%s" }
            cooldown: 7d
        """.formatted(hookPort, SECRET));
    String[] args = {"--data", temp.resolve("data").toString(), "--model", model.toString(), "--plays",
        plays.toString()};
    Http api = new Http("http://127.0.0.1:" + port, Optional.of(Http.bearer(TestServer.ADMIN_TOKEN)));
    Http tracking = new Http("http://127.0.0.1:" + port, Optional.of(Http.basic(TestServer.WRITE_KEY)));

    Process first = ServerProcess.serve(port, temp.resolve("first.log"), args);
    Set<String> people = new TreeSet<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add("p" + i);
      Http.Response r = tracking.postJson("/v1/batch", batch("p" + i));
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      JsonNode pending = api.get("/api/deliveries?status=pending").json().get("items");
      return pending.size() == PEOPLE && allTried(pending);
    });
    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

    try (Receiver receiver = new Receiver(hookPort)) {
      Process second = ServerProcess.serve(port, temp.resolve("second.log"), args);
      try {
        // A delivery leased at the kill waits out its lease (a minute) before it is tried again.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
            api.get("/api/deliveries?status=delivered").json().get("items").size() == PEOPLE);
        Thread.sleep(1_500); // anything sent twice has arrived by now

        List<Receiver.Request> hooks = receiver.requests("/hook");
        Map<String, String> bodyById = new HashMap<>();
        for (Receiver.Request h : hooks) {
          String id = h.header("webhook-id");
          long ts = Long.parseLong(h.header("webhook-timestamp"));
          assertThat(h.header("webhook-signature")).as("signature of %s", id)
              .isEqualTo(PlaysEndToEndTest.expectedSignature(id, ts, h.body()));
          String before = bodyById.putIfAbsent(id, h.body());
          assertThat(before == null || before.equals(h.body())).as("a repeat of %s carries the same content", id)
              .isTrue();
        }
        List<String> personPerId = new ArrayList<>();
        for (String body : bodyById.values()) {
          JsonNode event = Http.JSON.readTree(body);
          assertThat(event.at("/data/play").asText()).isEqualTo("hot-trial");
          personPerId.add(event.at("/data/person/id").asText());
        }
        assertThat(personPerId).as("one webhook-id per person: each alert exactly once")
            .containsExactlyInAnyOrderElementsOf(people);
        Set<String> outboxIds = new HashSet<>();
        api.get("/api/deliveries").json().get("items").forEach(d -> outboxIds.add(d.path("id").asText()));
        assertThat(bodyById.keySet()).as("every id in the outbox arrived, and nothing else")
            .isEqualTo(outboxIds);
      } finally {
        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  /** Whether every delivery was tried at least once (and, the receiver being down, failed). */
  private static boolean allTried(JsonNode deliveries) {
    for (JsonNode d : deliveries) {
      if (d.path("attempts").asInt() < 1 || d.path("lastError").asText().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A trial user who identifies, uses premium features four times and requests a demo: 70 points, PQL. */
  private static ObjectNode batch(String user) {
    ObjectNode body = Http.JSON.createObjectNode();
    var batch = body.putArray("batch");
    ObjectNode identify = batch.addObject().put("type", "identify").put("userId", user)
        .put("messageId", user + "-id").put("timestamp", "2026-03-01T10:00:00Z");
    identify.putObject("traits").put("name", "Person " + user).put("plan", "trial");
    for (int i = 0; i < 4; i++) {
      batch.addObject().put("type", "track").put("userId", user).put("event", "Premium Feature Used")
          .put("messageId", user + "-p" + i).put("timestamp", "2026-03-01T10:0" + (i + 1) + ":00Z");
    }
    batch.addObject().put("type", "track").put("userId", user).put("event", "Demo Requested")
        .put("messageId", user + "-demo").put("timestamp", "2026-03-01T10:06:00Z");
    return body;
  }
}
