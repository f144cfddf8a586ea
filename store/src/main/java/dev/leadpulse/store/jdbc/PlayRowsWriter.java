package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.TaskRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes {@link PlayRows} on a connection inside the commit's transaction, each kind of row
 * as one JDBC batch: history, state, assignments, round-robin positions, tasks, deliveries.
 */
final class PlayRowsWriter {
  static final String HISTORY_COLUMNS = "seq, person, play, time, outcome, summary, detail, owner, alerted";
  static final String TASK_COLUMNS = "id, person, play, owner, title, body, priority, created_at, due_at, status";
  static final String DELIVERY_COLUMNS = "id, person, play, channel, target, action_index, owner, payload, status,"
      + " attempts, next_attempt_at, last_error, created_at, delivered_at";

  private PlayRowsWriter() {}

  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  static void write(Connection c, PlayRows rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    run(c, "INSERT INTO play_history (person, play, time, outcome, summary, detail, owner, alerted)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.history(), (ps, h) -> Queries.bind(ps, h.person(), h.play(),
        h.time(), h.outcome(), h.summary(), h.detail(), h.owner(), h.alerted()));
    run(c, "INSERT INTO play_state (subject, play, last_fired, armed) VALUES (?, ?, ?, ?) ON CONFLICT (subject, play)"
        + " DO UPDATE SET last_fired = excluded.last_fired, armed = excluded.armed", rows.states(),
        (ps, s) -> Queries.bind(ps, s.subject(), s.play(), s.lastFired(), s.armed()));
    run(c, "INSERT INTO assignments (person, owner, play, assigned_at) VALUES (?, ?, ?, ?) ON CONFLICT (person)"
        + " DO UPDATE SET owner = excluded.owner, play = excluded.play, assigned_at = excluded.assigned_at",
        rows.assignments(), (ps, a) -> Queries.bind(ps, a.person(), a.owner(), a.play(), a.assignedAt()));
    run(c, "INSERT INTO routing_cursors (team, next_index) VALUES (?, ?) ON CONFLICT (team)"
        + " DO UPDATE SET next_index = excluded.next_index", rows.cursors(),
        (ps, r) -> Queries.bind(ps, r.team(), r.next()));
    run(c, "INSERT INTO tasks (person, play, owner, title, body, priority, created_at, due_at, status)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.tasks(), PlayRowsWriter::bindTask);
    run(c, "INSERT INTO deliveries (" + DELIVERY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (id) DO NOTHING", rows.deliveries(), PlayRowsWriter::bindDelivery);
  }

  private static void bindTask(PreparedStatement ps, TaskRow t) throws SQLException {
    Queries.bind(ps, t.person(), t.play(), t.owner(), t.title(), t.body(), t.priority(), t.createdAt(), t.dueAt(),
        t.status());
  }

  private static void bindDelivery(PreparedStatement ps, Delivery d) throws SQLException {
    Queries.bind(ps, d.id(), d.person(), d.play(), d.channel(), d.target(), d.actionIndex(), d.owner(), d.payload(),
        d.status(), d.attempts(), d.nextAttemptAt(), d.lastError(), d.createdAt(), d.deliveredAt());
  }

  private static <T> void run(Connection c, String sql, Collection<T> rows, Binder<T> binder) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(ps, row);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static PlayRows.History history(java.sql.ResultSet rs) throws SQLException {
    return new PlayRows.History(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9));
  }

  static TaskRow task(java.sql.ResultSet rs) throws SQLException {
    return new TaskRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getString(10));
  }

  static Delivery delivery(java.sql.ResultSet rs) throws SQLException {
    return new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getLong(11),
        rs.getString(12), rs.getLong(13), rs.getLong(14));
  }
}
