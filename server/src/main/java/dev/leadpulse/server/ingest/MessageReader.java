package dev.leadpulse.server.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.event.ParsedMessage;
import dev.leadpulse.core.event.Rejection;
import dev.leadpulse.core.event.SegmentMessages;
import dev.leadpulse.store.StoredEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Reads the JSON body of a tracking request into events and rejections.
 *
 * <p>A batch body ({@code /v1/batch}, {@code /v1/import}) is {@code {"batch": [...], "context",
 * "integrations", "sentAt", "writeKey"}}: the top-level {@code context}, {@code integrations}
 * and {@code sentAt} apply to every message that lacks its own. Each message's size is
 * measured on the wire, from the parser's byte offsets, without writing it out again. A single
 * call's body is one message, whose type the endpoint gives when the message has none.
 *
 * <p>A message with neither {@code messageId} nor {@code timestamp} gets a fresh id: two such
 * messages with the same content are two events (a retry of one cannot be told from a
 * repeat). With a {@code timestamp}, the content itself identifies the message, so that a
 * retried request is not counted twice.
 *
 * {@code sourceOf} turns the body's {@code writeKey} (empty when there is none) into the source
 * id the events are stored under, once per request, before any event is built; it refuses
 * (401) an unknown key.
 *
 * @throws IngestRefused 400 for invalid JSON or a body that is not an object, 413 for a batch
 *     of too many messages
 */
final class MessageReader {
  private static final List<String> INHERITED = List.of("context", "integrations", "sentAt");

  private final ObjectMapper json;
  private final IngestLimits limits;
  private final AtomicLong generatedIds = new AtomicLong();

  MessageReader(ObjectMapper json, IngestLimits limits) {
    this.json = json;
    this.limits = limits;
  }

  ParsedRequest readBatch(byte[] body, Instant receivedAt, UnaryOperator<String> sourceOf) {
    ObjectNode top = json.createObjectNode();
    List<JsonNode> messages = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    boolean sawBatch = false;
    try (JsonParser p = json.createParser(body)) {
      expectObject(p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("batch")) {
          sawBatch = true;
          if (value != JsonToken.START_ARRAY) {
            throw new IngestRefused(400, Rejection.WRONG_TYPE, "\"batch\" must be an array of messages");
          }
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long start = p.currentTokenLocation().getByteOffset();
            messages.add(json.readTree(p));
            sizes.add(p.currentLocation().getByteOffset() - start);
            if (messages.size() > limits.maxBatchMessages()) {
              throw new IngestRefused(413, Rejection.TOO_LARGE, "a batch may hold at most "
                  + limits.maxBatchMessages() + " messages; split it");
            }
          }
        } else {
          top.set(field, json.readTree(p));
        }
      }
      expectEnd(p);
    } catch (JsonProcessingException e) {
      throw invalidJson(e);
    } catch (IOException e) {
      throw new IngestRefused(400, Rejection.INVALID_JSON, "the body could not be read: " + e.getMessage());
    }
    if (!sawBatch) {
      throw new IngestRefused(400, Rejection.MISSING_FIELD, "a batch body needs a \"batch\" array of messages");
    }
    String source = sourceOf.apply(text(top.get("writeKey")));
    List<StoredEvent> accepted = new ArrayList<>(messages.size());
    List<ParsedRequest.RejectedMessage> rejected = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode m = messages.get(i);
      if (m instanceof ObjectNode o) {
        INHERITED.forEach(f -> {
          if (top.has(f) && !o.has(f)) {
            o.set(f, top.get(f));
          }
        });
      }
      read(i, m, sizes.get(i), receivedAt, Optional.empty(), source, accepted, rejected);
    }
    return new ParsedRequest(messages.size(), accepted, rejected);
  }

  ParsedRequest readSingle(byte[] body, MessageType type, Instant receivedAt, UnaryOperator<String> sourceOf) {
    JsonNode message;
    try (JsonParser p = json.createParser(body)) {
      expectObject(p.nextToken());
      message = json.readTree(p);
      expectEnd(p);
    } catch (JsonProcessingException e) {
      throw invalidJson(e);
    } catch (IOException e) {
      throw new IngestRefused(400, Rejection.INVALID_JSON, "the body could not be read: " + e.getMessage());
    }
    String source = sourceOf.apply(text(message.get("writeKey")));
    List<StoredEvent> accepted = new ArrayList<>(1);
    List<ParsedRequest.RejectedMessage> rejected = new ArrayList<>(1);
    read(0, message, body.length, receivedAt, Optional.of(type), source, accepted, rejected);
    return new ParsedRequest(1, accepted, rejected);
  }

  private void read(int index, JsonNode m, long size, Instant receivedAt, Optional<MessageType> type, String source,
      List<StoredEvent> accepted, List<ParsedRequest.RejectedMessage> rejected) {
    if (size > limits.maxMessageBytes()) {
      rejected.add(new ParsedRequest.RejectedMessage(index, text(m.get("messageId")), Rejection.TOO_LARGE,
          "the message takes " + size + " bytes; at most " + limits.maxMessageBytes() + " are allowed"));
      return;
    }
    if (m instanceof ObjectNode o && isMissing(o, "messageId") && isMissing(o, "timestamp")) {
      o.put("messageId", "srv-" + receivedAt.toEpochMilli() + "-" + generatedIds.incrementAndGet());
    }
    switch (SegmentMessages.read(m, Optional.of(receivedAt), type)) {
      case ParsedMessage.Accepted a -> accepted.add(new StoredEvent(a.event(), source, receivedAt.toEpochMilli(),
          text(m.get("sentAt")), text(m.get("timestamp"))));
      case ParsedMessage.Rejected r -> rejected.add(new ParsedRequest.RejectedMessage(index, r.messageId(),
          r.rejection().code(), r.rejection().message()));
    }
  }

  private static boolean isMissing(ObjectNode m, String field) {
    return !m.has(field) || m.get(field).isNull();
  }

  private static void expectObject(JsonToken first) {
    if (first != JsonToken.START_OBJECT) {
      throw new IngestRefused(400, Rejection.WRONG_TYPE, "the body must be a JSON object");
    }
  }

  private static void expectEnd(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw new IngestRefused(400, Rejection.INVALID_JSON, "unexpected content after the JSON object at line "
          + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr());
    }
  }

  private static IngestRefused invalidJson(JsonProcessingException e) {
    var at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new IngestRefused(400, Rejection.INVALID_JSON, "the body is not valid JSON" + where + ": "
        + e.getOriginalMessage());
  }

  private static String text(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : "";
  }
}
