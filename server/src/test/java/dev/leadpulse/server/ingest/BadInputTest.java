package dev.leadpulse.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Metrics;
import dev.leadpulse.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tracking API against bad and unusual input, as API.md §1 says: each refusal with its
 * status and a JSON body, counted in {@code /metrics} by reason; partial acceptance of a batch
 * with some bad messages; gzip, trailing slashes, duplicates and clock-skew correction. After
 * every test the same server still accepts a good request.
 */
class BadInputTest {
  private static final String MODEL = """
      name: bad-input
      engagement:
        - id: signup
          event: Signed Up
          points: 10
      """;
  private static final AtomicInteger IDS = new AtomicInteger();

  @TempDir
  static Path temp;

  static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.sqlite(temp.resolve("data"), Files.writeString(temp.resolve("model.yaml"), MODEL));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void aGoodRequestStillWorks() {
    String user = "healthy-" + IDS.incrementAndGet();
    Http.Response r = server.tracking().postJson("/v1/track", signUp(user));
    assertThat(r.status()).as("a good request after the test: %s", r).isEqualTo(200);
    assertThat(server.getJson("/api/people/" + user).get("score").decimalValue()).isEqualByComparingTo("10");
  }

  @Test
  void invalidJsonIs400AndCounted() {
    double before = rejected("invalid_json");
    refused(server.tracking().post("/v1/batch", "application/json", bytes("{\"batch\": [")), 400, "invalid_json");
    refused(server.tracking().post("/v1/track", "application/json", bytes("{\"userId\": u}")), 400, "invalid_json");
    assertThat(rejected("invalid_json")).isEqualTo(before + 2);
  }

  @Test
  void aBodyThatIsNotAnObjectIs400() {
    double before = rejected("wrong_type");
    refused(server.tracking().post("/v1/batch", "application/json", bytes("[{\"type\": \"track\"}]")), 400,
        "wrong_type");
    refused(server.tracking().post("/v1/identify", "application/json", bytes("\"u-1\"")), 400, "wrong_type");
    assertThat(rejected("wrong_type")).isEqualTo(before + 2);
  }

  @Test
  void aBodyOver500KbIs413() {
    double before = rejected("too_large");
    refused(server.tracking().post("/v1/batch", "application/json", bytes(padded(600 * 1024))), 413, "too_large");
    assertThat(rejected("too_large")).isEqualTo(before + 1);
  }

  @Test
  void aGzipBodyThatDecompressesPast500KbIs413() {
    byte[] bomb = gzip(bytes(padded(2 * 1024 * 1024)));
    assertThat(bomb.length).as("small on the wire").isLessThan(100 * 1024);
    double before = rejected("too_large");
    refused(server.tracking().post("/v1/batch", "application/json", bomb, "Content-Encoding", "gzip"), 413,
        "too_large");
    assertThat(rejected("too_large")).isEqualTo(before + 1);
  }

  @Test
  void aMessageOver32KbInABatchIsRejectedAloneAndTheRestStored() {
    ObjectNode big = signUp("big-" + IDS.incrementAndGet());
    big.putObject("properties").put("blob", "x".repeat(33 * 1024));
    String okUser = "beside-big-" + IDS.incrementAndGet();
    double before = rejected("too_large");
    Http.Response r = server.tracking().postJson("/v1/batch", batch(signUp(okUser), big));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("success").asBoolean()).isTrue();
    assertThat(body.get("accepted").asInt()).isEqualTo(1);
    assertThat(body.get("rejected")).hasSize(1);
    JsonNode rejection = body.get("rejected").get(0);
    assertThat(rejection.get("index").asInt()).isEqualTo(1);
    assertThat(rejection.get("messageId").asText()).isEqualTo(big.get("messageId").asText());
    assertThat(rejection.get("code").asText()).isEqualTo("too_large");
    assertThat(rejection.get("message").asText()).contains("32768");
    assertThat(server.getJson("/api/people/" + okUser).get("score").decimalValue()).isEqualByComparingTo("10");
    assertThat(server.api().get("/api/people/" + big.get("userId").asText()).status()).isEqualTo(404);
    assertThat(rejected("too_large")).isEqualTo(before + 1);
  }

  @Test
  void aSingleCallOver32KbIs413() {
    ObjectNode big = signUp("single-big-" + IDS.incrementAndGet());
    big.remove("type");
    big.putObject("properties").put("blob", "x".repeat(33 * 1024));
    double before = rejected("too_large");
    refused(server.tracking().postJson("/v1/track", big), 413, "too_large");
    assertThat(server.api().get("/api/people/" + big.get("userId").asText()).status()).isEqualTo(404);
    assertThat(rejected("too_large")).isEqualTo(before + 1);
  }

  @Test
  void aBatchOfMoreThan2500MessagesIs413AndNothingIsStored() {
    long stored = server.server().store().events().count();
    ObjectNode[] messages = new ObjectNode[2_501];
    for (int i = 0; i < messages.length; i++) {
      messages[i] = signUp("many-" + i);
    }
    double before = rejected("too_large");
    refused(server.tracking().postJson("/v1/batch", batch(messages)), 413, "too_large");
    assertThat(server.server().store().events().count()).isEqualTo(stored);
    assertThat(rejected("too_large")).isEqualTo(before + 1);
  }

  @Test
  void aMissingOrUnknownWriteKeyIs401WithJson() {
    double before = rejected("unauthorized");
    refused(server.anonymous().postJson("/v1/track", signUp("nokey")), 401, "unauthorized");
    refused(server.anonymous().withAuthorization(Http.basic("not-a-key")).postJson("/v1/track", signUp("nokey")), 401,
        "unauthorized");
    ObjectNode wrongInBody = batch(signUp("nokey")).put("writeKey", "not-a-key");
    refused(server.anonymous().postJson("/v1/batch", wrongInBody), 401, "unauthorized");
    assertThat(rejected("unauthorized")).isEqualTo(before + 3);
    assertThat(server.api().get("/api/people/nokey").status()).isEqualTo(404);
  }

  @Test
  void theWriteKeyIsTakenFromBasicAuthOrFromTheBody() {
    String viaBasic = "basic-" + IDS.incrementAndGet();
    assertThat(server.anonymous().withAuthorization(Http.basic(TestServer.WRITE_KEY)).postJson("/v1/track",
        signUp(viaBasic)).status()).isEqualTo(200);
    String viaBody = "body-" + IDS.incrementAndGet();
    assertThat(server.anonymous().postJson("/v1/batch", batch(signUp(viaBody)).put("writeKey", TestServer.WRITE_KEY))
        .status()).isEqualTo(200);
    assertThat(server.anonymous().postJson("/v1/track", signUp("single-" + viaBody)
        .put("writeKey", TestServer.WRITE_KEY)).status()).isEqualTo(200);
    for (String user : List.of(viaBasic, viaBody, "single-" + viaBody)) {
      assertThat(server.getJson("/api/people/" + user).get("score").decimalValue()).isEqualByComparingTo("10");
    }
  }

  @Test
  void messagesMissingRequiredFieldsAreRejectedWithTheirReason() {
    ObjectNode noIds = signUp("x");
    noIds.remove("userId");
    ObjectNode noEvent = signUp("no-event");
    noEvent.remove("event");
    ObjectNode noGroupId = message("group", "no-group");
    ObjectNode noPreviousId = message("alias", "no-previous");
    ObjectNode aliasNoUser = message("alias", "x").put("previousId", "anon-x");
    aliasNoUser.remove("userId");
    double before = rejected("missing_field");
    Http.Response r = server.tracking().postJson("/v1/batch", batch(noIds, noEvent, noGroupId, noPreviousId,
        aliasNoUser));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("accepted").asInt()).isZero();
    JsonNode rejected = r.json().get("rejected");
    assertThat(rejected).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(rejected.get(i).get("index").asInt()).isEqualTo(i);
      assertThat(rejected.get(i).get("code").asText()).isEqualTo("missing_field");
    }
    assertThat(rejected.get(0).get("message").asText()).contains("userId or anonymousId");
    assertThat(rejected.get(1).get("message").asText()).contains("event");
    assertThat(rejected.get(2).get("message").asText()).contains("groupId");
    assertThat(rejected.get(3).get("message").asText()).contains("previousId");
    assertThat(rejected.get(4).get("message").asText()).contains("userId");
    assertThat(rejected("missing_field")).isEqualTo(before + 5);
    // The same, one call at a time: the whole request is refused with 400.
    refused(server.tracking().postJson("/v1/track", noEvent), 400, "missing_field");
    refused(server.tracking().postJson("/v1/group", noGroupId), 400, "missing_field");
    refused(server.tracking().postJson("/v1/alias", noPreviousId), 400, "missing_field");
    refused(server.tracking().postJson("/v1/page", noIds.put("type", "page")), 400, "missing_field");
  }

  @Test
  void fieldsOfTheWrongTypeAreRejected() {
    ObjectNode userIdObject = signUp("x");
    userIdObject.putObject("userId").put("id", "u");
    ObjectNode propertiesString = signUp("props-string").put("properties", "plan=pro");
    ObjectNode timestampNotADate = signUp("bad-time").put("timestamp", "yesterday");
    ObjectNode timestampNumber = signUp("number-time").put("timestamp", 1_700_000_000);
    Http.Response r = server.tracking().postJson("/v1/batch", batch(userIdObject, propertiesString, timestampNotADate,
        timestampNumber));
    assertThat(r.status()).isEqualTo(200);
    JsonNode rejected = r.json().get("rejected");
    assertThat(rejected).hasSize(4);
    assertThat(rejected.get(0).get("code").asText()).isEqualTo("wrong_type");
    assertThat(rejected.get(0).get("message").asText()).contains("userId");
    assertThat(rejected.get(1).get("code").asText()).isEqualTo("wrong_type");
    assertThat(rejected.get(1).get("message").asText()).contains("properties");
    assertThat(rejected.get(2).get("code").asText()).isEqualTo("bad_value");
    assertThat(rejected.get(2).get("message").asText()).contains("yesterday");
    assertThat(rejected.get(3).get("code").asText()).isEqualTo("wrong_type");
    for (String user : List.of("props-string", "bad-time", "number-time")) {
      assertThat(server.api().get("/api/people/" + user).status()).as(user).isEqualTo(404);
    }
  }

  @Test
  void deeplyNestedPropertiesAreRejectedNotFatal() {
    ObjectNode deep = signUp("deep");
    ObjectNode at = deep.putObject("properties");
    for (int i = 0; i < 200; i++) {
      at = at.putObject("n");
    }
    Http.Response r = server.tracking().postJson("/v1/batch", batch(deep));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("rejected").get(0).get("code").asText()).isEqualTo("too_deep");
    refused(server.tracking().postJson("/v1/track", deep), 400, "too_deep");
    // Past the JSON parser's own nesting limit, the request is not JSON it will read.
    String deeper = "{\"batch\": [{\"properties\": " + "{\"n\": ".repeat(5_000) + "1" + "}".repeat(5_000) + "}]}";
    Http.Response tooDeep = server.tracking().post("/v1/batch", "application/json", bytes(deeper));
    assertThat(tooDeep.status()).as(tooDeep.toString()).isEqualTo(400);
    assertThat(tooDeep.json().get("success").asBoolean()).isFalse();
  }

  @Test
  void aGzipBodyIsAccepted() {
    String user = "gzip-" + IDS.incrementAndGet();
    Http.Response r = server.tracking().post("/v1/batch", "application/json",
        gzip(bytes(Http.json(batch(signUp(user))))), "Content-Encoding", "gzip");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(server.getJson("/api/people/" + user).get("score").decimalValue()).isEqualByComparingTo("10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"track", "page", "screen", "identify", "group", "alias", "batch", "import"})
  void everyEndpointAnswersWithAndWithoutATrailingSlash(String endpoint) {
    for (String path : List.of("/v1/" + endpoint, "/v1/" + endpoint + "/")) {
      String user = endpoint + "-" + IDS.incrementAndGet();
      ObjectNode m = switch (endpoint) {
        case "batch", "import" -> batch(signUp(user));
        case "track" -> signUp(user);
        case "group" -> message("group", user).put("groupId", "g-" + user);
        case "alias" -> message("alias", user).put("previousId", "anon-" + user);
        default -> message(endpoint, user);
      };
      if (!endpoint.equals("batch") && !endpoint.equals("import")) {
        m.remove("type"); // the endpoint gives the type
      }
      Http.Response r = server.tracking().postJson(path, m);
      assertThat(r.status()).as("%s: %s", path, r).isEqualTo(200);
      assertThat(r.json().get("success").asBoolean()).isTrue();
      assertThat(server.getJson("/api/people/" + user).get("id").asText()).as(path).isEqualTo(user);
    }
  }

  @Test
  void aRepeatedMessageIdIsAcknowledgedAndCountedOnce() {
    String user = "dup-" + IDS.incrementAndGet();
    ObjectNode m = signUp(user);
    assertThat(server.tracking().postJson("/v1/track", m).status()).isEqualTo(200);
    Http.Response again = server.tracking().postJson("/v1/batch", batch(m, m));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().get("success").asBoolean()).isTrue();
    assertThat(server.tracking().postJson("/v1/track", m).status()).isEqualTo(200);
    assertThat(server.getJson("/api/people/" + user).get("score").decimalValue()).isEqualByComparingTo("10");
    assertThat(server.getJson("/api/people/" + user + "/events").get("items")).hasSize(1);
  }

  @Test
  void theClientsClockSkewIsCorrectedWithSentAt() {
    String user = "skew-" + IDS.incrementAndGet();
    // The client's clock is 10 s and 250 ms ahead of the server's, and it sent 3 s after the event.
    ObjectNode skewed = signUp(user).put("timestamp", "2030-01-01T00:00:00Z").put("sentAt", "2030-01-01T00:00:03Z");
    ObjectNode plain = message("track", user).put("event", "Other").put("timestamp", "2026-01-02T03:04:05.678Z");
    ObjectNode untimed = message("track", user).put("event", "Untimed");
    untimed.remove("timestamp");
    Instant before = Instant.now();
    assertThat(server.tracking().postJson("/v1/batch", batch(skewed, plain, untimed)).status()).isEqualTo(200);
    Instant after = Instant.now();
    JsonNode events = server.getJson("/api/people/" + user + "/events").get("items");
    assertThat(events).hasSize(3);
    for (JsonNode e : events) {
      Instant time = Instant.parse(e.get("time").asText());
      Instant receivedAt = Instant.parse(e.get("receivedAt").asText());
      assertThat(receivedAt).isBetween(before.minusMillis(1), after.plusMillis(1));
      switch (e.get("messageId").asText().equals(skewed.get("messageId").asText()) ? "skewed"
          : e.get("event").asText().equals("Other") ? "plain" : "untimed") {
        case "skewed" -> {
          assertThat(time).as("receivedAt − (sentAt − timestamp)").isEqualTo(receivedAt.minusSeconds(3));
          assertThat(e.get("sentAt").asText()).isEqualTo("2030-01-01T00:00:03Z");
          assertThat(e.get("timestamp").asText()).isEqualTo("2030-01-01T00:00:00Z");
        }
        case "plain" -> assertThat(time).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        default -> assertThat(time).as("no timestamp: the receive time").isEqualTo(receivedAt);
      }
    }
  }

  @Test
  void topLevelSentAtAndContextOfABatchApplyToEveryMessage() {
    String user = "top-" + IDS.incrementAndGet();
    ObjectNode body = batch(signUp(user).put("timestamp", "2030-06-01T00:00:00Z"));
    body.put("sentAt", "2030-06-01T00:01:00Z");
    assertThat(server.tracking().postJson("/v1/batch", body).status()).isEqualTo(200);
    JsonNode e = server.getJson("/api/people/" + user + "/events").get("items").get(0);
    assertThat(Instant.parse(e.get("time").asText()))
        .isEqualTo(Instant.parse(e.get("receivedAt").asText()).minusSeconds(60));
  }

  private static void refused(Http.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    JsonNode body = r.json();
    assertThat(body.get("success").asBoolean()).as(r.toString()).isFalse();
    assertThat(body.get("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(body.get("message").asText()).as(r.toString()).isNotBlank();
  }

  private static double rejected(String reason) {
    return Metrics.rejected(server.metrics(), reason);
  }

  static ObjectNode message(String type, String userId) {
    return Http.JSON.createObjectNode().put("type", type).put("messageId", "m-" + IDS.incrementAndGet())
        .put("userId", userId).put("timestamp", "2026-03-01T10:00:00Z");
  }

  static ObjectNode signUp(String userId) {
    return message("track", userId).put("event", "Signed Up");
  }

  static ObjectNode batch(ObjectNode... messages) {
    ObjectNode body = Http.JSON.createObjectNode();
    ArrayNode batch = body.putArray("batch");
    for (ObjectNode m : messages) {
      batch.add(m);
    }
    return body;
  }

  /** A syntactically valid batch of about {@code size} bytes. */
  private static String padded(int size) {
    return "{\"batch\": [], \"padding\": \"" + "x".repeat(size) + "\"}";
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
