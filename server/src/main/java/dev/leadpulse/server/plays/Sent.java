package dev.leadpulse.server.plays;

import java.time.Duration;
import java.util.Optional;

/** How one attempt to send a delivery went. */
sealed interface Sent {
  /** The receiver took it (2xx; the SMTP server accepted the message). */
  record Delivered() implements Sent {}

  /** Try again later; {@code retryAfter} when the receiver said when (429/503 Retry-After). */
  record Retry(String reason, Optional<Duration> retryAfter) implements Sent {}

  /** Never try again (410 Gone; the play's action is gone). */
  record Gone(String reason) implements Sent {}
}
