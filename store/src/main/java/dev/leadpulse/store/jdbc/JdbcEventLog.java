package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.EventLog;
import dev.leadpulse.store.LoggedEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event log on JDBC. {@link #forEach} streams: rows are fetched {@value #FETCH_SIZE} at a
 * time, on PostgreSQL inside a read-only transaction (its driver streams only there).
 *
 * <p>Seq order is commit order as long as one writer appends, as the server's group commit
 * does: PostgreSQL hands out identities before commit, so with concurrent writers a reader
 * could see seq 11 before seq 10 commits.
 */
final class JdbcEventLog implements EventLog {
  private static final int FETCH_SIZE = 1_000;

  private final Database db;

  JdbcEventLog(Database db) {
    this.db = db;
  }

  @Override
  public void forEach(long afterSeq, Consumer<LoggedEvent> sink) {
    db.read("reading the event log after seq " + afterSeq, c -> {
      if (db.dialect().streamsOnlyInTransaction()) {
        c.setAutoCommit(false);
        c.setReadOnly(true);
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + EventRows.COLUMNS + " FROM events WHERE seq > ? ORDER BY seq")) {
        ps.setFetchSize(FETCH_SIZE);
        ps.setLong(1, afterSeq);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(EventRows.read(rs));
          }
        }
      } finally {
        if (db.dialect().streamsOnlyInTransaction()) {
          c.rollback();
        }
      }
      return null;
    });
  }

  @Override
  public List<LoggedEvent> of(Collection<String> userIds, Collection<String> anonymousIds, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    List<String> users = Database.nonEmpty(userIds);
    List<String> visitors = Database.nonEmpty(anonymousIds);
    if (users.isEmpty() && visitors.isEmpty()) {
      return List.of();
    }
    String sql = "SELECT " + EventRows.COLUMNS + " FROM events WHERE " + EventRows.ofPerson(users, visitors)
        + " ORDER BY event_time DESC, message_id DESC LIMIT ?";
    return db.read("reading a person's events", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int next = Database.bindAll(ps, Database.bindAll(ps, 1, users), visitors);
        ps.setInt(next, limit);
        List<LoggedEvent> events = new ArrayList<>(Math.min(limit, 256));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            events.add(EventRows.read(rs));
          }
        }
        return events;
      }
    });
  }

  @Override
  public long count() {
    return db.read("counting events", c -> Queries.longValue(c, "SELECT COUNT(*) FROM events"));
  }

  @Override
  public long lastSeq() {
    return db.read("reading the last seq", c -> Queries.longValue(c, "SELECT COALESCE(MAX(seq), 0) FROM events"));
  }
}
