package dev.leadpulse.server.plays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.core.plays.Play;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Trigger;
import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.WriteBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery at its edges, against a real receiver and store, one attempt at a time on a clock
 * the test moves: backoff after failures, 429's Retry-After, 410 stops, the dead-letter list
 * after the attempt limit, and the same webhook-id on every attempt.
 */
class DeliveryWorkerTest {
  static final long T0 = 1_700_000_000_000L;

  @TempDir
  Path dir;

  private final Receiver receiver = new Receiver();
  private Store store;
  private Clock clock = Clock.fixed(Instant.ofEpochMilli(T0), ZoneOffset.UTC);
  private DeliveryWorker worker;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:sqlite:" + dir.resolve("lp.db"));
    Plays plays = new Plays(List.of(new Owner("ana", "Ana", "ana@example.com", "smb", List.of(), List.of())),
        List.of(new Play("hot", new Trigger.EventNamed("Demo"), Optional.empty(), List.of(
            new Action.Webhook(receiver.url("/hook"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")), Duration.ZERO, 0)),
        Plays.Settings.DEFAULT);
    // no jitter: the second half of each delay is random, and random() here is always 0
    Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), () -> 0.0);
    worker = new DeliveryWorker(store.outbox(), Map.of("webhook", new HttpSender(() -> plays)), () -> clock.instant(),
        backoff, 3, Duration.ofMillis(50), Duration.ofMinutes(1));
    store.commit(WriteBatch.EMPTY.withPlays(new PlayRows(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(Delivery.pending("msg_a", "u1", "hot", "webhook", receiver.url("/hook"), 0, "ana", "{\"a\":1}", T0)))));
  }

  @AfterEach
  void close() {
    worker.close();
    store.close();
    receiver.close();
  }

  private void at(long millis) {
    clock = Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private Delivery delivery() {
    return store.outbox().get("msg_a").orElseThrow();
  }

  @Test
  void failuresBackOffExponentiallyThenGoToTheDeadLetterList() throws Exception {
    receiver.answer(new Receiver.Answer(500));

    assertThat(worker.drainOnce()).isEqualTo(1);
    assertThat(delivery().nextAttemptAt()).as("2.5 s: half of 5 s, no jitter").isEqualTo(T0 + 2_500);
    assertThat(delivery().lastError()).startsWith("500 from");
    at(T0 + 2_499);
    assertThat(worker.drainOnce()).as("not due yet").isZero();
    at(T0 + 2_500);
    assertThat(worker.drainOnce()).isEqualTo(1);
    assertThat(delivery().nextAttemptAt()).as("doubled: 5 s").isEqualTo(T0 + 7_500);
    at(T0 + 7_500);
    worker.drainOnce();

    assertThat(delivery().status()).isEqualTo("dead");
    assertThat(delivery().attempts()).isEqualTo(3);
    assertThat(delivery().lastError()).startsWith("gave up after 3 attempts; last: 500 from");
    assertThat(receiver.requests("/hook")).extracting(r -> r.header("webhook-id")).containsOnly("msg_a").hasSize(3);
  }

  @Test
  void tooManyRequestsWaitsForRetryAfter() throws Exception {
    receiver.answer(new Receiver.Answer(429, "Retry-After", "120"));

    worker.drainOnce();

    assertThat(delivery().status()).isEqualTo("pending");
    assertThat(delivery().nextAttemptAt()).isEqualTo(T0 + 120_000);
    receiver.answer(new Receiver.Answer(204));
    at(T0 + 120_000);
    worker.drainOnce();
    assertThat(delivery().status()).isEqualTo("delivered");
    assertThat(delivery().attempts()).isEqualTo(2);
  }

  @Test
  void goneStopsAtOnce() throws Exception {
    receiver.answer(new Receiver.Answer(410));

    worker.drainOnce();

    assertThat(delivery().status()).isEqualTo("dead");
    assertThat(delivery().attempts()).isEqualTo(1);
    assertThat(store.outbox().list("dead", 10)).extracting(Delivery::id).containsExactly("msg_a");
  }

  @Test
  void theBackoffIsCappedAndHonoursRetryAfterUpToTheCap() {
    Backoff b = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), () -> 0.999);
    assertThat(b.delayMillis(1, Optional.empty())).isBetween(2_500L, 5_000L);
    assertThat(b.delayMillis(40, Optional.empty())).isLessThanOrEqualTo(600_000L).isGreaterThanOrEqualTo(300_000L);
    assertThat(b.delayMillis(1, Optional.of(Duration.ofHours(2)))).isEqualTo(600_000L);
  }
}
