package dev.leadpulse.server.plays;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff with jitter ("equal jitter": half
 * the delay fixed, half random, so retries of many deliveries spread out but never come
 * early), capped; a receiver's {@code Retry-After} is honoured as given (up to the cap).
 *
 * @param base   the delay after the first failure (before jitter)
 * @param cap    the longest delay
 * @param random uniform in [0, 1)
 */
record Backoff(Duration base, Duration cap, DoubleSupplier random) {
  static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), Math::random);

  /** The delay after the {@code attempts}-th failed attempt (1 for the first), in ms. */
  long delayMillis(int attempts, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return Math.min(Math.max(retryAfter.get().toMillis(), 0), cap.toMillis());
    }
    long exp = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
    long delay = Math.min(exp <= 0 ? cap.toMillis() : exp, cap.toMillis());
    return delay / 2 + (long) (random.getAsDouble() * (delay - delay / 2));
  }
}
