package dev.leadpulse.core.plays;

import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.event.PersonNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's change, as the plays see it: their score now (with its explanation), what is
 * new in this commit, and their account. A value, except that the account is read on first use
 * ({@link AccountView}): its score is read only when a play needs it, at most once.
 *
 * @param person        the score as of {@code now}
 * @param newStages     the stage changes recorded in this commit, oldest first
 * @param eventNames    the names of the person's events in this commit
 * @param lastEventTime the time of the person's latest event, epoch ms
 * @param recentScores  earlier score points (oldest first), for {@code score_dropped}; may be empty
 * @param account       the person's account, read on first use; {@link AccountView#NONE} without one
 * @param now           the server's clock, epoch ms
 */
public record Situation(PersonScore person, List<StageChange> newStages, List<String> eventNames, long lastEventTime,
    List<ScoreAt> recentScores, AccountView account, long now) {
  /** A score at a time (hundredths, epoch ms). */
  public record ScoreAt(long time, long score) {}

  public Situation {
    Objects.requireNonNull(person, "person");
    newStages = List.copyOf(newStages);
    eventNames = List.copyOf(eventNames);
    recentScores = List.copyOf(recentScores);
    Objects.requireNonNull(account, "account");
  }

  public String id() {
    return person.id();
  }

  /** The person's name from traits ({@link PersonNames}), else their id. */
  public String name() {
    String name = PersonNames.of(person.traits());
    return name.isEmpty() ? person.id() : name;
  }

  public String email() {
    return person.traits().get("email") instanceof String e ? e : "";
  }

  /** A trait of the person, else of their account; empty when neither has it. Never reads the account's score. */
  public Optional<Object> trait(String key) {
    Object v = person.traits().get(key);
    if (v == null) {
      v = account.traits().get(key);
    }
    return Optional.ofNullable(v);
  }
}
