package dev.leadpulse.server.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.PersonStanding;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns "these people changed" into the rows a commit writes: each person's current figures
 * (score, fit, engagement, stage, grade, account, traits), a score point when the score or
 * stage moved, the stage changes not yet recorded, the accounts they belong to (and left), and
 * the people merged away.
 *
 * <p>Rows hold figures, not explanations: an explanation is derived from the event log, which
 * the engine replays at start-up, and the API explains a score from the live engine. Reading a
 * person's {@link PersonStanding} costs what their totals cost, not a line per award they ever
 * had, so a commit costs what changed rather than the history of its busiest people.
 *
 * <p>Remembers what it last wrote per person, so it writes only what changed. Used by the
 * pipeline's writer thread alone, with the board's lock held.
 */
final class RowBuilder {
  private final ObjectMapper json;
  private final Map<String, Written> written = new HashMap<>();

  RowBuilder(ObjectMapper json) {
    this.json = json;
  }

  /** Forgets everything (after the board was rebuilt with another model or after an erasure). */
  void reset() {
    written.clear();
  }

  /** Takes what the store holds as already written for a person (at start-up). */
  void recordStored(String person, long score, String stage, String account, List<StageChange> stages) {
    written.put(person, new Written(score, stage, account, stages, null, ""));
  }

  /** The rows for {@code events} and the people they touched, as of {@code asOf}. */
  WriteBatch build(Scoreboard board, Collection<String> touched, long asOf, long now, List<StoredEvent> events) {
    List<PersonRow> people = new ArrayList<>(touched.size());
    List<String> removed = new ArrayList<>();
    List<ScorePoint> points = new ArrayList<>();
    List<StageChangeRow> changes = new ArrayList<>();
    Set<String> accounts = new LinkedHashSet<>();
    for (String key : touched) {
      Written before = written.getOrDefault(key, Written.NOTHING);
      Optional<Long> lastEvent = board.lastEventTime(key);
      Optional<PersonStanding> read = lastEvent.flatMap(last -> board.standing(key, Math.max(asOf, last)));
      if (read.isEmpty()) {
        if (written.remove(key) != null) {
          removed.add(key);
        }
        addAccount(accounts, before.account());
        continue;
      }
      PersonStanding s = read.get();
      String traits = s.traits() == before.traits() ? before.traitsJson() : write(s.traits());
      people.add(new PersonRow(key, board.isAnonymous(key), s.score(), s.fit(), s.engagement(), s.stage(),
          s.grade(), s.account(), lastEvent.get(), s.asOf(), traits));
      if (s.score() != before.score() || !s.stage().equals(before.stage())) {
        points.add(new ScorePoint(key, s.asOf(), s.score(), s.fit(), s.engagement(), s.stage()));
      }
      for (StageChange c : before.unrecorded(s.stageHistory())) {
        changes.add(new StageChangeRow(0, key, c.time(), c.from(), c.to(), c.why(), now));
      }
      addAccount(accounts, before.account());
      addAccount(accounts, s.account());
      written.put(key, new Written(s.score(), s.stage(), s.account(), s.stageHistory(), s.traits(), traits));
    }
    return new WriteBatch(events, people, removed, accounts(board, accounts, asOf), points, changes);
  }

  /** The current rows of these accounts (an account left without members reads as empty). */
  List<AccountRow> accounts(Scoreboard board, Collection<String> ids, long asOf) {
    List<AccountRow> rows = new ArrayList<>(ids.size());
    for (String id : ids) {
      AccountScore a = board.account(id, asOf);
      rows.add(new AccountRow(a.id(), a.score(), a.peopleEngagement(), a.accountEngagement(), a.fit(),
          a.people().size(), a.asOf(), write(a.traits())));
    }
    return rows;
  }

  private static void addAccount(Set<String> accounts, String id) {
    if (!id.isEmpty()) {
      accounts.add(id);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scores and traits are plain JSON values", e);
    }
  }
}
