package dev.leadpulse.server.web;

import dev.leadpulse.store.Delivery;

/**
 * One alert of the outbox, as the plays page shows it; the target, and the last error where it
 * quotes the target, are made safe to show by {@link PlayWords#target}.
 *
 * @param time when it was made (UTC)
 * @param then for a pending one, when it is next tried; otherwise when it was delivered or given up
 */
public record DeliveryRow(String id, String person, String personUrl, String play, String channel, String target,
    String status, int attempts, String lastError, String time, String then) {

  static DeliveryRow of(Delivery d, long now) {
    String then = switch (d.status()) {
      case "pending" -> d.nextAttemptAt() <= now ? "due now" : "next try in " + Format.span(d.nextAttemptAt() - now);
      case "delivered" -> "delivered " + Format.ago(d.deliveredAt(), now);
      default -> "given up " + Format.ago(d.deliveredAt(), now);
    };
    String target = PlayWords.target(d.channel(), d.target());
    // errors quote the address they failed at, which for Slack is the secret itself
    String error = d.target().isEmpty() ? d.lastError() : d.lastError().replace(d.target(), target);
    return new DeliveryRow(d.id(), d.person(), Format.personUrl(d.person()), d.play(), d.channel(), target,
        d.status(), d.attempts(), error, Format.dayTime(d.createdAt()), then);
  }

  public boolean dead() {
    return status.equals("dead");
  }
}
