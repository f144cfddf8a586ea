package dev.leadpulse.server.plays;

import dev.leadpulse.core.plays.PlayState;
import dev.leadpulse.store.PlayLog;
import dev.leadpulse.store.PlayRows;

/**
 * Loads the {@link PlayState} from the store at start-up (and after a failed commit): when
 * each play last fired, disarmed triggers, owners, round-robin positions, and the alerts of
 * the last hour (so the hourly limit holds across a restart).
 */
final class PlayMemory {
  private static final long HOUR = 3_600_000L;

  private PlayMemory() {}

  static PlayState load(PlayLog log, long now) {
    PlayState state = new PlayState();
    for (PlayRows.State s : log.states()) {
      if (s.lastFired() >= 0) {
        state.rememberFired(s.subject(), s.play(), s.lastFired());
      }
      if (!s.armed()) {
        state.rememberDisarmed(s.subject(), s.play());
      }
    }
    log.assignments().forEach(a -> state.rememberOwner(a.person(), a.owner()));
    log.cursors().forEach(c -> state.rememberCursor(c.team(), c.next()));
    for (PlayRows.History h : log.alertedSince(now - HOUR)) {
      if (!h.owner().isEmpty()) {
        state.rememberAlert(h.owner(), h.time());
      }
    }
    return state;
  }
}
