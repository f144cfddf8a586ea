package dev.leadpulse.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading Segment messages: the Segment spec's semantics, and a precise reason for each refusal. */
class SegmentMessagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ParsedMessage read(String json) throws Exception {
    return SegmentMessages.read(JSON.readTree(json), Optional.empty(), Optional.empty());
  }

  private static Event accepted(String json) throws Exception {
    ParsedMessage m = read(json);
    assertThat(m).isInstanceOf(ParsedMessage.Accepted.class);
    return ((ParsedMessage.Accepted) m).event();
  }

  private static Rejection rejected(String json) throws Exception {
    ParsedMessage m = read(json);
    assertThat(m).isInstanceOf(ParsedMessage.Rejected.class);
    return ((ParsedMessage.Rejected) m).rejection();
  }

  @Test
  void aPageCallIsPageViewedWithItsNameAsAProperty() throws Exception {
    Event e = accepted("""
        {"type":"page","messageId":"m","userId":"u","name":"Pricing","timestamp":"2026-03-02T09:05:00Z",
         "properties":{"path":"/pricing"}}""");
    assertThat(e.name()).isEqualTo("Page Viewed");
    assertThat(e.properties()).containsEntry("name", "Pricing").containsEntry("path", "/pricing");
    assertThat(e.time()).isEqualTo(Instant.parse("2026-03-02T09:05:00Z").toEpochMilli());
  }

  @Test
  void aScreenCallIsScreenViewed() throws Exception {
    assertThat(accepted("""
        {"type":"screen","messageId":"m","anonymousId":"a","timestamp":"2026-03-02T09:05:00Z"}""").name())
        .isEqualTo("Screen Viewed");
  }

  @Test
  void everyNumberIsADoubleAndNullsAreDropped() throws Exception {
    Event e = accepted("""
        {"type":"track","event":"E","messageId":"m","userId":"u","timestamp":"2026-03-02T09:05:00Z",
         "properties":{"n":3,"x":2.5,"gone":null,"list":[1,null],"nested":{"k":1}}}""");
    assertThat(e.properties()).containsEntry("n", 3.0).containsEntry("x", 2.5).doesNotContainKey("gone");
    assertThat(e.properties().get("list")).isEqualTo(java.util.List.of(1.0));
    assertThat(e.properties().get("nested")).isEqualTo(Map.of("k", 1.0));
  }

  @Test
  void sentAtCorrectsTheClientsClockSkew() throws Exception {
    JsonNode m = JSON.readTree("""
        {"type":"track","event":"E","messageId":"m","userId":"u","timestamp":"2026-03-02T09:00:00Z",
         "sentAt":"2026-03-02T09:00:10Z"}""");
    Instant received = Instant.parse("2026-03-02T10:00:12Z");
    ParsedMessage p = SegmentMessages.read(m, Optional.of(received), Optional.empty());
    assertThat(((ParsedMessage.Accepted) p).event().time())
        .isEqualTo(Instant.parse("2026-03-02T10:00:02Z").toEpochMilli());
  }

  @Test
  void withoutTimestampTheReceiveTimeIsTheEventTime() throws Exception {
    JsonNode m = JSON.readTree("""
        {"type":"track","event":"E","messageId":"m","userId":"u"}""");
    Instant received = Instant.parse("2026-03-02T10:00:00Z");
    ParsedMessage p = SegmentMessages.read(m, Optional.of(received), Optional.empty());
    assertThat(((ParsedMessage.Accepted) p).event().time()).isEqualTo(received.toEpochMilli());
    assertThat(rejected("""
        {"type":"track","event":"E","messageId":"m","userId":"u"}""").code()).isEqualTo(Rejection.MISSING_FIELD);
  }

  @Test
  void theEndpointsTypeIsUsedWhenTheMessageHasNone() throws Exception {
    JsonNode m = JSON.readTree("""
        {"event":"E","messageId":"m","userId":"u","timestamp":"2026-03-02T09:00:00Z"}""");
    assertThat(SegmentMessages.read(m, Optional.empty(), Optional.of(MessageType.TRACK)))
        .isInstanceOf(ParsedMessage.Accepted.class);
  }

  @Test
  void aMessageWithoutMessageIdGetsAStableOne() throws Exception {
    String json = """
        {"type":"track","event":"E","userId":"u","timestamp":"2026-03-02T09:00:00Z"}""";
    assertThat(accepted(json).messageId()).startsWith("auto-").isEqualTo(accepted(json).messageId());
  }

  @Test
  void numericIdsAreReadAsText() throws Exception {
    assertThat(accepted("""
        {"type":"identify","messageId":"m","userId":42,"timestamp":"2026-03-02T09:00:00Z"}""").userId()).isEqualTo("42");
  }

  @Test
  void eachRequiredFieldIsNamedWhenMissing() throws Exception {
    String ts = "\"timestamp\":\"2026-03-02T09:00:00Z\"";
    assertThat(rejected("{\"type\":\"track\",\"messageId\":\"m\"," + ts + ",\"event\":\"E\"}").message())
        .isEqualTo("userId or anonymousId is required");
    assertThat(rejected("{\"type\":\"track\",\"messageId\":\"m\",\"userId\":\"u\"," + ts + "}").message())
        .isEqualTo("track needs an event name (\"event\")");
    assertThat(rejected("{\"type\":\"group\",\"messageId\":\"m\",\"userId\":\"u\"," + ts + "}").message())
        .isEqualTo("group needs a groupId");
    assertThat(rejected("{\"type\":\"alias\",\"messageId\":\"m\",\"userId\":\"u\"," + ts + "}").message())
        .isEqualTo("alias needs a previousId");
    assertThat(rejected("{\"type\":\"click\",\"messageId\":\"m\",\"userId\":\"u\"," + ts + "}").code())
        .isEqualTo(Rejection.BAD_VALUE);
  }

  @Test
  void wrongTypesAreRefusedWithTheFieldNamed() throws Exception {
    String ts = "\"timestamp\":\"2026-03-02T09:00:00Z\"";
    assertThat(rejected("{\"type\":\"track\",\"event\":\"E\",\"messageId\":\"m\",\"userId\":\"u\"," + ts
        + ",\"properties\":[1]}").message()).isEqualTo("properties must be an object");
    assertThat(rejected("{\"type\":\"track\",\"event\":7,\"messageId\":\"m\",\"userId\":\"u\"," + ts + "}").code())
        .isEqualTo(Rejection.WRONG_TYPE);
    assertThat(rejected("{\"type\":\"track\",\"event\":\"E\",\"messageId\":\"m\",\"userId\":{\"a\":1}," + ts + "}")
        .message()).isEqualTo("userId must be a string");
    assertThat(read("[1,2]")).isInstanceOf(ParsedMessage.Rejected.class);
  }

  @Test
  void deeplyNestedPropertiesAreRefused() throws Exception {
    String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
    Rejection r = rejected("{\"type\":\"track\",\"event\":\"E\",\"messageId\":\"m\",\"userId\":\"u\","
        + "\"timestamp\":\"2026-03-02T09:00:00Z\",\"properties\":" + deep + "}");
    assertThat(r.code()).isEqualTo(Rejection.TOO_DEEP);
  }
}
