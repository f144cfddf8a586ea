package dev.leadpulse.server.ingest;

import dev.leadpulse.store.StoredEvent;
import java.util.List;

/**
 * A tracking request read: how many messages it held, the accepted events, and the rejected
 * messages with their place in the request.
 */
record ParsedRequest(int messages, List<StoredEvent> accepted, List<RejectedMessage> rejected) {
  ParsedRequest {
    accepted = List.copyOf(accepted);
    rejected = List.copyOf(rejected);
  }

  /** One message not accepted: its index in the batch (0 for a single call), id and reason. */
  record RejectedMessage(int index, String messageId, String code, String message) {}
}
