package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Reports;
import java.util.List;

/**
 * The feedback reports in SQL shared by both databases: correlated subqueries over the plays'
 * history, dispositions ({@code dispositions_by_person}) and score points
 * ({@code score_points_by_person}), so each person costs a few index lookups.
 */
final class JdbcReports implements Reports {
  /** When a person last became hot: their first score point at or over ? after their last one under ?. */
  private static final String HOT_SINCE = "(SELECT MIN(sp.time) FROM score_points sp WHERE sp.person = p.id"
      + " AND sp.score >= ? AND sp.time > COALESCE((SELECT MAX(u.time) FROM score_points u WHERE u.person = p.id"
      + " AND u.score < ?), -1))";

  private final Database db;

  JdbcReports(Database db) {
    this.db = db;
  }

  @Override
  public List<Response> responses(long since) {
    return db.read("reading response times", c -> Queries.list(c,
        "SELECT h.person, h.play, h.owner, h.time, COALESCE((SELECT MIN(d.time) FROM dispositions d"
            + " WHERE d.person = h.person AND d.time >= h.time), -1) FROM play_history h"
            + " WHERE h.outcome IN ('fired', 'held') AND h.owner <> '' AND h.time >= ? ORDER BY h.time, h.seq",
        rs -> new Response(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)), since));
  }

  @Override
  public Acceptance acceptance(long threshold) {
    return db.read("reading acceptance", c -> Queries.first(c,
        "SELECT COUNT(*), COUNT(v.person) FROM people p LEFT JOIN (SELECT DISTINCT person FROM dispositions"
            + " WHERE verdict IN ('accepted', 'converted')) v ON v.person = p.id WHERE p.score >= ?",
        rs -> new Acceptance(rs.getLong(1), rs.getLong(2)), threshold).orElseThrow());
  }

  @Override
  public List<Untouched> untouched(long threshold, long hotBefore, int limit) {
    return db.read("reading untouched leads", c -> Queries.list(c,
        "SELECT x.id, x.owner, x.score, x.hot_since FROM (SELECT p.id, COALESCE(a.owner, '') AS owner, p.score, "
            + HOT_SINCE + " AS hot_since FROM people p LEFT JOIN assignments a ON a.person = p.id"
            + " WHERE p.score >= ?) x WHERE x.hot_since IS NOT NULL AND x.hot_since <= ? AND NOT EXISTS"
            + " (SELECT 1 FROM dispositions d WHERE d.person = x.id AND d.time >= x.hot_since)"
            + " ORDER BY x.hot_since, x.id LIMIT ?",
        rs -> new Untouched(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
        threshold, threshold, threshold, hotBefore, limit));
  }
}
