package dev.leadpulse.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers for running a prepared query and mapping its rows. */
final class Queries {
  /** Maps the current row of a result. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Queries() {}

  /** Every row of {@code sql} with {@code params} (strings, longs, integers or booleans). */
  static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    }
  }

  /** The first row of {@code sql}, if any. */
  static <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
      }
    }
  }

  /** The single number {@code sql} answers. */
  static long longValue(Connection c, String sql, Object... params) throws SQLException {
    return first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  /** Runs an update; returns the number of rows it changed. */
  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      switch (params[i]) {
        case String s -> ps.setString(i + 1, s);
        case Long l -> ps.setLong(i + 1, l);
        case Integer n -> ps.setInt(i + 1, n);
        case Boolean b -> ps.setBoolean(i + 1, b);
        default -> throw new IllegalArgumentException("cannot bind a " + params[i].getClass().getSimpleName());
      }
    }
  }
}
