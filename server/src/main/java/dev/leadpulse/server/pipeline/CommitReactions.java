package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.store.WriteBatch;
import java.util.Collection;
import java.util.Optional;

/**
 * What reacts to the scoring pipeline's commits (the plays), inside the commit: called on the
 * writer thread with the board's lock held, so that its rows join the batch and are written in
 * the same transaction as the change that caused them.
 */
public interface CommitReactions {
  /** Nothing reacts. */
  CommitReactions NONE = new CommitReactions() {
    @Override
    public WriteBatch react(Scoreboard board, WriteBatch batch, long now) {
      return batch;
    }

    @Override
    public Optional<Long> nextWake(Scoreboard board, String person, long now) {
      return Optional.empty();
    }

    @Override
    public void reload(long now) {}

    @Override
    public void forget(Collection<String> keys) {}
  };

  /** {@code batch}, with the rows reacting to what it writes added. */
  WriteBatch react(Scoreboard board, WriteBatch batch, long now);

  /**
   * When {@code person} must be woken for a reaction without an event (inactivity), if ever. A
   * reaction already due (its time passed while the server was down) answers {@code now}, and
   * must not answer it again once woken, so that nobody is woken in a loop.
   */
  Optional<Long> nextWake(Scoreboard board, String person, long now);

  /** Forgets what it remembers and reads it again from the store as of {@code now} (after a failed commit). */
  void reload(long now);

  /** Forgets everything held in memory under {@code keys} (a person's key and ids), after an erasure. */
  void forget(Collection<String> keys);
}
