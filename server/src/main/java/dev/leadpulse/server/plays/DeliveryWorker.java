package dev.leadpulse.server.plays;

import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox on a virtual thread: claims the due deliveries (leasing them), sends each on
 * its own virtual thread, and marks it delivered, failed (next attempt after {@link Backoff}), or
 * dead (410, or {@code maxAttempts} reached), with the reason. At least once: a delivery is
 * marked only after its attempt, so a crash in between sends it again after the lease, with the
 * same {@code webhook-id}.
 */
public final class DeliveryWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final int CLAIM = 64;
  /** After a nudge, how long and how often the worker looks for new deliveries. */
  private static final long EAGER_NANOS = 250_000_000L;
  private static final Duration EAGER_POLL = Duration.ofMillis(2);

  private final Outbox outbox;
  private final Map<String, Sender> senders;
  private final InstantSource clock;
  private final Backoff backoff;
  private final java.util.function.IntSupplier maxAttempts;
  private final Duration poll;
  private final Duration lease;
  private final ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor();
  private final Thread thread;
  private volatile boolean closed;
  private volatile long eagerUntil = System.nanoTime();

  DeliveryWorker(Outbox outbox, Map<String, Sender> senders, InstantSource clock, Backoff backoff, int maxAttempts,
      Duration poll, Duration lease) {
    this(outbox, senders, clock, backoff, () -> maxAttempts, poll, lease);
  }

  private DeliveryWorker(Outbox outbox, Map<String, Sender> senders, InstantSource clock, Backoff backoff,
      java.util.function.IntSupplier maxAttempts, Duration poll, Duration lease) {
    this.outbox = outbox;
    this.senders = Map.copyOf(senders);
    this.clock = clock;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.poll = poll;
    this.lease = lease;
    this.thread = Thread.ofVirtual().name("leadpulse-delivery").unstarted(this::run);
  }

  /**
   * A worker for the plays' channels, polling every 50 ms, leasing claims for a minute. Secrets,
   * mail settings and the attempt limit are read from the plays in force at each attempt, so a
   * newly published version applies to deliveries still waiting.
   */
  public static DeliveryWorker start(Outbox outbox, java.util.function.Supplier<dev.leadpulse.core.plays.Plays> plays,
      com.fasterxml.jackson.databind.ObjectMapper json, Clock clock) {
    HttpSender http = new HttpSender(plays);
    DeliveryWorker w = new DeliveryWorker(outbox, Map.of("slack", http, "webhook", http, "email",
        new MailSender(() -> plays.get().settings(), json)), clock, Backoff.DEFAULT,
        () -> plays.get().settings().maxAttempts(), Duration.ofMillis(50), Duration.ofMinutes(1));
    w.thread.start();
    return w;
  }

  private void run() {
    while (!closed) {
      try {
        if (drainOnce() == 0) {
          Thread.sleep(System.nanoTime() - eagerUntil < 0 ? EAGER_POLL : poll);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warn("the delivery worker failed; trying again shortly", e);
        sleepQuietly();
      }
    }
  }

  /**
   * New deliveries are being committed to the outbox: look for them every 2 ms for the next
   * quarter second rather than every poll interval, so that an alert leaves within milliseconds
   * of its commit while an idle outbox is still polled rarely. Any thread.
   */
  public void nudge() {
    eagerUntil = System.nanoTime() + EAGER_NANOS;
  }

  /** Claims the due deliveries and attempts each once; returns how many. */
  int drainOnce() throws InterruptedException {
    long now = clock.millis();
    List<Delivery> due = outbox.claimDue(now, now + lease.toMillis(), CLAIM);
    if (due.isEmpty()) {
      return 0;
    }
    List<java.util.concurrent.Callable<Void>> attempts = due.stream().map(d -> (java.util.concurrent.Callable<Void>) () -> {
      attempt(d);
      return null;
    }).toList();
    sends.invokeAll(attempts);
    return due.size();
  }

  void attempt(Delivery d) {
    Sender sender = senders.get(d.channel());
    Sent sent = sender == null ? new Sent.Gone("no sender for " + d.channel()) : sender.send(d, clock.millis());
    long now = clock.millis();
    int attempts = d.attempts() + 1;
    switch (sent) {
      case Sent.Delivered x -> outbox.delivered(d.id(), now);
      case Sent.Gone g -> {
        LOG.warn("delivery {} ({} to {}) is dead: {}", d.id(), d.channel(), d.target(), g.reason());
        outbox.dead(d.id(), g.reason(), now);
      }
      case Sent.Retry r -> {
        if (attempts >= maxAttempts.getAsInt()) {
          outbox.dead(d.id(), "gave up after " + attempts + " attempts; last: " + r.reason(), now);
        } else {
          outbox.failed(d.id(), r.reason(), now + backoff.delayMillis(attempts, r.retryAfter()));
        }
      }
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  @Override
  public void close() {
    closed = true;
    if (thread.getState() != Thread.State.NEW) {
      thread.interrupt();
      try {
        thread.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    sends.shutdown();
    try {
      sends.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
