package dev.leadpulse.store;

import java.util.List;
import java.util.Objects;

/**
 * What the feedback reports read: how fast owners touched the leads the plays sent them, how
 * many hot leads were accepted, and which hot leads nobody touched. A touch is any disposition
 * (accepted, rejected, contacted, converted, lost) on the person at or after the trigger. Scores
 * and thresholds are in hundredths, times in epoch ms.
 */
public interface Reports {

  /**
   * A play that fired (or was held to a task) for a person with an owner, and the first touch.
   *
   * @param firstTouchAt the first disposition on the person at or after {@code triggeredAt}; −1 when none yet
   */
  record Response(String person, String play, String owner, long triggeredAt, long firstTouchAt) {
    public Response {
      Objects.requireNonNull(owner, "owner");
    }

    public boolean touched() {
      return firstTouchAt >= 0;
    }
  }

  /** People scoring at least a threshold, and how many of them were accepted (or converted). */
  record Acceptance(long over, long accepted) {}

  /**
   * A lead over a threshold with no disposition since they got there.
   *
   * @param owner    their owner, or empty
   * @param hotSince when their score last rose to the threshold (their first score point at or over
   *                 it after their last one under it)
   */
  record Untouched(String person, String owner, long score, long hotSince) {}

  /** Every trigger for an owner at or after {@code since}, oldest first, with its first touch. */
  List<Response> responses(long since);

  Acceptance acceptance(long threshold);

  /** Leads scoring at least {@code threshold}, hot since {@code hotBefore} or earlier and untouched since; longest first. */
  List<Untouched> untouched(long threshold, long hotBefore, int limit);
}
