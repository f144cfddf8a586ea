package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.PlayLog;
import dev.leadpulse.store.PlayRows;
import java.util.List;

/** Play history and state on JDBC. */
final class JdbcPlayLog implements PlayLog {
  private static final String HISTORY = "SELECT " + PlayRowsWriter.HISTORY_COLUMNS + " FROM play_history";

  private final Database db;

  JdbcPlayLog(Database db) {
    this.db = db;
  }

  @Override
  public List<PlayRows.History> of(String person) {
    return db.read("reading the play history of " + person, c -> Queries.list(c,
        HISTORY + " WHERE person = ? ORDER BY seq", PlayRowsWriter::history, person));
  }

  @Override
  public List<PlayRows.State> states() {
    return db.read("reading the play state", c -> Queries.list(c,
        "SELECT subject, play, last_fired, armed FROM play_state",
        rs -> new PlayRows.State(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4))));
  }

  @Override
  public List<PlayRows.Assignment> assignments() {
    return db.read("reading the assignments", c -> Queries.list(c,
        "SELECT person, owner, play, assigned_at FROM assignments",
        rs -> new PlayRows.Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
  }

  @Override
  public List<PlayRows.Cursor> cursors() {
    return db.read("reading the round-robin positions", c -> Queries.list(c,
        "SELECT team, next_index FROM routing_cursors", rs -> new PlayRows.Cursor(rs.getString(1), rs.getInt(2))));
  }

  @Override
  public List<PlayRows.History> alertedSince(long time) {
    return db.read("reading recent alerts", c -> Queries.list(c,
        HISTORY + " WHERE alerted = ? AND time >= ? ORDER BY time", PlayRowsWriter::history, true, time));
  }
}
