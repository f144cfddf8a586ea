package dev.leadpulse.core.event;

/** The outcome of reading one Segment message: an accepted event or a rejection. */
public sealed interface ParsedMessage {
  /** The message was valid. */
  record Accepted(Event event) implements ParsedMessage {}

  /** The message was not valid; {@code messageId} is empty when it had none. */
  record Rejected(String messageId, Rejection rejection) implements ParsedMessage {}
}
