package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.StoreException;

/**
 * The databases the store runs on. The SQL is shared (both understand {@code ON CONFLICT},
 * {@code RETURNING} and {@code LIMIT}); what differs is the schema's column types, how
 * connections are pooled ({@link Database}) and how a large result is streamed.
 */
enum Dialect {
  SQLITE("SQLite", "sqlite"),
  POSTGRESQL("PostgreSQL", "postgresql");

  private final String displayName;
  private final String folder;

  Dialect(String displayName, String folder) {
    this.displayName = displayName;
    this.folder = folder;
  }

  /** The dialect of {@code jdbcUrl}; a clear {@link StoreException} for any other URL. */
  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new StoreException("unsupported database URL \"" + Database.redact(jdbcUrl) + "\": expected"
        + " jdbc:sqlite:/path/to/file.db or jdbc:postgresql://host:port/database?user=…");
  }

  /** "SQLite" or "PostgreSQL", for messages. */
  String displayName() {
    return displayName;
  }

  /** Where this dialect's Flyway migrations live on the class path. */
  String migrations() {
    return "classpath:db/migration/" + folder;
  }

  /**
   * Whether reading a large result a page at a time needs autocommit off. PostgreSQL's
   * driver honours the fetch size only inside a transaction; SQLite always steps lazily.
   */
  boolean streamsOnlyInTransaction() {
    return this == POSTGRESQL;
  }
}
