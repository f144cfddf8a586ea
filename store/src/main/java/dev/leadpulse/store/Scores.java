package dev.leadpulse.store;

import java.util.List;
import java.util.Optional;

/** Stored scores: people, accounts, score history and the log of stage changes. Written by {@link Store#commit}. */
public interface Scores {

  Optional<PersonRow> person(String id);

  /** People matching {@code query}, in its order, a page at a time. */
  Page<PersonRow> people(PersonQuery query);

  long peopleCount();

  Optional<AccountRow> account(String id);

  /** Accounts by score, highest first, a page at a time ({@code limit} 1 to 1000). */
  Page<AccountRow> accounts(Optional<String> cursor, int limit);

  long accountCount();

  /** A person's score over time, oldest first, the latest {@code limit} points. */
  List<ScorePoint> history(String person, int limit);

  /** The seq of the newest recorded stage change, or 0 when there is none. */
  long latestStageChangeSeq();

  /** Recorded stage changes with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
  List<StageChangeRow> stageChangesAfter(long afterSeq, int limit);

  /** A person's recorded stage changes, oldest first. */
  List<StageChangeRow> stageChangesOf(String person);
}
