package dev.leadpulse.core.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted message, normalised for scoring.
 *
 * <p>Absent identifiers are the empty string, never null; {@code properties} and
 * {@code traits} are never null (empty when absent), hold only JSON values (strings,
 * {@code Double} numbers, booleans, lists and maps; null values are dropped) and are
 * unmodifiable.
 *
 * @param messageId  unique per source; with {@code time}, the event's place in the order
 * @param type       the Segment message type
 * @param name       the event name scoring rules match: {@code event} for a track call,
 *                   {@code Page Viewed} for a page call, {@code Screen Viewed} for a screen
 *                   call, the empty string for identify, group and alias
 * @param userId     the person's id, or empty for an anonymous visitor
 * @param anonymousId the visitor's anonymous id, or empty
 * @param time       event time in epoch milliseconds (after clock-skew correction)
 * @param properties the event's properties (track, page, screen)
 * @param traits     the traits an identify or group call sets
 * @param groupId    the account a group call names, or empty
 * @param previousId the id an alias call merges into {@code userId}, or empty
 */
public record Event(
    String messageId,
    MessageType type,
    String name,
    String userId,
    String anonymousId,
    long time,
    Map<String, Object> properties,
    Map<String, Object> traits,
    String groupId,
    String previousId) {

  /** Event-time order: {@code time}, then {@code messageId} as the tie-break. */
  public static final Comparator<Event> ORDER =
      Comparator.comparingLong(Event::time).thenComparing(Event::messageId);

  public Event {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(anonymousId, "anonymousId");
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(traits, "traits");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(previousId, "previousId");
    if (messageId.isEmpty()) {
      throw new IllegalArgumentException("messageId must not be empty");
    }
    if (userId.isEmpty() && anonymousId.isEmpty()) {
      throw new IllegalArgumentException("an event needs a userId or an anonymousId");
    }
  }

  /** A track event; a convenience for tests and generators. */
  public static Event track(String messageId, String userId, String name, long time,
      Map<String, Object> properties) {
    return new Event(messageId, MessageType.TRACK, name, userId, "", time, properties, Map.of(), "", "");
  }

  /** An identify call; a convenience for tests and generators. */
  public static Event identify(String messageId, String userId, long time, Map<String, Object> traits) {
    return new Event(messageId, MessageType.IDENTIFY, "", userId, "", time, Map.of(), traits, "", "");
  }

  /** Whether this event comes strictly before {@code other} in event-time order. */
  public boolean isBefore(Event other) {
    return ORDER.compare(this, other) < 0;
  }

  /** The event time as an {@link Instant}. */
  public Instant instant() {
    return Instant.ofEpochMilli(time);
  }
}
