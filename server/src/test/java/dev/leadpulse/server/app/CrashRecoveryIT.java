package dev.leadpulse.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.cli.LeadPulseCommand;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.SharedScenarios;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message acknowledged is never lost (API.md §1). The server runs as its own process from
 * the shaded jar; several clients send batches; right after an acknowledgement, while other
 * batches are in flight, the process is killed with SIGKILL. Restarted on the same folder,
 * every acknowledged event is there exactly once; the clients send the unacknowledged
 * batches again, as they would; then every score equals the offline {@code score} command's
 * on the same events, and the store holds each message exactly once.
 */
class CrashRecoveryIT {
  private static final Path JAR = Path.of("target/leadpulse.jar");
  private static final int USERS = 25;
  private static final int BATCHES = 60;
  private static final int PER_BATCH = 25;
  private static final int SENDERS = 4;
  private static final int KILL_AFTER_ACKS = 15;
  private static final String AS_OF = "2026-02-01T00:00:00Z";

  @TempDir
  Path temp;

  @Test
  void everyAcknowledgedEventSurvivesKillNineExactlyOnce() throws Exception {
    assertThat(JAR).as("the shaded jar, built in the package phase (run with mvn verify)").isRegularFile();
    Path model = SharedScenarios.scenario("06-decay-caps-identity").resolve("model.yaml");
    Path data = temp.resolve("data");
    List<List<ObjectNode>> batches = batches();

    int port = freePort();
    Process first = serve(port, data, model, "first");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<Integer> ackedBatches = ConcurrentHashMap.newKeySet();
    CountDownLatch killNow = new CountDownLatch(1);
    AtomicInteger next = new AtomicInteger();
    Http tracking = new Http("http://127.0.0.1:" + port, Optional.of(Http.basic(TestServer.WRITE_KEY)));
    List<Thread> senders = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      senders.add(Thread.ofPlatform().name("sender-" + s).start(() -> {
        for (int b = next.getAndIncrement(); b < batches.size() && killNow.getCount() > 0; b = next.getAndIncrement()) {
          Http.Response r;
          try {
            r = tracking.postJson("/v1/batch", batchBody(batches.get(b)));
          } catch (RuntimeException e) {
            return; // the server is gone; this batch is not acknowledged
          }
          if (r.status() == 200 && r.json().get("success").asBoolean()) {
            batches.get(b).forEach(m -> acknowledged.add(m.get("messageId").asText()));
            ackedBatches.add(b);
            if (ackedBatches.size() >= KILL_AFTER_ACKS) {
              killNow.countDown();
            }
          }
        }
      }));
    }
    assertThat(killNow.await(60, TimeUnit.SECONDS)).as("%d batches acknowledged", KILL_AFTER_ACKS).isTrue();
    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    for (Thread t : senders) {
      t.join(30_000);
    }
    assertThat(ackedBatches.size()).as("the kill came while batches were still to send").isLessThan(BATCHES);

    Process second = serve(port, data, model, "second");
    try {
      TestServerApi api = new TestServerApi(port);
      Map<String, Integer> stored = api.storedMessageIds();
      for (String id : acknowledged) {
        assertThat(stored.get(id)).as("acknowledged %s is stored exactly once", id).isEqualTo(1);
      }
      assertThat(stored.values()).as("nothing is stored twice").allMatch(n -> n == 1);

      for (int b = 0; b < batches.size(); b++) {
        if (!ackedBatches.contains(b)) {
          Http.Response r = tracking.postJson("/v1/batch", batchBody(batches.get(b)));
          assertThat(r.status()).as("resending batch %d: %s", b, r).isEqualTo(200);
        }
      }
      assertThat(api.storedMessageIds()).hasSize(BATCHES * PER_BATCH).allSatisfy((id, n) -> assertThat(n).isOne());

      JsonNode everyone = offlineScores(model, batches).get("people");
      assertThat(everyone.size()).as("people scored offline").isGreaterThan(USERS / 2);
      for (Map.Entry<String, JsonNode> person : everyone.properties()) {
        JsonNode live = api.get("/api/people/" + person.getKey() + "?asOf=" + AS_OF);
        JsonNode expected = person.getValue();
        for (String field : List.of("score", "fit", "engagement", "stage", "grade", "account")) {
          assertThat(live.get(field).asText()).as("%s %s", person.getKey(), field)
              .isEqualTo(expected.get(field).asText());
        }
        assertThat(live.get("contributions")).as(person.getKey()).hasSameSizeAs(expected.get("contributions"));
      }
    } finally {
      second.destroy(); // SIGTERM: the server commits what it accepted and stops
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (Store store = Store.open(ServerConfig.sqliteIn(data))) {
      assertThat(store.events().count()).isEqualTo(BATCHES * PER_BATCH);
      Set<String> ids = new java.util.HashSet<>();
      store.events().forEach(0, e -> assertThat(ids.add(e.stored().event().messageId())).isTrue());
    }
  }

  /** Reads the running server's API with the admin token. */
  private record TestServerApi(int port) {
    JsonNode get(String path) {
      Http.Response r = new Http("http://127.0.0.1:" + port, Optional.of(Http.bearer(TestServer.ADMIN_TOKEN)))
          .get(path);
      assertThat(r.status()).as("GET %s: %s", path, r).isEqualTo(200);
      return r.json();
    }

    /** How many times each messageId is stored, over every person's events (users and anonymous visitors). */
    Map<String, Integer> storedMessageIds() {
      Http api = new Http("http://127.0.0.1:" + port, Optional.of(Http.bearer(TestServer.ADMIN_TOKEN)));
      Set<String> people = new java.util.TreeSet<>();
      for (int u = 0; u < USERS; u++) {
        for (String id : List.of("u" + u, "anon-" + u)) {
          Http.Response r = api.get("/api/people/" + id);
          if (r.status() == 200) {
            people.add(r.json().get("id").asText());
          }
        }
      }
      Map<String, Integer> count = new HashMap<>();
      for (String person : people) {
        get("/api/people/" + person + "/events?limit=10000").get("items")
            .forEach(e -> count.merge(e.get("messageId").asText(), 1, Integer::sum));
      }
      return count;
    }
  }

  /** Users u0..u24, some first seen anonymously, viewing pricing, starting trials and identifying. */
  private static List<List<ObjectNode>> batches() {
    List<List<ObjectNode>> out = new ArrayList<>();
    int n = 0;
    for (int b = 0; b < BATCHES; b++) {
      List<ObjectNode> batch = new ArrayList<>();
      for (int i = 0; i < PER_BATCH; i++, n++) {
        int u = (n * 7) % USERS;
        ObjectNode m = Http.JSON.createObjectNode().put("messageId", "c-" + n)
            .put("timestamp", java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n * 97L).toString());
        switch (n % 10) {
          case 0 -> m.put("type", "identify").put("userId", "u" + u).put("anonymousId", "anon-" + u).putObject("traits")
              .put("email", "p" + u + (u % 5 == 0 ? "@rival.example" : "@acme.example"))
              .put("industry", u % 3 == 0 ? "software" : "retail");
          case 1 -> m.put("type", "track").put("userId", "u" + u).put("event", "Trial Started");
          case 2, 3 -> m.put("type", "page").put("anonymousId", "anon-" + u).putObject("properties").put("path", "/pricing");
          default -> m.put("type", "page").put("userId", "u" + u).putObject("properties")
              .put("path", n % 2 == 0 ? "/pricing" : "/docs");
        }
        batch.add(m);
      }
      out.add(batch);
    }
    return out;
  }

  private static ObjectNode batchBody(List<ObjectNode> messages) {
    ObjectNode body = Http.JSON.createObjectNode();
    messages.forEach(body.putArray("batch")::add);
    return body;
  }

  private JsonNode offlineScores(Path model, List<List<ObjectNode>> batches) throws IOException {
    Path events = temp.resolve("events.ndjson");
    List<String> lines = new ArrayList<>();
    batches.forEach(b -> b.forEach(m -> lines.add(m.toString())));
    Files.write(events, lines);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = LeadPulseCommand.run(new String[] {"score", "--model", model.toString(), "--events", events.toString(),
        "--as-of", AS_OF}, new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    return Http.JSON.readTree(out.toString());
  }

  private Process serve(int port, Path data, Path model, String name) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(), "serve",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", data.toString(), "--model", model.toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve(name + ".log").toFile());
    pb.environment().put("LEADPULSE_ADMIN_TOKEN", TestServer.ADMIN_TOKEN);
    pb.environment().put("LEADPULSE_WRITE_KEY", TestServer.WRITE_KEY);
    Process p = pb.start();
    Http health = new Http("http://127.0.0.1:" + port, Optional.empty());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("the server exited with " + p.exitValue() + ":\n"
            + Files.readString(temp.resolve(name + ".log")));
      }
      try {
        if (health.get("/health").status() == 200) {
          return p;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("the server did not become healthy in 60 s:\n" + Files.readString(temp.resolve(name + ".log")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
