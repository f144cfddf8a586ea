package dev.leadpulse.store;

import java.util.List;

/**
 * What the plays did and remember: each person's play history, and the state loaded at
 * start-up (trigger state, owners, round-robin positions, recent alerts). Written by
 * {@link Store#commit}.
 */
public interface PlayLog {

  /** A person's play history, oldest first. */
  List<PlayRows.History> of(String person);

  List<PlayRows.State> states();

  List<PlayRows.Assignment> assignments();

  List<PlayRows.Cursor> cursors();

  /** Outcomes that alerted an owner at or after {@code time}, oldest first. */
  List<PlayRows.History> alertedSince(long time);
}
