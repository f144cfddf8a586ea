package dev.leadpulse.store;

import java.util.Objects;
import java.util.Set;

/**
 * One alert in the outbox.
 *
 * @param id            the webhook-id: the same on every attempt, the receivers' idempotency key
 * @param channel       slack, webhook or email
 * @param target        where it goes: a URL or an email address
 * @param actionIndex   the action's place in its play (to find the webhook's signing secret,
 *                      which is not stored)
 * @param payload       the body to send (JSON; for email, {"subject", "text"})
 * @param status        pending, delivered or dead (dead-lettered, with {@code lastError})
 * @param attempts      attempts made so far
 * @param nextAttemptAt when a pending delivery is next due, epoch ms
 * @param deliveredAt   when it was delivered (or declared dead), epoch ms; 0 until then
 */
public record Delivery(String id, String person, String play, String channel, String target, int actionIndex,
    String owner, String payload, String status, int attempts, long nextAttemptAt, String lastError, long createdAt,
    long deliveredAt) {
  public static final Set<String> CHANNELS = Set.of("slack", "webhook", "email");
  public static final Set<String> STATUSES = Set.of("pending", "delivered", "dead");

  public Delivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(lastError, "lastError");
    if (!CHANNELS.contains(channel)) {
      throw new IllegalArgumentException("channel must be slack, webhook or email, not " + channel);
    }
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be pending, delivered or dead, not " + status);
    }
  }

  /** A new pending delivery, due at once. */
  public static Delivery pending(String id, String person, String play, String channel, String target,
      int actionIndex, String owner, String payload, long now) {
    return new Delivery(id, person, play, channel, target, actionIndex, owner, payload, "pending", 0, now, "", now, 0);
  }
}
