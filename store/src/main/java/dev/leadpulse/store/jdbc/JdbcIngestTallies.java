package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.IngestTallies;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily ingestion tallies: one upsert per day and reason, sent as one JDBC batch in one
 * transaction. Tallies for the same day and reason are summed first: the PostgreSQL driver
 * rewrites a batch into one multi-row INSERT, and ON CONFLICT may not touch a row twice in one.
 */
final class JdbcIngestTallies implements IngestTallies {
  private final Database db;

  JdbcIngestTallies(Database db) {
    this.db = db;
  }

  @Override
  public void add(Collection<Tally> tallies) {
    Map<List<Object>, Long> summed = new LinkedHashMap<>();
    tallies.forEach(t -> summed.merge(List.of(t.day(), t.reason()), t.count(), Long::sum));
    if (summed.isEmpty()) {
      return;
    }
    db.write("adding " + summed.size() + " ingestion tallies", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_days (day, reason, count) VALUES (?, ?, ?)"
          + " ON CONFLICT (day, reason) DO UPDATE SET count = ingest_days.count + excluded.count")) {
        for (Map.Entry<List<Object>, Long> t : summed.entrySet()) {
          Queries.bind(ps, t.getKey().get(0), t.getKey().get(1), t.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  @Override
  public List<Tally> since(long day) {
    return db.read("reading ingestion tallies", c -> Queries.list(c,
        "SELECT day, reason, count FROM ingest_days WHERE day >= ? ORDER BY day, reason",
        rs -> new Tally(rs.getLong(1), rs.getString(2), rs.getLong(3)), day));
  }
}
