package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.Scoreboard;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Changes what reacts to commits (a new plays version) on the writer thread, between commits,
 * so that no commit sees half of it. When the change moves wake-ups (a play's {@code inactive}
 * trigger added, removed or retimed), everyone's wake-up is scheduled again: once per change,
 * never per commit.
 */
public final class ReactionsChange {
  private ReactionsChange() {}

  /** Runs {@code change} on the writer; then reschedules everyone when it answers that wake-ups moved. */
  public static CompletableFuture<Void> apply(ScoringPipeline pipeline, BooleanSupplier change,
      java.time.Clock clock) {
    return pipeline.onWriter(() -> {
      if (change.getAsBoolean()) {
        pipeline.live().lock().lock();
        try {
          Scoreboard board = pipeline.live().snapshot().board();
          pipeline.schedule(board, board.people(), clock.millis());
        } finally {
          pipeline.live().lock().unlock();
        }
      }
      return null;
    });
  }
}
