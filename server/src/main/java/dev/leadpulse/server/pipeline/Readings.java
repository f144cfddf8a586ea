package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.store.Store;
import java.util.Optional;
import java.util.Set;

/**
 * Scores as of any time, for the query API. As of a time at or after the events concerned,
 * the live board answers (a short read under its lock). As of an earlier time, a board is
 * built from the stored events up to that time, so that the answer is what the score was
 * then: exact, but it reads the whole log, so it is meant for occasional questions.
 */
public final class Readings {
  private final Store store;
  private final LiveBoard live;

  public Readings(Store store, LiveBoard live) {
    this.store = store;
    this.live = live;
  }

  /** The person key that a user id or anonymous id belongs to now, if known. */
  public Optional<String> resolve(String id) {
    return live.read(b -> b.resolve(id));
  }

  public Optional<PersonScore> person(String id, long asOf) {
    Optional<PersonScore> now = live.read(b -> b.resolve(id).flatMap(key -> {
      long last = b.lastEventTime(key).orElse(Long.MIN_VALUE);
      return asOf >= last ? b.person(key, asOf) : Optional.<PersonScore>empty();
    }));
    if (now.isPresent() || resolve(id).isEmpty()) {
      return now;
    }
    Scoreboard then = boardAsOf(asOf);
    return then.resolve(id).flatMap(key -> then.person(key, asOf));
  }

  public Optional<AccountScore> account(String id, long asOf) {
    if (asOf >= live.maxEventTime()) {
      return live.read(b -> b.accounts().contains(id) ? Optional.of(b.account(id, asOf)) : Optional.empty());
    }
    Scoreboard then = boardAsOf(asOf);
    return then.accounts().contains(id) ? Optional.of(then.account(id, asOf)) : Optional.empty();
  }

  /** Every id a person is known by, {@code u:}- and {@code a:}-prefixed. */
  public Set<String> identities(String personKey) {
    return live.read(b -> b.identities(personKey));
  }

  private Scoreboard boardAsOf(long asOf) {
    Scoreboard board = new Scoreboard(live.model(), new CountingFailures());
    store.events().forEach(0, e -> {
      if (e.stored().event().time() <= asOf) {
        board.accept(e.stored().event());
      }
    });
    return board;
  }
}
