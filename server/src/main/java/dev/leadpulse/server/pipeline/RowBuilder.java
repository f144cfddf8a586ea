package dev.leadpulse.server.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns "these people changed" into the rows a commit writes: each person's current score
 * with its explanation, a score point when the score or stage moved, the stage changes not yet
 * recorded, the accounts they belong to (and left), and the people merged away.
 *
 * <p>Remembers what it last wrote per person, so it writes only what changed. Used by the
 * pipeline's writer thread alone, with the board's lock held.
 *
 * <p>Explanations are refreshed at most once per {@link #EXPLAIN_EVERY_MS} per person: a busy
 * person's explanation holds every award they ever had, so writing it on every commit made the
 * cost of a commit grow with the history of its most active people (under load it was most of
 * the writer's time). In between, the person's row is written with
 * {@link PersonRow#KEEP_EXPLANATION}, which keeps the stored one, and the person is remembered
 * as stale until {@link #staleExplanations} hands them back for a refresh. Everything else in
 * the row (score, stage, grade, times) is written on every commit, as before.
 */
final class RowBuilder {
  /** How often at most a person's stored explanation is rewritten, in ms. */
  static final long EXPLAIN_EVERY_MS = 1_000;

  private final ObjectMapper json;
  private final Map<String, Written> written = new HashMap<>();
  /** When each person's stored explanation was last written (absent: write it next time). */
  private final Map<String, Long> explainedAt = new HashMap<>();
  /** People whose stored explanation is older than their row, oldest first. */
  private final Set<String> stale = new LinkedHashSet<>();

  RowBuilder(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Forgets everything (after the board was rebuilt with another model or after an erasure),
   * except which stored explanations are stale: those are still to be refreshed.
   */
  void reset() {
    written.clear();
    explainedAt.clear();
  }

  /** Takes what the store holds as already written for a person (at start-up). */
  void recordStored(String person, long score, String stage, String account, List<StageChange> stages) {
    written.put(person, new Written(score, stage, account, stages));
  }

  /** Up to {@code max} people whose stale explanation may be rewritten at {@code now}. */
  List<String> staleExplanations(long now, int max) {
    List<String> due = new ArrayList<>();
    for (String key : stale) {
      if (due.size() == max) {
        break;
      }
      if (explanationDue(key, now)) {
        due.add(key);
      }
    }
    return due;
  }

  /** When the next stale explanation may be rewritten; empty when none is stale. */
  Optional<Long> nextStaleExplanation() {
    return stale.isEmpty() ? Optional.empty()
        : Optional.of(explainedAt.getOrDefault(stale.iterator().next(), Long.MIN_VALUE) + EXPLAIN_EVERY_MS);
  }

  private boolean explanationDue(String key, long now) {
    Long at = explainedAt.get(key);
    return at == null || now - at >= EXPLAIN_EVERY_MS;
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
      Optional<PersonScore> read = board.person(key, Math.max(asOf, board.lastEventTime(key).orElse(asOf)));
      if (read.isEmpty()) {
        if (written.remove(key) != null) {
          removed.add(key);
        }
        explainedAt.remove(key);
        stale.remove(key);
        addAccount(accounts, before.account());
        continue;
      }
      PersonScore s = read.get();
      people.add(row(board, s, key, now));
      if (s.score() != before.score() || !s.stage().equals(before.stage())) {
        points.add(new ScorePoint(key, s.asOf(), s.score(), s.fit(), s.engagement(), s.stage()));
      }
      for (StageChange c : before.unrecorded(s.stageHistory())) {
        changes.add(new StageChangeRow(0, key, c.time(), c.from(), c.to(), c.why(), now));
      }
      addAccount(accounts, before.account());
      addAccount(accounts, s.account());
      written.put(key, new Written(s.score(), s.stage(), s.account(), s.stageHistory()));
    }
    return new WriteBatch(events, people, removed, accounts(board, accounts, asOf), points, changes);
  }

  /** The current rows of these accounts (an account left without members reads as empty). */
  List<AccountRow> accounts(Scoreboard board, Collection<String> ids, long asOf) {
    List<AccountRow> rows = new ArrayList<>(ids.size());
    for (String id : ids) {
      rows.add(accountRow(board.account(id, asOf)));
    }
    return rows;
  }

  private static void addAccount(Set<String> accounts, String id) {
    if (!id.isEmpty()) {
      accounts.add(id);
    }
  }

  private PersonRow row(Scoreboard board, PersonScore s, String key, long now) {
    String explanation;
    if (explanationDue(key, now) || !written.containsKey(key)) {
      explanation = explanation(s);
      explainedAt.put(key, now);
      stale.remove(key);
    } else {
      explanation = PersonRow.KEEP_EXPLANATION;
      stale.add(key);
    }
    return new PersonRow(key, board.isAnonymous(key), s.score(), s.fit(), s.engagement(), s.stage(), s.grade(),
        s.account(), board.lastEventTime(key).orElse(s.asOf()), s.asOf(), write(s.traits()), explanation);
  }

  /** {@code ScoreJson.person(s)} as text, streamed rather than built as a tree first. */
  private String explanation(PersonScore s) {
    StringWriter out = new StringWriter(256 + 160 * s.contributions().size());
    try (JsonGenerator g = json.createGenerator(out)) {
      ScoreJson.writePerson(g, s);
    } catch (IOException e) {
      throw new IllegalStateException("scores are plain JSON values", e);
    }
    return out.toString();
  }

  private AccountRow accountRow(AccountScore a) {
    return new AccountRow(a.id(), a.score(), a.peopleEngagement(), a.accountEngagement(), a.fit(),
        a.people().size(), a.asOf(), write(a.traits()), write(ScoreJson.account(a)));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scores and traits are plain JSON values", e);
    }
  }
}
