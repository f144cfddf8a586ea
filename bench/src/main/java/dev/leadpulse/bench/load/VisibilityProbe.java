package dev.leadpulse.bench.load;

import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Event-to-score visibility: every {@code intervalMillis} sends one marker event (a
 * {@code Demo Requested} worth points) for a user of its own and polls
 * {@code GET /api/people/{id}} every {@value #POLL_MILLIS} ms until the score has risen; the
 * sample is the time from just before the marker was sent to the answer that first shows it
 * (so it reads up to a poll interval late; polling without a pause would load the server under
 * test with thousands of reads a second). The marker's own
 * acknowledgement is awaited before the next one, so each sample sees exactly one marker.
 */
final class VisibilityProbe implements Runnable {
  private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final long POLL_MILLIS = 1;

  private final Target target;
  private final TrackBatches batches;
  private final String userId;
  private final long intervalMillis;
  private final Latencies visible = new Latencies();
  private volatile boolean stopped;
  private volatile int failures;

  VisibilityProbe(Target target, TrackBatches batches, String userId, long intervalMillis) {
    this.target = target;
    this.batches = batches;
    this.userId = userId;
    this.intervalMillis = intervalMillis;
  }

  Latencies visible() {
    return visible;
  }

  int failures() {
    return failures;
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    try {
      double before = target.score(userId).orElse(Double.NEGATIVE_INFINITY);
      while (!stopped) {
        long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        byte[] marker = batches.marker(userId);
        long sent = System.nanoTime();
        CompletableFuture<Boolean> ack = CompletableFuture.supplyAsync(() -> post(marker),
            command -> Thread.ofVirtual().start(command));
        double now = before;
        while (now <= before && System.nanoTime() - sent < GIVE_UP_NANOS) {
          OptionalDouble s = target.score(userId);
          now = s.orElse(Double.NEGATIVE_INFINITY);
          if (now <= before) {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
          }
        }
        if (now > before) {
          visible.add(System.nanoTime() - sent);
        } else {
          failures++;
        }
        if (!ack.join()) {
          failures++;
        }
        before = target.score(userId).orElse(before);
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      failures++;
      System.err.println("visibility probe stopped: " + e);
    }
  }

  private boolean post(byte[] body) {
    try {
      return target.post(body);
    } catch (Exception e) {
      return false;
    }
  }
}
