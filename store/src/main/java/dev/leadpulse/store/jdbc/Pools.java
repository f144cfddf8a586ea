package dev.leadpulse.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leadpulse.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the connection pools of a {@link Database} for each dialect. */
final class Pools {
  /** SQLite read connections; reads are short, and the machine has few cores. */
  private static final int SQLITE_READERS = 4;
  private static final int POSTGRES_CONNECTIONS = 10;
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private Pools() {}

  static Database open(String jdbcUrl) {
    Dialect dialect = Dialect.of(jdbcUrl);
    return switch (dialect) {
      case SQLITE -> sqlite(jdbcUrl);
      case POSTGRESQL -> postgres(jdbcUrl);
    };
  }

  /**
   * SQLite in WAL mode with {@code synchronous=FULL}: a commit is fsync'd before it returns,
   * so it survives a crash or a power loss. One writing connection, a few read-only ones.
   */
  private static Database sqlite(String jdbcUrl) {
    String file = sqliteFile(jdbcUrl);
    String description = "the SQLite database " + file;
    SQLiteConfig writing = new SQLiteConfig();
    writing.setJournalMode(SQLiteConfig.JournalMode.WAL);
    writing.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    writing.setBusyTimeout(BUSY_TIMEOUT_MS);
    writing.setCacheSize(-32_768); // KiB: 32 MiB of pages, for index updates on a large log
    writing.setTempStore(SQLiteConfig.TempStore.MEMORY);
    HikariDataSource writer = Database.pool(config(jdbcUrl, writing, "leadpulse-sqlite-writer", 1, false),
        description);
    try {
      SQLiteConfig reading = new SQLiteConfig();
      reading.setReadOnly(true);
      reading.setBusyTimeout(BUSY_TIMEOUT_MS);
      // Migrate before the readers open: a read-only connection cannot create the file.
      Migrations.apply(writer, Dialect.SQLITE, description);
      HikariDataSource reader = Database.pool(config(jdbcUrl, reading, "leadpulse-sqlite-reader", SQLITE_READERS, true),
          description);
      return new Database(Dialect.SQLITE, description, writer, reader);
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  private static HikariConfig config(String jdbcUrl, SQLiteConfig sqlite, String name, int size,
      boolean readOnly) {
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName(name);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setReadOnly(readOnly); // the driver refuses to change the flag once open
    return config;
  }

  /** The file a SQLite URL names; its folder is created when missing. */
  private static String sqliteFile(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    path = path.startsWith("file:") ? path.substring("file:".length()) : path;
    if (path.isEmpty() || path.contains(":memory:") || path.contains("mode=memory")) {
      throw new StoreException("the store needs a SQLite file (jdbc:sqlite:/path/leadpulse.db), not an in-memory"
          + " database: its connections would each see a different, empty database");
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder " + parent + " for the SQLite database: " + e, e);
    }
    return path;
  }

  /** PostgreSQL: one pool; batched inserts are rewritten into multi-row inserts. */
  private static Database postgres(String jdbcUrl) {
    String description = "the PostgreSQL database " + Database.redact(jdbcUrl.substring("jdbc:postgresql:".length()));
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("leadpulse-postgresql");
    config.setMaximumPoolSize(POSTGRES_CONNECTIONS);
    config.setMinimumIdle(1);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource pool = Database.pool(config, description);
    try {
      Migrations.apply(pool, Dialect.POSTGRESQL, description);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(Dialect.POSTGRESQL, description, pool, pool);
  }
}
