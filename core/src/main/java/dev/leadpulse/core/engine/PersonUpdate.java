package dev.leadpulse.core.engine;

import java.util.List;

/** What applying one event changed for a person. */
public record PersonUpdate(List<Award> awards, List<StageChange> stageChanges, List<AccountHit> accountHits) {
  public static final PersonUpdate NOTHING = new PersonUpdate(List.of(), List.of(), List.of());

  public PersonUpdate {
    awards = List.copyOf(awards);
    stageChanges = List.copyOf(stageChanges);
    accountHits = List.copyOf(accountHits);
  }

  public boolean isEmpty() {
    return awards.isEmpty() && stageChanges.isEmpty() && accountHits.isEmpty();
  }
}
