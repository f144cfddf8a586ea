package dev.leadpulse.server.observe;

import dev.leadpulse.server.ingest.IngestMetrics;
import dev.leadpulse.server.pipeline.PipelineMetrics;
import dev.leadpulse.store.IngestTallies;
import dev.leadpulse.store.IngestTallies.Tally;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingestion health by UTC day, kept in the store's {@link IngestTallies} for the analytics page.
 * Sits between the ingestion path and the server's metrics, passing every call on: events stored
 * by a commit count as accepted (duplicates skipped by the commit are not counted), each rejection
 * counts under its code. Counting is in memory (a counter per day and reason); a background thread
 * adds the counts to the store every {@code every} and once more on {@link #close}, so no event
 * ever costs a write of its own. When the store cannot take them, the counts are kept for the next
 * flush.
 */
public final class IngestDays implements IngestMetrics, PipelineMetrics, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestDays.class);
  private static final long DAY_MILLIS = 86_400_000L;

  private record Key(long day, String reason) {}

  private final IngestTallies store;
  private final IngestMetrics ingest;
  private final PipelineMetrics pipeline;
  private final Clock clock;
  private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();
  private final ScheduledExecutorService flusher;

  /** Counts for {@code store}, passing every call on to {@code ingest} and {@code pipeline}. */
  public IngestDays(IngestTallies store, IngestMetrics ingest, PipelineMetrics pipeline, Clock clock, Duration every) {
    this.store = store;
    this.ingest = ingest;
    this.pipeline = pipeline;
    this.clock = clock;
    this.flusher = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("leadpulse-ingest-days")
        .daemon(true).unstarted(r));
    flusher.scheduleWithFixedDelay(this::flushQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The epoch day (UTC) of an instant in epoch ms. */
  public static long day(long epochMillis) {
    return Math.floorDiv(epochMillis, DAY_MILLIS);
  }

  private void count(String reason, long n) {
    if (n > 0) {
      counts.computeIfAbsent(new Key(day(clock.millis()), reason), k -> new AtomicLong()).addAndGet(n);
    }
  }

  /**
   * Adds what was counted since the last flush to the store, now. Counts taken are zeroed first and
   * put back when the store refuses them.
   */
  public synchronized void flush() {
    List<Tally> tallies = new ArrayList<>();
    counts.forEach((k, v) -> {
      long n = v.getAndSet(0);
      if (n > 0) {
        tallies.add(new Tally(k.day(), k.reason(), n));
      }
    });
    try {
      store.add(tallies);
    } catch (RuntimeException e) {
      tallies.forEach(t -> count(t.day(), t.reason(), t.count()));
      throw e;
    }
    // A day's counters are dropped two days on, when nothing can be counting into them any more.
    long today = day(clock.millis());
    counts.entrySet().removeIf(e -> e.getKey().day() < today - 1 && e.getValue().get() == 0);
  }

  private void count(long day, String reason, long n) {
    counts.computeIfAbsent(new Key(day, reason), k -> new AtomicLong()).addAndGet(n);
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("could not store the ingestion tallies; keeping them for the next try: {}", e.getMessage());
    }
  }

  @Override
  public void received(int messages) {
    ingest.received(messages);
  }

  @Override
  public void accepted(int events) {
    ingest.accepted(events);
  }

  @Override
  public void rejected(String reason, int messages) {
    ingest.rejected(reason, messages);
    count(reason, messages);
  }

  @Override
  public void requestNanos(long nanos) {
    ingest.requestNanos(nanos);
  }

  @Override
  public void committed(int events, long scoringNanos, long commitNanos) {
    pipeline.committed(events, scoringNanos, commitNanos);
    count(IngestTallies.ACCEPTED, events);
  }

  @Override
  public void wokeUp(int people) {
    pipeline.wokeUp(people);
  }

  @Override
  public void visibleAfter(long millis) {
    pipeline.visibleAfter(millis);
  }

  /** Stops the background flushes and stores what is left. Call before the store closes. */
  @Override
  public void close() {
    flusher.shutdown();
    try {
      flusher.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flushQuietly();
  }
}
