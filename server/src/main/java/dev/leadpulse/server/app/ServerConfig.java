package dev.leadpulse.server.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param host             the interface to listen on ({@code 0.0.0.0} for all)
 * @param port             the port; 0 picks a free one
 * @param jdbcUrl          where the store is: {@code jdbc:sqlite:…} or {@code jdbc:postgresql://…}
 * @param model            a model file to serve; published as a new version when it differs
 *                         from the active one. Needed on first start.
 * @param adminToken       the admin token to register on first start (else one is generated)
 * @param writeKey         the write key to register on first start (else one is generated)
 * @param maxPendingEvents events that may wait for a commit before the API answers 429
 * @param plays            a plays file (owners, plays, alert settings); none: no plays run
 */
public record ServerConfig(String host, int port, String jdbcUrl, Optional<Path> model, Optional<String> adminToken,
    Optional<String> writeKey, long maxPendingEvents, Clock clock, Optional<Path> plays) {
  /** Without a plays file. */
  public ServerConfig(String host, int port, String jdbcUrl, Optional<Path> model, Optional<String> adminToken,
      Optional<String> writeKey, long maxPendingEvents, Clock clock) {
    this(host, port, jdbcUrl, model, adminToken, writeKey, maxPendingEvents, clock, Optional.empty());
  }

  public ServerConfig {
    Objects.requireNonNull(plays, "plays");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(writeKey, "writeKey");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (maxPendingEvents < 1) {
      throw new IllegalArgumentException("maxPendingEvents must be positive");
    }
  }

  /** The SQLite store in {@code dataDir}. */
  public static String sqliteIn(Path dataDir) {
    return "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("leadpulse.db");
  }

  public static ServerConfig of(String jdbcUrl, Optional<Path> model) {
    return new ServerConfig("127.0.0.1", 0, jdbcUrl, model, Optional.empty(), Optional.empty(), 200_000,
        Clock.systemUTC());
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, jdbcUrl, model, adminToken, writeKey, maxPendingEvents, clock, plays);
  }

  public ServerConfig withKeys(Optional<String> newAdminToken, Optional<String> newWriteKey) {
    return new ServerConfig(host, port, jdbcUrl, model, newAdminToken, newWriteKey, maxPendingEvents, clock, plays);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, jdbcUrl, model, adminToken, writeKey, maxPendingEvents, clock, plays);
  }

  public ServerConfig withPlays(Optional<Path> newPlays) {
    return new ServerConfig(host, port, jdbcUrl, model, adminToken, writeKey, maxPendingEvents, clock, newPlays);
  }
}
