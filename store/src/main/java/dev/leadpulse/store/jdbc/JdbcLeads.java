package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Leads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inbox in SQL shared by both databases: it walks {@code people_by_score} over people in a
 * stage and looks up each one's owner, stage change, verdict and open task by index, stopping
 * at the limit, so its cost follows the page size rather than the number of people.
 */
final class JdbcLeads implements Leads {
  private static final String LEAD = "SELECT p.id, p.score, p.fit, p.engagement, p.stage, p.grade, p.account,"
      + " p.last_event_at, p.traits, COALESCE(a.owner, '') AS owner,"
      + " COALESCE((SELECT MAX(sc.time) FROM stage_changes sc WHERE sc.person = p.id AND sc.to_stage = p.stage),"
      + " p.updated_at) AS in_stage_since,"
      + " COALESCE((SELECT d.verdict FROM dispositions d WHERE d.person = p.id ORDER BY d.id DESC LIMIT 1), '')"
      + " AS verdict,"
      + " COALESCE((SELECT d.time FROM dispositions d WHERE d.person = p.id ORDER BY d.id DESC LIMIT 1), -1)"
      + " AS verdict_at,"
      + " COALESCE((SELECT MIN(t.due_at) FROM tasks t WHERE t.person = p.id AND t.status = 'open'), -1) AS task_due"
      + " FROM people p LEFT JOIN assignments a ON a.person = p.id";

  private final Database db;

  JdbcLeads(Database db) {
    this.db = db;
  }

  @Override
  public List<Lead> list(Query q) {
    StringBuilder where = new StringBuilder(" WHERE p.stage <> ''");
    List<Object> params = new ArrayList<>();
    if (!q.stage().isEmpty()) {
      where.append(" AND p.stage = ?");
      params.add(q.stage());
    }
    if (!q.grade().isEmpty()) {
      where.append(q.grade().length() == 1 ? " AND substr(p.grade, 1, 1) = ?" : " AND p.grade = ?");
      params.add(q.grade());
    }
    if (!q.owners().isEmpty()) {
      where.append(" AND a.owner IN (").append(Database.placeholders(q.owners().size())).append(')');
      params.addAll(q.owners().stream().sorted().toList());
    }
    if (!q.account().isEmpty()) {
      where.append(" AND p.account = ?");
      params.add(q.account());
    }
    String open = q.includeClosed() ? "" : " WHERE NOT (x.verdict IN ('rejected', 'converted', 'lost')"
        + " AND x.verdict_at >= x.in_stage_since)";
    params.add(q.limit());
    String sql = "SELECT * FROM (" + LEAD + where + ") x" + open + " ORDER BY x.score DESC, x.id LIMIT ?";
    return db.read("listing the inbox", c -> Queries.list(c, sql, JdbcLeads::lead, params.toArray()));
  }

  @Override
  public Optional<Lead> of(String person) {
    return db.read("reading lead " + person, c -> Queries.first(c, LEAD + " WHERE p.id = ?", JdbcLeads::lead, person));
  }

  private static Lead lead(ResultSet rs) throws SQLException {
    return new Lead(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
        rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getLong(11), rs.getString(12),
        rs.getLong(13), rs.getLong(14));
  }
}
