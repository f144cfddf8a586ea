package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.WriteBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link WriteBatch} on a connection inside the caller's transaction, each kind of
 * row as one JDBC batch of one prepared statement. Order: events, removed people, people,
 * accounts, score points, stage changes, then the play rows ({@link PlayRowsWriter}).
 *
 * <p>When a batch holds several rows for one person or account, the last one wins (on both
 * databases alike: PostgreSQL refuses to update a row twice in one multi-row upsert, so the
 * rows are folded here first).
 */
final class BatchWriter {
  private BatchWriter() {}

  static void write(Connection c, WriteBatch batch) throws SQLException {
    run(c, EventRows.INSERT, batch.events(), (ps, e) -> EventRows.bind(ps, e));
    run(c, "DELETE FROM people WHERE id = ?", batch.removedPeople(), (ps, id) -> ps.setString(1, id));
    run(c, PeopleRows.UPSERT_PERSON, lastById(batch.people(), PersonRow::id), (ps, p) -> PeopleRows.bind(ps, p));
    run(c, PeopleRows.UPSERT_ACCOUNT, lastById(batch.accounts(), AccountRow::id), (ps, a) -> PeopleRows.bind(ps, a));
    run(c, HistoryRows.INSERT_POINT, batch.scorePoints(), (ps, p) -> HistoryRows.bind(ps, p));
    run(c, HistoryRows.INSERT_CHANGE, batch.stageChanges(), (ps, s) -> HistoryRows.bind(ps, s));
    PlayRowsWriter.write(c, batch.plays());
  }

  /** Binds one row's parameters. */
  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
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

  private static <T> Collection<T> lastById(List<T> rows, Function<T, String> id) {
    if (rows.size() < 2) {
      return rows;
    }
    Map<String, T> last = new LinkedHashMap<>(rows.size() * 2);
    for (T row : rows) {
      last.put(id.apply(row), row);
    }
    return last.size() == rows.size() ? rows : last.values();
  }
}
