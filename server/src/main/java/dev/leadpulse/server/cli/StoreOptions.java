package dev.leadpulse.server.cli;

import dev.leadpulse.server.app.ServerConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is: {@code --db JDBC-URL}, or SQLite in {@code --data DIR}. */
final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "leadpulse-data",
      description = "folder of the embedded SQLite store (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC-URL",
      description = "a PostgreSQL store instead, e.g. jdbc:postgresql://127.0.0.1:5432/leadpulse?user=leadpulse")
  String db;

  /** The JDBC URL, creating the data folder for SQLite. */
  String jdbcUrl() throws java.io.IOException {
    if (db != null && !db.isBlank()) {
      return db;
    }
    java.nio.file.Files.createDirectories(data);
    return ServerConfig.sqliteIn(data);
  }

  String describe() {
    return db != null && !db.isBlank() ? db.replaceAll("password=[^&]*", "password=…") : data.toAbsolutePath()
        + " (SQLite)";
  }
}
