package dev.leadpulse.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.event.Event;
import java.time.Instant;
import java.util.Locale;

/** An event written back as the Segment message a client library would send. */
public final class SegmentJson {
  private SegmentJson() {}

  public static ObjectNode of(ObjectMapper json, Event e, long time) {
    ObjectNode m = json.createObjectNode();
    m.put("type", e.type().name().toLowerCase(Locale.ROOT));
    m.put("messageId", e.messageId());
    m.put("timestamp", Instant.ofEpochMilli(time).toString());
    if (!e.userId().isEmpty()) {
      m.put("userId", e.userId());
    }
    if (!e.anonymousId().isEmpty()) {
      m.put("anonymousId", e.anonymousId());
    }
    switch (e.type()) {
      case TRACK -> m.put("event", e.name());
      case PAGE, SCREEN -> {
        Object name = e.properties().get("name");
        if (name instanceof String s) {
          m.put("name", s);
        }
      }
      case GROUP -> m.put("groupId", e.groupId());
      case ALIAS -> m.put("previousId", e.previousId());
      case IDENTIFY -> { }
    }
    if (!e.properties().isEmpty()) {
      m.set("properties", json.valueToTree(e.properties()));
    }
    if (!e.traits().isEmpty()) {
      m.set("traits", json.valueToTree(e.traits()));
    }
    return m;
  }
}
