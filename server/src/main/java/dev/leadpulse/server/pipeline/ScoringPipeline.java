package dev.leadpulse.server.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.server.ingest.EventSink;
import dev.leadpulse.server.ingest.IngestRefused;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer: scores accepted events on the live board and commits them, with every
 * row they changed, in one transaction per group of requests (group commit), then
 * acknowledges them. Commits run on a {@link Committer} thread in scoring order, so the next
 * group is scored while the last one is being synced; acknowledgements still wait for their
 * own group's commit. Between groups it wakes the people whose score or stage falls due to
 * change without an event (inactivity, decay).
 *
 * <p>Admission: at most {@code maxPendingEvents} events wait at once; beyond that
 * {@link #append} refuses with 429 and {@code Retry-After}, and with 503 once closing.
 * If a commit fails, its requests fail (their clients retry) and the board is rebuilt from
 * the store, so that memory never holds what the store does not.
 */
public final class ScoringPipeline implements EventSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScoringPipeline.class);
  private static final int MAX_GROUP_REQUESTS = 256;
  private static final int MAX_WAKE_UPS_PER_COMMIT = 2_000;

  private sealed interface Work {}

  private record Append(List<StoredEvent> events, CompletableFuture<Void> done) implements Work {}

  private record Task<T>(Callable<T> body, CompletableFuture<T> done) implements Work {}

  private final Store store;
  private final LiveBoard live;
  private final Clock clock;
  private final PipelineMetrics metrics;
  private final RowBuilder rows;
  private final CommitReactions reactions;
  private final WakeUps wakeUps = new WakeUps();
  private final LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>();
  private final AtomicLong pendingEvents = new AtomicLong();
  private final long maxPendingEvents;
  private final Thread writer;
  private final Committer committer;
  private long epoch;
  private volatile boolean closing;

  public ScoringPipeline(Store store, LiveBoard live, ObjectMapper json, Clock clock, PipelineMetrics metrics,
      long maxPendingEvents) {
    this(store, live, json, clock, metrics, maxPendingEvents, CommitReactions.NONE);
  }

  /** With {@code reactions} (the plays) adding their rows to each commit's transaction. */
  public ScoringPipeline(Store store, LiveBoard live, ObjectMapper json, Clock clock, PipelineMetrics metrics,
      long maxPendingEvents, CommitReactions reactions) {
    this.store = store;
    this.reactions = reactions;
    this.live = live;
    this.clock = clock;
    this.metrics = metrics;
    this.rows = new RowBuilder(json);
    this.maxPendingEvents = maxPendingEvents;
    Recorded.load(store, live, rows, wakeUps, reactions, clock.millis());
    this.committer = new Committer(store);
    this.writer = Thread.ofPlatform().name("leadpulse-writer").daemon(false).unstarted(this::run);
    writer.start();
  }

  @Override
  public CompletableFuture<Void> append(List<StoredEvent> events) {
    if (closing) {
      throw new IngestRefused(503, "shutting_down", "the server is shutting down; retry shortly",
          OptionalInt.of(2));
    }
    if (pendingEvents.addAndGet(events.size()) > maxPendingEvents) {
      pendingEvents.addAndGet(-events.size());
      throw new IngestRefused(429, "overloaded", "the server is busy; retry after the time in Retry-After",
          OptionalInt.of(1));
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Append(events, done));
    return done;
  }

  /** Runs {@code body} on the writer thread, between commits, and returns its result. */
  public <T> CompletableFuture<T> onWriter(Callable<T> body) {
    CompletableFuture<T> done = new CompletableFuture<>();
    if (closing) {
      done.completeExceptionally(new IllegalStateException("the server is shutting down"));
      return done;
    }
    queue.add(new Task<>(body, done));
    return done;
  }

  /** Events accepted but not yet committed. */
  public long pendingEvents() {
    return pendingEvents.get();
  }

  /** People waiting for a scheduled wake-up. */
  public int scheduledWakeUps() {
    return wakeUps.size();
  }

  public LiveBoard live() {
    return live;
  }

  /** For tasks on the writer thread: what was written, and the wake-up schedule. */
  RowBuilder rows() {
    return rows;
  }

  WakeUps wakeUps() {
    return wakeUps;
  }

  CommitReactions reactions() {
    return reactions;
  }

  /** Stops taking events, commits what was accepted, and stops the writer. */
  @Override
  public void close() {
    closing = true;
    queue.add(new Task<>(() -> null, new CompletableFuture<>()));
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    committer.close();
  }

  private void run() {
    List<Work> group = new ArrayList<>();
    while (true) {
      try {
        Work first = queue.poll(waitMillis(), TimeUnit.MILLISECONDS);
        recoverAfterFailedCommit();
        if (first != null) {
          group.add(first);
          queue.drainTo(group, MAX_GROUP_REQUESTS - 1);
          process(group);
          group.clear();
        }
        wake();
        if (closing && queue.isEmpty()) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("the writer failed; rebuilding the scores from the store", e);
        group.clear();
        try {
          committer.drain();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        recover();
        epoch++;
      }
    }
  }

  /** After a failed commit: waits for the committer, rebuilds the board, starts a new epoch. */
  private void recoverAfterFailedCommit() throws InterruptedException {
    if (committer.failedEpoch() == epoch) {
      committer.drain();
      recover();
      epoch++;
    }
  }

  private long waitMillis() {
    long now = clock.millis();
    return Math.clamp(wakeUps.next().orElse(now + 1_000) - now, 1, 1_000);
  }

  private void process(List<Work> group) throws InterruptedException {
    List<Append> appends = new ArrayList<>();
    for (Work w : group) {
      switch (w) {
        case Append a -> appends.add(a);
        case Task<?> t -> {
          commit(appends);
          appends.clear();
          committer.drain();
          recoverAfterFailedCommit();
          run(t);
        }
      }
    }
    commit(appends);
  }

  private <T> void run(Task<T> t) {
    try {
      t.done().complete(t.body().call());
    } catch (Exception e) {
      t.done().completeExceptionally(e);
    }
  }

  private void commit(List<Append> appends) throws InterruptedException {
    if (appends.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    List<StoredEvent> fresh = new ArrayList<>();
    Set<String> touched = new LinkedHashSet<>();
    WriteBatch batch;
    live.lock().lock();
    try {
      Scoreboard board = live.snapshot().board();
      long maxTime = Long.MIN_VALUE;
      for (Append a : appends) {
        for (StoredEvent e : a.events()) {
          Scoreboard.Accepted accepted = board.accept(e.event());
          if (accepted.duplicate()) {
            continue;
          }
          fresh.add(e);
          touched.add(accepted.person());
          touched.addAll(accepted.replayed());
          maxTime = Math.max(maxTime, e.event().time());
        }
      }
      live.sawEventTime(maxTime);
      long now = clock.millis();
      batch = reactions.react(board, rows.build(board, touched, now, now, fresh), now);
      schedule(board, touched, now);
    } finally {
      live.lock().unlock();
    }
    long scored = System.nanoTime();
    int events = appends.stream().mapToInt(a -> a.events().size()).sum();
    int stored = fresh.size();
    committer.submit(new Committer.Group(batch, epoch, () -> {
      pendingEvents.addAndGet(-events);
      long visible = clock.millis();
      for (Append a : appends) {
        a.done().complete(null);
        if (!a.events().isEmpty()) {
          metrics.visibleAfter(visible - a.events().getFirst().receivedAt());
        }
      }
      metrics.committed(stored, scored - started, System.nanoTime() - scored);
    }, e -> {
      pendingEvents.addAndGet(-events);
      appends.forEach(a -> a.done().completeExceptionally(e));
    }));
  }

  /** Writes the people whose wake-up is due. */
  private void wake() throws InterruptedException {
    long now = clock.millis();
    List<String> due = wakeUps.due(now, MAX_WAKE_UPS_PER_COMMIT);
    if (due.isEmpty()) {
      return;
    }
    WriteBatch batch;
    live.lock().lock();
    try {
      Scoreboard board = live.snapshot().board();
      batch = reactions.react(board, rows.build(board, due, now, now, List.of()), now);
      schedule(board, due, now);
    } finally {
      live.lock().unlock();
    }
    committer.submit(new Committer.Group(batch, epoch, () -> metrics.wokeUp(due.size()), e -> { }));
  }

  void schedule(Scoreboard board, Collection<String> people, long now) {
    for (String key : people) {
      Optional<Long> change = board.nextChange(key, now);
      Optional<Long> reaction = reactions.nextWake(board, key, now);
      Optional<Long> next = change.isEmpty() ? reaction : reaction.map(r -> Math.min(r, change.get())).or(() -> change);
      next.ifPresentOrElse(t -> wakeUps.schedule(key, Math.max(t, now + 1)),
          () -> wakeUps.cancel(key));
    }
  }

  /**
   * Rebuilds the board and what was written from the store (the source of truth). Called on
   * the writer thread with nothing left to commit.
   */
  void recover() {
    live.lock().lock();
    try {
      LiveBoard.Snapshot s = live.snapshot();
      live.swap(LiveBoard.replay(store.events(), s.model(), s.modelVersion(), Long.MAX_VALUE,
          LiveBoard.ReplayProgress.NONE));
      rows.reset();
      reactions.reload(clock.millis());
      wakeUps.clear();
      Recorded.load(store, live, rows, wakeUps, reactions, clock.millis());
    } catch (RuntimeException e) {
      LOG.error("rebuilding the scores from the store failed; will retry on the next failure", e);
    } finally {
      live.lock().unlock();
    }
  }
}
