package dev.leadpulse.server.pipeline;

import dev.leadpulse.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Erasing a person: on the writer thread (so no event of theirs is being scored meanwhile),
 * every event under every id they were known by, their scores, history, stage changes and
 * dispositions are deleted in one transaction, then the board is rebuilt from what remains,
 * so that nothing about them stays in memory either.
 */
public final class Privacy {
  private final ScoringPipeline pipeline;
  private final Store store;

  public Privacy(ScoringPipeline pipeline, Store store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /** Erases the person {@code personKey}; the future gives the number of events erased. */
  public CompletableFuture<Long> erase(String personKey) {
    return pipeline.onWriter(() -> {
      Set<String> ids = pipeline.live().read(b -> b.identities(personKey));
      List<String> users = new ArrayList<>();
      List<String> visitors = new ArrayList<>();
      for (String node : ids) {
        (node.startsWith("u:") ? users : visitors).add(node.substring(2));
      }
      long erased = store.erase(personKey, users, visitors);
      pipeline.recover();
      return erased;
    });
  }
}
