package dev.leadpulse.server.ingest;

import dev.leadpulse.store.StoredEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where accepted events go: the scoring pipeline, which stores and scores them. */
public interface EventSink {

  /**
   * Hands over {@code events}; the future completes once they are durably committed (and
   * scored), or fails when the commit failed.
   *
   * @throws IngestRefused with 429 when the sink cannot keep up, 503 while shutting down
   */
  CompletableFuture<Void> append(List<StoredEvent> events);
}
