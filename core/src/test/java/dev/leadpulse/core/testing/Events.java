package dev.leadpulse.core.testing;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders for the events tests feed the engine; every builder takes the messageId first. */
public final class Events {
  private Events() {}

  /** A track call by a user. */
  public static Event track(String messageId, String userId, String name, long time) {
    return Event.track(messageId, userId, name, time, Map.of());
  }

  /** A track call by a user, with properties given as key, value, key, value… */
  public static Event track(String messageId, String userId, String name, long time, Object... properties) {
    return Event.track(messageId, userId, name, time, map(properties));
  }

  /** A page call: the event {@code Page Viewed} with {@code properties.path}. */
  public static Event page(String messageId, String userId, String path, long time) {
    return new Event(messageId, MessageType.PAGE, "Page Viewed", userId, "", time, Map.of("path", path), Map.of(),
        "", "");
  }

  /** A track call by an anonymous visitor. */
  public static Event anonymousTrack(String messageId, String anonymousId, String name, long time) {
    return new Event(messageId, MessageType.TRACK, name, "", anonymousId, time, Map.of(), Map.of(), "", "");
  }

  /** An identify call, with traits given as key, value, key, value… */
  public static Event identify(String messageId, String userId, long time, Object... traits) {
    return Event.identify(messageId, userId, time, map(traits));
  }

  /** An identify call that links an anonymous visitor to a user. */
  public static Event identifyLinking(String messageId, String userId, String anonymousId, long time,
      Object... traits) {
    return new Event(messageId, MessageType.IDENTIFY, "", userId, anonymousId, time, Map.of(), map(traits), "", "");
  }

  /** An alias call merging {@code previousId} into {@code userId}. */
  public static Event alias(String messageId, String userId, String previousId, long time) {
    return new Event(messageId, MessageType.ALIAS, "", userId, "", time, Map.of(), Map.of(), "", previousId);
  }

  /** A group call putting a user in an account, with account traits as key, value… */
  public static Event group(String messageId, String userId, String groupId, long time, Object... traits) {
    return new Event(messageId, MessageType.GROUP, "", userId, "", time, Map.of(), map(traits), groupId, "");
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("give keys and values in pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      m.put((String) keysAndValues[i], v instanceof Integer n ? Double.valueOf(n) : v);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
