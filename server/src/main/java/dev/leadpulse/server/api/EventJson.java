package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.store.LoggedEvent;
import java.util.Locale;

/** A stored event as JSON: the event, and where and when it came from. */
final class EventJson {
  private EventJson() {}

  static ObjectNode of(ObjectMapper json, LoggedEvent logged) {
    Event e = logged.stored().event();
    ObjectNode o = json.createObjectNode();
    o.put("seq", logged.seq());
    o.put("messageId", e.messageId());
    o.put("type", e.type().name().toLowerCase(Locale.ROOT));
    if (!e.name().isEmpty()) {
      o.put("event", e.name());
    }
    putIfSet(o, "userId", e.userId());
    putIfSet(o, "anonymousId", e.anonymousId());
    putIfSet(o, "groupId", e.groupId());
    putIfSet(o, "previousId", e.previousId());
    o.put("time", ScoreJson.time(e.time()));
    o.put("receivedAt", ScoreJson.time(logged.stored().receivedAt()));
    putIfSet(o, "sentAt", logged.stored().sentAt());
    putIfSet(o, "timestamp", logged.stored().timestamp());
    o.put("source", logged.stored().source());
    if (!e.properties().isEmpty()) {
      o.set("properties", json.valueToTree(e.properties()));
    }
    if (!e.traits().isEmpty()) {
      o.set("traits", json.valueToTree(e.traits()));
    }
    return o;
  }

  private static void putIfSet(ObjectNode o, String field, String value) {
    if (!value.isEmpty()) {
      o.put(field, value);
    }
  }
}
