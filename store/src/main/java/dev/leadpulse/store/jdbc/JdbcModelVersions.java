package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.ModelVersions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Model versions on JDBC. Versions are numbered 1, 2, … by the database; at most one is
 * active (a unique index on the status {@code active} guards it).
 */
final class JdbcModelVersions implements ModelVersions {
  private static final String COLUMNS = "version, name, yaml, author, published_at, status";

  private final Database db;
  private final InstantSource clock;

  JdbcModelVersions(Database db, InstantSource clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public ModelVersion publish(String name, String yaml, String author) {
    long now = clock.millis();
    return db.write("publishing model " + name, c -> Queries.first(c,
        "INSERT INTO model_versions (" + COLUMNS + ") SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ?, ?, 'draft'"
            + " FROM model_versions RETURNING " + COLUMNS, JdbcModelVersions::version, name, yaml, author, now)
        .orElseThrow());
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when there is no such version
   */
  @Override
  public void activate(int version) {
    db.write("activating model version " + version, c -> {
      if (Queries.first(c, "SELECT 1 FROM model_versions WHERE version = ?", rs -> true, version).isEmpty()) {
        throw new IllegalArgumentException("there is no model version " + version);
      }
      Queries.update(c, "UPDATE model_versions SET status = 'retired' WHERE status = 'active' AND version <> ?",
          version);
      return Queries.update(c, "UPDATE model_versions SET status = 'active' WHERE version = ?", version);
    });
  }

  @Override
  public Optional<ModelVersion> active() {
    return db.read("reading the active model", c -> Queries.first(c,
        "SELECT " + COLUMNS + " FROM model_versions WHERE status = 'active'", JdbcModelVersions::version));
  }

  @Override
  public Optional<ModelVersion> get(int version) {
    return db.read("reading model version " + version, c -> Queries.first(c,
        "SELECT " + COLUMNS + " FROM model_versions WHERE version = ?", JdbcModelVersions::version, version));
  }

  @Override
  public List<ModelVersion> list() {
    return db.read("listing model versions", c -> Queries.list(c,
        "SELECT " + COLUMNS + " FROM model_versions ORDER BY version DESC", JdbcModelVersions::version));
  }

  private static ModelVersion version(ResultSet rs) throws SQLException {
    return new ModelVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
        rs.getString(6));
  }
}
