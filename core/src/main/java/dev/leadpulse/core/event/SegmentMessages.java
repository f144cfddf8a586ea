package dev.leadpulse.core.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one Segment message (the JSON of a {@code track}, {@code page}, {@code screen},
 * {@code identify}, {@code group} or {@code alias} call) into an {@link Event}, or says
 * exactly why it cannot.
 *
 * <p>Event time: when {@code sentAt} and a receive time are both known, the event time is
 * {@code receivedAt − (sentAt − timestamp)} (the client's clock skew corrected); otherwise
 * {@code timestamp}; otherwise the receive time. A message with none of these is refused.
 * A message without a {@code messageId} gets a stable one derived from its content, so
 * that reading the same file twice gives the same events.
 */
public final class SegmentMessages {
  private SegmentMessages() {}

  /**
   * Reads {@code message}. {@code receivedAt} is the server's clock when the message came
   * in; offline readers pass empty, and a {@code receivedAt} field in the message is used.
   * {@code defaultType} is the type implied by the endpoint ({@code /v1/track}), used when
   * the message has no {@code type}.
   */
  public static ParsedMessage read(JsonNode message, Optional<Instant> receivedAt,
      Optional<MessageType> defaultType) {
    if (message == null || !message.isObject()) {
      return new ParsedMessage.Rejected("", new Rejection(Rejection.WRONG_TYPE, "a message must be a JSON object"));
    }
    String messageId = textOrEmpty(message.get("messageId"));
    try {
      return new ParsedMessage.Accepted(readEvent((ObjectNode) message, receivedAt, defaultType, messageId));
    } catch (Invalid e) {
      return new ParsedMessage.Rejected(messageId, e.rejection);
    } catch (JsonValues.TooDeepException e) {
      return new ParsedMessage.Rejected(messageId, new Rejection(Rejection.TOO_DEEP, "properties or traits are " + e.getMessage()));
    }
  }

  private static Event readEvent(ObjectNode m, Optional<Instant> receivedAt,
      Optional<MessageType> defaultType, String messageId) {
    MessageType type = readType(m, defaultType);
    String userId = id(m, "userId");
    String anonymousId = id(m, "anonymousId");
    if (userId.isEmpty() && anonymousId.isEmpty()) {
      throw Invalid.missing("userId or anonymousId is required");
    }
    if (!m.has("messageId") || m.get("messageId").isNull()) {
      messageId = "auto-" + contentHash(m);
    } else if (!m.get("messageId").isTextual() || messageId.isBlank()) {
      throw Invalid.wrongType("messageId must be a non-empty string");
    }
    long time = eventTime(m, receivedAt);
    Map<String, Object> properties = object(m, "properties");
    Map<String, Object> traits = Map.of();
    String name = "";
    String groupId = "";
    String previousId = "";
    switch (type) {
      case TRACK -> {
        JsonNode event = m.get("event");
        if (event == null || event.isNull()) {
          throw Invalid.missing("track needs an event name (\"event\")");
        }
        if (!event.isTextual() || event.textValue().isBlank()) {
          throw Invalid.wrongType("event must be a non-empty string");
        }
        name = event.textValue();
      }
      case PAGE, SCREEN -> {
        name = type == MessageType.PAGE ? "Page Viewed" : "Screen Viewed";
        properties = withPageName(m, properties);
      }
      case IDENTIFY -> traits = object(m, "traits");
      case GROUP -> {
        groupId = id(m, "groupId");
        if (groupId.isEmpty()) {
          throw Invalid.missing("group needs a groupId");
        }
        traits = object(m, "traits");
      }
      case ALIAS -> {
        previousId = id(m, "previousId");
        if (previousId.isEmpty()) {
          throw Invalid.missing("alias needs a previousId");
        }
        if (userId.isEmpty()) {
          throw Invalid.missing("alias needs a userId");
        }
      }
    }
    return new Event(messageId, type, name, userId, anonymousId, time, properties, traits, groupId, previousId);
  }

  private static MessageType readType(ObjectNode m, Optional<MessageType> defaultType) {
    JsonNode type = m.get("type");
    if (type == null || type.isNull()) {
      return defaultType.orElseThrow(() -> Invalid.missing("type is required (track, page, screen, identify, group or alias)"));
    }
    if (!type.isTextual()) {
      throw Invalid.wrongType("type must be a string");
    }
    return MessageType.fromWire(type.textValue())
        .orElseThrow(() -> Invalid.badValue("unknown type \"" + type.textValue()
            + "\" (expected track, page, screen, identify, group or alias)"));
  }

  /** An id field: a string, or a number written as text (as the Segment clients do). */
  private static String id(ObjectNode m, String field) {
    JsonNode v = m.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    throw Invalid.wrongType(field + " must be a string");
  }

  private static Map<String, Object> object(ObjectNode m, String field) {
    JsonNode v = m.get(field);
    if (v == null || v.isNull()) {
      return Map.of();
    }
    if (!v.isObject()) {
      throw Invalid.wrongType(field + " must be an object");
    }
    return JsonValues.toMap(v);
  }

  private static Map<String, Object> withPageName(ObjectNode m, Map<String, Object> properties) {
    JsonNode name = m.get("name");
    if (name == null || name.isNull()) {
      return properties;
    }
    if (!name.isTextual()) {
      throw Invalid.wrongType("name must be a string");
    }
    Map<String, Object> out = new LinkedHashMap<>(properties);
    out.put("name", name.textValue());
    return java.util.Collections.unmodifiableMap(out);
  }

  private static long eventTime(ObjectNode m, Optional<Instant> receivedAtByServer) {
    Optional<Instant> timestamp = instant(m, "timestamp");
    Optional<Instant> sentAt = instant(m, "sentAt");
    Optional<Instant> receivedAt = receivedAtByServer.or(() -> instant(m, "receivedAt"));
    if (timestamp.isPresent() && sentAt.isPresent() && receivedAt.isPresent()) {
      long skew = sentAt.get().toEpochMilli() - timestamp.get().toEpochMilli();
      return receivedAt.get().toEpochMilli() - skew;
    }
    return timestamp.or(() -> receivedAt)
        .orElseThrow(() -> Invalid.missing("timestamp is required when the receive time is unknown"))
        .toEpochMilli();
  }

  private static Optional<Instant> instant(ObjectNode m, String field) {
    JsonNode v = m.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw Invalid.wrongType(field + " must be an ISO-8601 date-time string");
    }
    try {
      return Optional.of(IsoInstants.parse(v.textValue()));
    } catch (DateTimeParseException e) {
      throw Invalid.badValue(field + " \"" + v.textValue() + "\" is not an ISO-8601 date-time"
          + " (e.g. 2026-03-02T09:00:00Z)");
    }
  }

  private static String textOrEmpty(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : "";
  }

  private static String contentHash(ObjectNode m) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A rejection raised inside the reader; cheap (no stack trace). */
  private static final class Invalid extends RuntimeException {
    final transient Rejection rejection;

    private Invalid(String code, String message) {
      super(message, null, false, false);
      this.rejection = new Rejection(code, message);
    }

    static Invalid missing(String message) {
      return new Invalid(Rejection.MISSING_FIELD, message);
    }

    static Invalid wrongType(String message) {
      return new Invalid(Rejection.WRONG_TYPE, message);
    }

    static Invalid badValue(String message) {
      return new Invalid(Rejection.BAD_VALUE, message);
    }
  }
}
