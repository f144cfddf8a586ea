package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.Page;
import dev.leadpulse.store.PersonQuery;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.Scores;
import dev.leadpulse.store.StageChangeRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Scores on JDBC. Lists are paged by keyset: a page asks for the rows strictly after the
 * previous page's last (sort key, id) in the order "key descending, id ascending", and
 * fetches one row more than it returns to know whether a next page exists.
 */
final class JdbcScores implements Scores {
  private final Database db;

  JdbcScores(Database db) {
    this.db = db;
  }

  @Override
  public Optional<PersonRow> person(String id) {
    return db.read("reading person " + id, c -> Queries.first(c,
        "SELECT " + PeopleRows.PERSON_COLUMNS + " FROM people WHERE id = ?", PeopleRows::person, id));
  }

  @Override
  public Page<PersonRow> people(PersonQuery query) {
    String list = query.sort() == PersonQuery.Sort.SCORE ? "people-by-score" : "people-by-activity";
    String key = query.sort() == PersonQuery.Sort.SCORE ? "score" : "last_event_at";
    StringBuilder sql = new StringBuilder("SELECT " + PeopleRows.PERSON_COLUMNS + " FROM people WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filter(sql, params, "stage", query.stage());
    filter(sql, params, "grade", query.grade());
    filter(sql, params, "account", query.account());
    if (query.minScore() != Long.MIN_VALUE) {
      sql.append(" AND score >= ?");
      params.add(query.minScore());
    }
    after(sql, params, key, query.cursor().map(cursor -> Cursors.decode(list, cursor)));
    sql.append(" ORDER BY ").append(key).append(" DESC, id LIMIT ?");
    params.add(query.limit() + 1);
    List<PersonRow> rows = db.read("listing people", c ->
        Queries.list(c, sql.toString(), PeopleRows::person, params.toArray()));
    return page(rows, query.limit(), last -> Cursors.encode(list,
        query.sort() == PersonQuery.Sort.SCORE ? last.score() : last.lastEventAt(), last.id()));
  }

  @Override
  public long peopleCount() {
    return db.read("counting people", c -> Queries.longValue(c, "SELECT COUNT(*) FROM people"));
  }

  @Override
  public Optional<AccountRow> account(String id) {
    return db.read("reading account " + id, c -> Queries.first(c,
        "SELECT " + PeopleRows.ACCOUNT_COLUMNS + " FROM accounts WHERE id = ?", PeopleRows::account, id));
  }

  @Override
  public Page<AccountRow> accounts(Optional<String> cursor, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
    }
    String list = "accounts-by-score";
    StringBuilder sql = new StringBuilder("SELECT " + PeopleRows.ACCOUNT_COLUMNS + " FROM accounts WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    after(sql, params, "score", cursor.map(c -> Cursors.decode(list, c)));
    sql.append(" ORDER BY score DESC, id LIMIT ?");
    params.add(limit + 1);
    List<AccountRow> rows = db.read("listing accounts", c ->
        Queries.list(c, sql.toString(), PeopleRows::account, params.toArray()));
    return page(rows, limit, last -> Cursors.encode(list, last.score(), last.id()));
  }

  @Override
  public long accountCount() {
    return db.read("counting accounts", c -> Queries.longValue(c, "SELECT COUNT(*) FROM accounts"));
  }

  @Override
  public List<ScorePoint> history(String person, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    List<ScorePoint> newestFirst = db.read("reading the score history of " + person, c -> Queries.list(c,
        "SELECT " + HistoryRows.POINT_COLUMNS + " FROM score_points WHERE person = ?"
            + " ORDER BY time DESC, seq DESC LIMIT ?", HistoryRows::point, person, limit));
    List<ScorePoint> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  @Override
  public long latestStageChangeSeq() {
    return db.read("reading the latest stage change", c -> Queries.longValue(c,
        "SELECT COALESCE(MAX(seq), 0) FROM stage_changes"));
  }

  @Override
  public List<StageChangeRow> stageChangesAfter(long afterSeq, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    return db.read("reading stage changes after seq " + afterSeq, c -> Queries.list(c,
        "SELECT " + HistoryRows.CHANGE_COLUMNS + " FROM stage_changes WHERE seq > ? ORDER BY seq LIMIT ?",
        HistoryRows::change, afterSeq, limit));
  }

  @Override
  public List<StageChangeRow> stageChangesOf(String person) {
    return db.read("reading the stage changes of " + person, c -> Queries.list(c,
        "SELECT " + HistoryRows.CHANGE_COLUMNS + " FROM stage_changes WHERE person = ? ORDER BY seq",
        HistoryRows::change, person));
  }

  private static void filter(StringBuilder sql, List<Object> params, String column, String value) {
    if (!value.isEmpty()) {
      sql.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }

  /** Restricts to rows after {@code position} in the order "key descending, id ascending". */
  private static void after(StringBuilder sql, List<Object> params, String key, Optional<Cursors.Position> position) {
    position.ifPresent(p -> {
      sql.append(" AND (").append(key).append(" < ? OR (").append(key).append(" = ? AND id > ?))");
      params.add(p.key());
      params.add(p.key());
      params.add(p.id());
    });
  }

  private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
  }
}
