package dev.leadpulse.store;

import java.util.List;

/**
 * Everything one group commit writes, in one transaction: the new events and what they
 * changed. People and accounts are upserted by id; {@code removedPeople} are person keys
 * that no longer exist (an anonymous visitor merged into a user). {@code plays} are what the
 * plays decided about these changes (history, tasks, the outbox), written in the same
 * transaction so that an alert exists exactly when the change that caused it does.
 */
public record WriteBatch(List<StoredEvent> events, List<PersonRow> people, List<String> removedPeople,
    List<AccountRow> accounts, List<ScorePoint> scorePoints, List<StageChangeRow> stageChanges, PlayRows plays) {
  public static final WriteBatch EMPTY = new WriteBatch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** A batch without play rows. */
  public WriteBatch(List<StoredEvent> events, List<PersonRow> people, List<String> removedPeople,
      List<AccountRow> accounts, List<ScorePoint> scorePoints, List<StageChangeRow> stageChanges) {
    this(events, people, removedPeople, accounts, scorePoints, stageChanges, PlayRows.NONE);
  }

  public WriteBatch {
    events = List.copyOf(events);
    people = List.copyOf(people);
    removedPeople = List.copyOf(removedPeople);
    accounts = List.copyOf(accounts);
    scorePoints = List.copyOf(scorePoints);
    stageChanges = List.copyOf(stageChanges);
    java.util.Objects.requireNonNull(plays, "plays");
  }

  /** This batch with {@code rows} as its play rows. */
  public WriteBatch withPlays(PlayRows rows) {
    return new WriteBatch(events, people, removedPeople, accounts, scorePoints, stageChanges, rows);
  }

  public boolean isEmpty() {
    return events.isEmpty() && people.isEmpty() && removedPeople.isEmpty() && accounts.isEmpty()
        && scorePoints.isEmpty() && stageChanges.isEmpty() && plays.isEmpty();
  }
}
