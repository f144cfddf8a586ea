package dev.leadpulse.store;

import dev.leadpulse.core.event.Event;
import java.util.Objects;

/**
 * An event as it is kept in the log: the normalised event and where and when it came from.
 *
 * @param event      the event (its {@code time} is the corrected event time)
 * @param source     the id of the write key's source that sent it; "import" for bulk loads
 * @param receivedAt the server's clock when it came in, epoch milliseconds
 * @param sentAt     the message's {@code sentAt} as sent, or empty
 * @param timestamp  the message's {@code timestamp} as sent, or empty
 */
public record StoredEvent(Event event, String source, long receivedAt, String sentAt, String timestamp) {
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
