package dev.leadpulse.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leadpulse.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The connection pools of one database, and the two ways of using them: {@link #read} and
 * {@link #write} (one transaction). Both turn a {@link SQLException} into a
 * {@link StoreException} that names the operation and the database.
 *
 * <p>SQLite allows one writer at a time, so writes go through a pool of one connection and
 * reads through a separate small pool: with WAL, readers never wait for the writer.
 * PostgreSQL has one pool for both.
 */
final class Database implements AutoCloseable {
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Dialect dialect;
  private final String description;
  private final HikariDataSource writer;
  private final HikariDataSource reader;

  Database(Dialect dialect, String description, HikariDataSource writer, HikariDataSource reader) {
    this.dialect = dialect;
    this.description = description;
    this.writer = writer;
    this.reader = reader;
  }

  Dialect dialect() {
    return dialect;
  }

  /** "the SQLite database /var/lib/leadpulse/leadpulse.db", for messages. */
  String description() {
    return description;
  }

  /** The pool that writes (and migrates) the schema. */
  DataSource writer() {
    return writer;
  }

  /** Runs {@code work} on a reading connection (autocommit). */
  <T> T read(String operation, Work<T> work) {
    try (Connection c = reader.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /** Runs {@code work} in one transaction on the writing connection; all of it or none. */
  <T> T write(String operation, Work<T> work) {
    try (Connection c = writer.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /** A {@link StoreException} for {@code operation} failing with {@code e}. */
  StoreException failure(String operation, Exception e) {
    return new StoreException(operation + " failed on " + description + ": " + e.getMessage(), e);
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** {@code "?, ?, ?"}: {@code n} placeholders for an {@code IN} list. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** Binds {@code values} from parameter {@code first}; returns the next free index. */
  static int bindAll(PreparedStatement ps, int first, Collection<String> values) throws SQLException {
    int i = first;
    for (Iterator<String> it = values.iterator(); it.hasNext(); i++) {
      ps.setString(i, it.next());
    }
    return i;
  }

  /** {@code values} without empty strings (an empty id matches every row that lacks one). */
  static List<String> nonEmpty(Collection<String> values) {
    return values.stream().filter(v -> !v.isEmpty()).distinct().toList();
  }

  /** {@code jdbcUrl} without its password, fit for a message or a log. */
  static String redact(String jdbcUrl) {
    return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
  }

  static HikariDataSource pool(HikariConfig config, String description) {
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable root = e.getCause() == null ? e : e.getCause();
      throw new StoreException("cannot connect to " + description + ": " + root.getMessage(), e);
    }
  }

  @Override
  public void close() {
    reader.close();
    writer.close();
  }
}
