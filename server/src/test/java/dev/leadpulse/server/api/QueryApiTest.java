package dev.leadpulse.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query and admin API of API.md §2 on one server: bearer tokens, JSON errors, the people
 * list (filters, sorts, cursor paging), one person, score history, the stage-change feed,
 * dispositions, the privacy export and erasure, and {@code /health}.
 *
 * <p>Five people p1..p5 sign up 1..5 times (10 points each); p5 also requests a demo (50) and
 * so is an MQL; p1 and p2 are in account g-a, p3 in g-b. Each person's last event is later
 * the lower their number, so last activity sorts them p1 first.
 */
class QueryApiTest {
  private static final String MODEL = """
      name: query-api
      accounts:
        key: group
      engagement:
        - id: signup
          event: Signed Up
          points: 10
        - id: demo
          event: Demo Requested
          points: 50
      stages:
        - name: MQL
          when: 'score >= 50'
      """;

  @TempDir
  static Path temp;

  static TestServer server;
  static int ids;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.sqlite(temp.resolve("data"), Files.writeString(temp.resolve("model.yaml"), MODEL));
    List<ObjectNode> messages = new ArrayList<>();
    for (int p = 1; p <= 5; p++) {
      for (int i = 0; i < p; i++) {
        messages.add(track("p" + p, "Signed Up", String.format("2026-03-%02dT10:00:00Z", 10 - p - i)));
      }
    }
    messages.add(message("group", "p1", "2026-03-01T09:00:00Z").put("groupId", "g-a"));
    messages.add(message("group", "p2", "2026-03-01T09:00:00Z").put("groupId", "g-a"));
    messages.add(message("group", "p3", "2026-03-01T09:00:00Z").put("groupId", "g-b"));
    server.sendBatch(messages);
    // p5's demo in a later request, so its history has a point before and after.
    server.sendBatch(List.of(track("p5", "Demo Requested", "2026-03-04T12:00:00Z")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theApiNeedsAKnownBearerToken() {
    for (Http client : List.of(server.anonymous(), server.anonymous().withAuthorization(Http.bearer("wrong")),
        server.anonymous().withAuthorization(Http.basic(TestServer.ADMIN_TOKEN)))) {
      for (String path : List.of("/api/people", "/api/people/p1", "/api/accounts", "/api/model",
          "/api/stage-changes")) {
        Http.Response r = client.get(path);
        assertThat(r.status()).as(path).isEqualTo(401);
        assertThat(r.json().get("code").asText()).isEqualTo("unauthorized");
        assertThat(r.json().get("message").asText()).isNotBlank();
      }
    }
    assertThat(server.anonymous().postJson("/api/people/p1/dispositions", Map.of("verdict", "accepted")).status())
        .isEqualTo(401);
    assertThat(server.anonymous().delete("/api/people/p1").status()).isEqualTo(401);
    assertThat(server.getJson("/api/people/p1").get("score").decimalValue()).isEqualByComparingTo("10");
  }

  @Test
  void anUnknownPersonIs404WithJson() {
    for (String path : List.of("/api/people/nobody", "/api/people/nobody/events", "/api/people/nobody/history",
        "/api/people/nobody/export", "/api/accounts/no-such-account")) {
      Http.Response r = server.api().get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.json().get("code").asText()).isEqualTo("not_found");
    }
    assertThat(server.api().get("/api/no-such-endpoint").status()).isEqualTo(404);
  }

  @Test
  void onePersonHasScoreExplanationStagesAndAccount() {
    JsonNode p5 = server.getJson("/api/people/p5");
    assertThat(p5.get("score").decimalValue()).isEqualByComparingTo("100");
    assertThat(p5.get("stage").asText()).isEqualTo("MQL");
    assertThat(p5.get("contributions")).hasSize(6);
    assertThat(p5.get("stages")).hasSize(1);
    assertThat(p5.get("stages").get(0).get("to").asText()).isEqualTo("MQL");
    assertThat(server.getJson("/api/people/p1").get("account").asText()).isEqualTo("g-a");
    JsonNode account = server.getJson("/api/accounts/g-a");
    assertThat(account.get("score").decimalValue()).isEqualByComparingTo("30");
    assertThat(account.get("people").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("p1", "p2");
  }

  @Test
  void theListFiltersAndSorts() {
    assertThat(ids(server.getJson("/api/people"))).containsExactly("p5", "p4", "p3", "p2", "p1");
    assertThat(ids(server.getJson("/api/people?min_score=30"))).containsExactly("p5", "p4", "p3");
    assertThat(ids(server.getJson("/api/people?stage=MQL"))).containsExactly("p5");
    assertThat(ids(server.getJson("/api/people?account=g-a"))).containsExactly("p2", "p1");
    assertThat(ids(server.getJson("/api/people?account=g-a&min_score=15"))).containsExactly("p2");
    assertThat(ids(server.getJson("/api/people?sort=last_activity"))).containsExactly("p1", "p2", "p3", "p4", "p5");
    JsonNode first = server.getJson("/api/people").get("items").get(0);
    assertThat(first.get("score").decimalValue()).isEqualByComparingTo("100");
    assertThat(first.get("stage").asText()).isEqualTo("MQL");
    assertThat(server.api().get("/api/people?sort=name").status()).isEqualTo(400);
    assertThat(server.api().get("/api/people?limit=0").status()).isEqualTo(400);
    assertThat(server.api().get("/api/people?min_score=lots").status()).isEqualTo(400);
  }

  @Test
  void theListPagesWithACursor() {
    for (String sort : List.of("score", "last_activity")) {
      List<String> seen = new ArrayList<>();
      Optional<String> cursor = Optional.empty();
      int pages = 0;
      do {
        JsonNode page = server.getJson("/api/people?limit=2&sort=" + sort + cursor.map(c -> "&cursor=" + c).orElse(""));
        assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
        seen.addAll(ids(page));
        cursor = page.get("next").isNull() ? Optional.empty() : Optional.of(page.get("next").asText());
        pages++;
      } while (cursor.isPresent() && pages < 10);
      assertThat(seen).as(sort).isEqualTo(ids(server.getJson("/api/people?sort=" + sort)));
      assertThat(pages).isEqualTo(3);
    }
  }

  @Test
  void scoreHistoryIsOldestFirst() {
    JsonNode items = server.getJson("/api/people/p5/history").get("items");
    assertThat(items.size()).isGreaterThanOrEqualTo(2);
    assertThat(items.get(0).get("score").decimalValue()).isEqualByComparingTo("50");
    assertThat(items.get(items.size() - 1).get("score").decimalValue()).isEqualByComparingTo("100");
    assertThat(items.get(items.size() - 1).get("stage").asText()).isEqualTo("MQL");
  }

  @Test
  void theStageChangeFeedPagesBySeq() {
    JsonNode all = server.getJson("/api/stage-changes?after=0").get("items");
    JsonNode p5 = StreamSupport.stream(all.spliterator(), false).filter(c -> c.get("person").asText().equals("p5"))
        .findFirst().orElseThrow(() -> new AssertionError("no stage change of p5 in " + all));
    assertThat(p5.get("to").asText()).isEqualTo("MQL");
    assertThat(p5.get("from").asText()).isEmpty();
    long seq = p5.get("seq").asLong();
    JsonNode after = server.getJson("/api/stage-changes?after=" + seq).get("items");
    for (JsonNode c : after) {
      assertThat(c.get("seq").asLong()).isGreaterThan(seq);
    }
    assertThat(server.api().get("/api/stage-changes?after=x").status()).isEqualTo(400);
  }

  @Test
  void dispositionsAreKeptWithTimeAndAuthor() {
    Http.Response added = server.api().postJson("/api/people/p4/dispositions",
        Map.of("verdict", "contacted", "note", "left a voicemail", "author", "rep@example.com"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().get("verdict").asText()).isEqualTo("contacted");
    JsonNode items = server.getJson("/api/people/p4/dispositions").get("items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("note").asText()).isEqualTo("left a voicemail");
    assertThat(items.get(0).get("author").asText()).isEqualTo("rep@example.com");
    assertThat(items.get(0).get("time").asText()).isNotBlank();
    Http.Response bad = server.api().postJson("/api/people/p4/dispositions", Map.of("verdict", "maybe"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("code").asText()).isEqualTo("bad_request");
    assertThat(server.api().postJson("/api/people/p4/dispositions", "{oops").status()).isEqualTo(400);
    assertThat(server.api().postJson("/api/people/p4/dispositions", Map.of("note", "no verdict")).status())
        .isEqualTo(400);
    assertThat(server.api().postJson("/api/people/nobody/dispositions", Map.of("verdict", "accepted")).status())
        .isEqualTo(404);
    assertThat(server.getJson("/api/people/p4/dispositions").get("items")).hasSize(1);
  }

  @Test
  void anErasedPersonIsGoneEverywhere() {
    // A visitor who becomes "erase-me", reaches MQL, and has a disposition.
    server.sendBatch(List.of(
        message("page", "", "2026-03-05T09:00:00Z").put("anonymousId", "anon-erase"),
        message("identify", "erase-me", "2026-03-05T09:01:00Z").put("anonymousId", "anon-erase"),
        track("erase-me", "Demo Requested", "2026-03-05T09:02:00Z")));
    server.api().postJson("/api/people/erase-me/dispositions", Map.of("verdict", "accepted"));
    JsonNode export = server.getJson("/api/people/erase-me/export");
    assertThat(export.get("events")).hasSize(3);
    assertThat(export.get("dispositions")).hasSize(1);
    assertThat(export.get("stageChanges")).hasSize(1);
    assertThat(export.get("score").get("score").decimalValue()).isEqualByComparingTo("50");
    assertThat(export.get("identities").toString()).contains("anon-erase");
    long stored = server.server().store().events().count();

    Http.Response erased = server.api().delete("/api/people/erase-me");
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.json().get("events").asLong()).isEqualTo(3);

    for (String path : List.of("/api/people/erase-me", "/api/people/anon-erase", "/api/people/erase-me/events",
        "/api/people/erase-me/export", "/api/people/erase-me/history", "/api/people/erase-me/dispositions")) {
      assertThat(server.api().get(path).status()).as(path).isEqualTo(404);
    }
    assertThat(server.server().store().events().count()).isEqualTo(stored - 3);
    String everything = server.getJson("/api/people?limit=1000") + " " + server.getJson("/api/stage-changes")
        + " " + server.getJson("/api/accounts");
    assertThat(everything).doesNotContain("erase-me").doesNotContain("anon-erase");
    assertThat(server.getJson("/api/people/p5").get("score").decimalValue()).as("others untouched")
        .isEqualByComparingTo("100");
  }

  @Test
  void healthSaysReady() {
    Http.Response r = server.anonymous().get("/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.json().get("ready").asBoolean()).isTrue();
    assertThat(r.json().get("modelVersion").asInt()).isEqualTo(1);
    assertThat(server.anonymous().get("/metrics").body()).contains("leadpulse_events_accepted_total");
  }

  private static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).map(p -> p.get("id").asText()).toList();
  }

  private static ObjectNode message(String type, String userId, String timestamp) {
    ObjectNode m = Http.JSON.createObjectNode().put("type", type).put("messageId", "q-" + ++ids)
        .put("timestamp", timestamp);
    return userId.isEmpty() ? m : m.put("userId", userId);
  }

  private static ObjectNode track(String userId, String event, String timestamp) {
    return message("track", userId, timestamp).put("event", event);
  }

}
