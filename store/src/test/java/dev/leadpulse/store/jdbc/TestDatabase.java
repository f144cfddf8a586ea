package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.fail;

import dev.leadpulse.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own for one test: a SQLite file in a temporary folder, or a fresh
 * schema {@code lp_test_…} in the PostgreSQL at {@link #POSTGRES} (dropped on close), so that
 * tests and concurrent runs never see each other's rows. Also runs raw SQL, for tests that
 * look at what is stored.
 *
 * <p>PostgreSQL must be running (CI starts it): when it cannot be reached, the PostgreSQL
 * variants of the tests fail with a message that says so; they are never skipped.
 */
final class TestDatabase implements AutoCloseable {
  /** The server test schemas are created in; {@code LEADPULSE_TEST_POSTGRES} overrides it. */
  static final String POSTGRES = System.getenv().getOrDefault("LEADPULSE_TEST_POSTGRES",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private final Backend backend;
  private final String url;
  private final String schema;

  private TestDatabase(Backend backend, String url, String schema) {
    this.backend = backend;
    this.url = url;
    this.schema = schema;
  }

  static TestDatabase sqlite(Path dir) {
    return new TestDatabase(Backend.SQLITE, "jdbc:sqlite:" + dir.resolve("leadpulse.db"), "");
  }

  static TestDatabase postgres() {
    String schema = "lp_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    try (Connection c = DriverManager.getConnection(POSTGRES); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("PostgreSQL is not reachable at " + POSTGRES + " (" + e.getMessage() + "). The store tests run on"
          + " PostgreSQL too: start it (database test, user postgres, trust authentication) or point"
          + " LEADPULSE_TEST_POSTGRES at one.");
    }
    String separator = POSTGRES.contains("?") ? "&" : "?";
    return new TestDatabase(Backend.POSTGRESQL, POSTGRES + separator + "currentSchema=" + schema, schema);
  }

  Backend backend() {
    return backend;
  }

  String url() {
    return url;
  }

  Store open() {
    return Store.open(url);
  }

  /** Runs a statement directly on the database, outside the store. */
  void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The single number {@code sql} answers, read directly from the database. */
  long number(String sql) {
    return text(sql).isEmpty() ? 0 : Long.parseLong(text(sql));
  }

  /** Every value of the first column of {@code sql}, joined by commas. */
  String text(String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      StringBuilder out = new StringBuilder();
      while (rs.next()) {
        out.append(out.isEmpty() ? "" : ",").append(rs.getString(1));
      }
      return out.toString();
    } catch (SQLException e) {
      throw new AssertionError("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (backend == Backend.POSTGRESQL) {
      try (Connection c = DriverManager.getConnection(POSTGRES); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new AssertionError("cannot drop test schema " + schema + ": " + e.getMessage(), e);
      }
    }
  }
}
