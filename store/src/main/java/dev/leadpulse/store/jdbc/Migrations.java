package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema to the newest version with Flyway. Each version runs once: Flyway keeps
 * what it applied in {@code flyway_schema_history}, so opening an existing store only checks.
 */
final class Migrations {
  private Migrations() {}

  static void apply(DataSource dataSource, Dialect dialect, String description) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(dialect.migrations())
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema of " + description + ": " + e.getMessage(), e);
    }
  }
}
