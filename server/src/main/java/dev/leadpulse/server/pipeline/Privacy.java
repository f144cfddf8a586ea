package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Erasing a person: on the writer thread (so no event of theirs is being scored meanwhile),
 * every event under every id they were known by, their scores, history, stage changes,
 * dispositions and play rows (history, owner, tasks, deliveries with their payloads) are deleted
 * in one transaction; the plays forget them, and the board is rebuilt from what remains, so that
 * nothing about them stays in memory either; the account they belonged to is rewritten without
 * them.
 */
public final class Privacy {
  private final ScoringPipeline pipeline;
  private final Store store;
  private final java.time.Clock clock;

  public Privacy(ScoringPipeline pipeline, Store store, java.time.Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
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
      long now = clock.millis();
      String account = pipeline.live().read(b -> b.person(personKey, Math.max(now, b.lastEventTime(personKey)
          .orElse(now))).map(PersonScore::account).orElse(""));
      long erased = store.erase(personKey, users, visitors);
      List<String> keys = new ArrayList<>(List.of(personKey));
      keys.addAll(users);
      keys.addAll(visitors);
      pipeline.reactions().forget(keys);
      pipeline.recover();
      if (!account.isEmpty()) {
        List<AccountRow> rows = pipeline.live().read(b -> pipeline.rows().accounts(b, List.of(account), now));
        store.commit(new WriteBatch(List.of(), List.of(), List.of(), rows, List.of(), List.of()));
      }
      return erased;
    });
  }
}
