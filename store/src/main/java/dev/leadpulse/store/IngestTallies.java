package dev.leadpulse.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Ingestion health by UTC day: how many events were accepted and how many were rejected, by
 * reason. The server counts in memory and adds its counts here every few seconds, so that the
 * dashboard reads a few rows instead of the event log.
 */
public interface IngestTallies {
  /** The reason that counts accepted (stored) events; every other reason is a rejection code. */
  String ACCEPTED = "accepted";

  /**
   * A count for one day and reason.
   *
   * @param day    the epoch day in UTC ({@code epochMillis / 86_400_000}, rounded down)
   * @param reason {@link #ACCEPTED} or a rejection code
   * @param count  0 or more
   */
  record Tally(long day, String reason, long count) {
    public Tally {
      Objects.requireNonNull(reason, "reason");
      if (reason.isEmpty() || count < 0) {
        throw new IllegalArgumentException("a tally needs a reason and a count of 0 or more, not \"" + reason
            + "\" and " + count);
      }
    }

    public boolean accepted() {
      return reason.equals(ACCEPTED);
    }
  }

  /**
   * Adds each count to what is stored for its day and reason (a row is created at the first
   * count), all in one transaction. Tallies for the same day and reason may repeat; they add up.
   */
  void add(Collection<Tally> tallies);

  /** Every stored tally of {@code day} or later, by day, then reason. */
  List<Tally> since(long day);
}
