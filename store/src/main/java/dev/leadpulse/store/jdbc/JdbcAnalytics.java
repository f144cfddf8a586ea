package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Analytics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The analytics aggregates in SQL shared by both databases. The people are read once, through
 * their score index; converted people come from the (small) dispositions table, by id.
 * Stage reach is one pass over the stage changes, grouped by person.
 */
final class JdbcAnalytics implements Analytics {
  /** The distinct people with a converted verdict. */
  private static final String CONVERTED = "(SELECT DISTINCT person FROM dispositions WHERE verdict = 'converted')";

  private final Database db;

  JdbcAnalytics(Database db) {
    this.db = db;
  }

  @Override
  public Optional<ScoreRange> scoreRange() {
    // Two subqueries, each answered from the end of the score index (SQLite scans for MIN and MAX in one).
    return db.read("reading the score range", c -> Queries.first(c,
        "SELECT (SELECT MIN(score) FROM people), (SELECT MAX(score) FROM people)",
        rs -> {
          long min = rs.getLong(1);
          return rs.wasNull() ? Optional.<ScoreRange>empty() : Optional.of(new ScoreRange(min, rs.getLong(2)));
        }).flatMap(r -> r));
  }

  @Override
  public List<Bucket> histogram(long lo, long width) {
    if (width < 1) {
      throw new IllegalArgumentException("a bucket must be at least 1 wide, not " + width);
    }
    // Everyone from the score index alone; the converted from the dispositions, by primary key. score - lo is
    // never negative, so integer division rounds down in both databases.
    Map<Long, Long> converted = new HashMap<>();
    List<long[]> all = db.read("reading the score histogram", c -> {
      Queries.list(c, "SELECT x.bucket, COUNT(*) FROM (SELECT (p.score - ?) / ? AS bucket FROM people p WHERE p.id IN "
          + CONVERTED + " AND p.score >= ?) x GROUP BY x.bucket",
          rs -> converted.put(rs.getLong(1), rs.getLong(2)), lo, width, lo);
      return Queries.list(c, "SELECT x.bucket, COUNT(*) FROM (SELECT (score - ?) / ? AS bucket FROM people"
          + " WHERE score >= ?) x GROUP BY x.bucket ORDER BY x.bucket",
          rs -> new long[] {rs.getLong(1), rs.getLong(2)}, lo, width, lo);
    });
    return all.stream().map(b -> new Bucket(lo + b[0] * width, b[1], converted.getOrDefault(b[0], 0L))).toList();
  }

  @Override
  public List<Reach> funnel(List<String> stages) {
    if (stages.isEmpty()) {
      return List.of();
    }
    // Each person's highest rank entered (1 = the first stage of the list, 0 = none of them).
    StringBuilder rank = new StringBuilder("MAX(CASE to_stage");
    for (int i = 0; i < stages.size(); i++) {
      rank.append(" WHEN ? THEN ").append(i + 1);
    }
    rank.append(" ELSE 0 END)");
    long[][] byRank = new long[stages.size() + 1][2];
    db.read("reading the funnel", c -> Queries.list(c,
        "SELECT r.top, COUNT(*), SUM(CASE WHEN v.person IS NULL THEN 0 ELSE 1 END) FROM (SELECT person, " + rank
            + " AS top FROM stage_changes GROUP BY person) r LEFT JOIN " + CONVERTED + " v ON v.person = r.person"
            + " WHERE r.top > 0 GROUP BY r.top",
        rs -> {
          int top = rs.getInt(1);
          byRank[top][0] = rs.getLong(2);
          byRank[top][1] = rs.getLong(3);
          return top;
        }, stages.toArray()));
    List<Reach> out = new ArrayList<>();
    long people = 0;
    long converted = 0;
    for (int i = stages.size(); i >= 1; i--) {
      people += byRank[i][0];
      converted += byRank[i][1];
      out.add(new Reach(stages.get(i - 1), people, converted));
    }
    Collections.reverse(out);
    return out;
  }

  @Override
  public OptionalLong scoreAtRank(long rank) {
    if (rank < 0) {
      return OptionalLong.empty();
    }
    return db.read("reading a score by rank", c -> Queries.first(c,
        "SELECT score FROM people ORDER BY score DESC, id LIMIT 1 OFFSET ?", rs -> rs.getLong(1), rank))
        .map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  @Override
  public long entered(List<String> stages, long since) {
    if (stages.isEmpty()) {
      return 0;
    }
    Object[] params = new Object[stages.size() + 1];
    stages.toArray(params);
    params[stages.size()] = since;
    return db.read("counting people who entered a stage", c -> Queries.longValue(c,
        "SELECT COUNT(DISTINCT person) FROM stage_changes WHERE to_stage IN (" + Database.placeholders(stages.size())
            + ") AND time >= ?", params));
  }
}
