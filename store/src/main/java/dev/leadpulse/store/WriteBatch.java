package dev.leadpulse.store;

import java.util.List;

/**
 * Everything one group commit writes, in one transaction: the new events and what they
 * changed. People and accounts are upserted by id; {@code removedPeople} are person keys
 * that no longer exist (an anonymous visitor merged into a user).
 */
public record WriteBatch(List<StoredEvent> events, List<PersonRow> people, List<String> removedPeople,
    List<AccountRow> accounts, List<ScorePoint> scorePoints, List<StageChangeRow> stageChanges) {
  public static final WriteBatch EMPTY = new WriteBatch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public WriteBatch {
    events = List.copyOf(events);
    people = List.copyOf(people);
    removedPeople = List.copyOf(removedPeople);
    accounts = List.copyOf(accounts);
    scorePoints = List.copyOf(scorePoints);
    stageChanges = List.copyOf(stageChanges);
  }

  public boolean isEmpty() {
    return events.isEmpty() && people.isEmpty() && removedPeople.isEmpty() && accounts.isEmpty()
        && scorePoints.isEmpty() && stageChanges.isEmpty();
  }
}
