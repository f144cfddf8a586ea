package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.StageChangeRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How score points and stage changes map to rows of {@code score_points} and {@code stage_changes}. */
final class HistoryRows {
  static final String POINT_COLUMNS = "person, time, score, fit, engagement, stage";
  static final String INSERT_POINT = "INSERT INTO score_points (" + POINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";

  static final String CHANGE_COLUMNS = "seq, person, time, from_stage, to_stage, why, recorded_at";
  /** The store assigns {@code seq}; the row's own is ignored. */
  static final String INSERT_CHANGE = "INSERT INTO stage_changes (person, time, from_stage, to_stage, why,"
      + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)";

  private HistoryRows() {}

  static void bind(PreparedStatement ps, ScorePoint p) throws SQLException {
    ps.setString(1, p.person());
    ps.setLong(2, p.time());
    ps.setLong(3, p.score());
    ps.setLong(4, p.fit());
    ps.setLong(5, p.engagement());
    ps.setString(6, p.stage());
  }

  static ScorePoint point(ResultSet rs) throws SQLException {
    return new ScorePoint(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
        rs.getString(6));
  }

  static void bind(PreparedStatement ps, StageChangeRow c) throws SQLException {
    ps.setString(1, c.person());
    ps.setLong(2, c.time());
    ps.setString(3, c.from());
    ps.setString(4, c.to());
    ps.setString(5, c.why());
    ps.setLong(6, c.recordedAt());
  }

  static StageChangeRow change(ResultSet rs) throws SQLException {
    return new StageChangeRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getLong(7));
  }
}
