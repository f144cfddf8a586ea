package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.PlaysVersions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Plays versions on JDBC, numbered 1, 2, … by the database. Publishing retires the active
 * version and inserts the new one as active in one transaction; a unique index on the status
 * {@code active} guards that there is at most one.
 */
final class JdbcPlaysVersions implements PlaysVersions {
  private static final String COLUMNS = "version, yaml, author, published_at, status";

  private final Database db;

  JdbcPlaysVersions(Database db) {
    this.db = db;
  }

  @Override
  public PlaysVersion publish(String yaml, String author, long now) {
    return db.write("publishing plays", c -> {
      Queries.update(c, "UPDATE plays_versions SET status = 'retired' WHERE status = 'active'");
      return Queries.first(c, "INSERT INTO plays_versions (" + COLUMNS + ") SELECT COALESCE(MAX(version), 0) + 1,"
          + " ?, ?, ?, 'active' FROM plays_versions RETURNING " + COLUMNS, JdbcPlaysVersions::version, yaml, author,
          now).orElseThrow();
    });
  }

  @Override
  public Optional<PlaysVersion> active() {
    return db.read("reading the active plays", c -> Queries.first(c,
        "SELECT " + COLUMNS + " FROM plays_versions WHERE status = 'active'", JdbcPlaysVersions::version));
  }

  @Override
  public Optional<PlaysVersion> get(int version) {
    return db.read("reading plays version " + version, c -> Queries.first(c,
        "SELECT " + COLUMNS + " FROM plays_versions WHERE version = ?", JdbcPlaysVersions::version, version));
  }

  @Override
  public List<PlaysVersion> list() {
    return db.read("listing plays versions", c -> Queries.list(c,
        "SELECT " + COLUMNS + " FROM plays_versions ORDER BY version DESC", JdbcPlaysVersions::version));
  }

  private static PlaysVersion version(ResultSet rs) throws SQLException {
    return new PlaysVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5));
  }
}
