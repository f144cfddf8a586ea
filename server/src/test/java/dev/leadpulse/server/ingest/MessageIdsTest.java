package dev.leadpulse.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Messages without a {@code messageId}: with a {@code timestamp} the content identifies them
 * (a retried request is not counted twice); without one, two identical messages are two
 * events and neither is lost.
 */
class MessageIdsTest {
  private final MessageReader reader = new MessageReader(new ObjectMapper(), IngestLimits.SEGMENT);
  private final Instant now = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void identicalMessagesWithoutIdOrTimestampAreDistinctEvents() {
    ParsedRequest parsed = reader.readBatch(bytes("""
        {"batch": [{"type": "track", "userId": "u1", "event": "Feature Used"},
                   {"type": "track", "userId": "u1", "event": "Feature Used"}]}"""), now, k -> "src");

    assertThat(parsed.accepted()).extracting(s -> s.event().messageId()).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void aMessageWithATimestampButNoIdKeepsTheSameIdWhenSentAgain() {
    String body = """
        {"batch": [{"type": "track", "userId": "u1", "event": "Feature Used", "timestamp": "2026-11-23T11:00:00Z"}]}""";
    StoredEvent first = reader.readBatch(bytes(body), now, k -> "src").accepted().getFirst();
    StoredEvent retry = reader.readBatch(bytes(body), now.plusSeconds(30), k -> "src").accepted().getFirst();

    assertThat(retry.event().messageId()).isEqualTo(first.event().messageId());
  }

  @Test
  void aGivenIdIsKept() {
    ParsedRequest parsed = reader.readSingle(bytes("""
        {"userId": "u1", "event": "Feature Used", "messageId": "m-42"}"""),
        dev.leadpulse.core.event.MessageType.TRACK, now, k -> "src");

    assertThat(parsed.accepted()).extracting(s -> s.event().messageId()).containsExactly("m-42");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
