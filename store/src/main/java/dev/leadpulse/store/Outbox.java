package dev.leadpulse.store;

import java.util.List;
import java.util.Optional;

/**
 * The outbox of alerts, written by {@link Store#commit} with the change that caused them and
 * drained by the delivery worker, at least once each.
 */
public interface Outbox {

  /**
   * Pending deliveries due at {@code now}, most overdue first, at most {@code limit}. Each is
   * leased: its next attempt moves to {@code leaseUntil}, so that if the process dies while
   * sending, the delivery is tried again after the lease (at least once, never lost).
   */
  List<Delivery> claimDue(long now, long leaseUntil, int limit);

  /** The attempt succeeded. */
  void delivered(String id, long now);

  /** The attempt failed; try again at {@code nextAttemptAt}. */
  void failed(String id, String reason, long nextAttemptAt);

  /** The attempt failed for good (too many attempts, or the receiver said 410 Gone). */
  void dead(String id, String reason, long now);

  /** Deliveries with {@code status} (empty for all), newest first, at most {@code limit}. */
  List<Delivery> list(String status, int limit);

  Optional<Delivery> get(String id);

  /** Makes a dead (or pending) delivery due again now with its attempts reset; false when none or delivered. */
  boolean retry(String id, long now);
}
