package dev.leadpulse.server.pipeline;

import dev.leadpulse.store.Store;
import dev.leadpulse.store.WriteBatch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits scored groups to the store in the order they were scored, on a thread of its own,
 * so that the writer scores the next group while this one is being synced to disk. At most
 * {@value #AHEAD} groups wait; the writer blocks beyond that.
 *
 * <p>Failure: groups carry the writer's epoch (how many times it rebuilt the board). When a
 * commit fails, every later group of the same epoch fails too without being tried — they were
 * scored on a board holding what was not stored — until the writer has rebuilt the board from
 * the store and moved to the next epoch ({@link #failedEpoch}).
 */
final class Committer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Committer.class);
  private static final int AHEAD = 2;

  /** One group to commit; {@code committed} or {@code failed} is called after. */
  record Group(WriteBatch batch, long epoch, Runnable committed, Consumer<RuntimeException> failed) {}

  private sealed interface Item {}

  private record Commit(Group group) implements Item {}

  private record Barrier(CompletableFuture<Void> reached) implements Item {}

  private record Stop() implements Item {}

  private final Store store;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;
  private volatile long failedEpoch = -1;
  private volatile RuntimeException lastFailure;

  Committer(Store store) {
    this.store = store;
    this.thread = Thread.ofPlatform().name("leadpulse-committer").daemon(false).start(this::run);
  }

  /** Queues {@code group}; blocks while {@value #AHEAD} groups are already waiting. */
  void submit(Group group) throws InterruptedException {
    queue.put(new Commit(group));
  }

  /** Waits until every group submitted before has been committed or failed. */
  void drain() throws InterruptedException {
    CompletableFuture<Void> reached = new CompletableFuture<>();
    queue.put(new Barrier(reached));
    try {
      reached.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a barrier cannot fail", e);
    }
  }

  /** The epoch of the latest failed commit, or -1. */
  long failedEpoch() {
    return failedEpoch;
  }

  @Override
  public void close() {
    try {
      queue.put(new Stop());
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (true) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      switch (item) {
        case Stop s -> {
          return;
        }
        case Barrier b -> b.reached().complete(null);
        case Commit c -> commit(c.group());
      }
    }
  }

  private void commit(Group g) {
    if (g.epoch() <= failedEpoch) {
      g.failed().accept(new IllegalStateException("an earlier commit failed: " + lastFailure.getMessage(),
          lastFailure));
      return;
    }
    try {
      store.commit(g.batch());
    } catch (RuntimeException e) {
      LOG.error("a commit failed; the scores will be rebuilt from the store", e);
      lastFailure = e;
      failedEpoch = g.epoch();
      g.failed().accept(e);
      return;
    }
    g.committed().run();
  }
}
