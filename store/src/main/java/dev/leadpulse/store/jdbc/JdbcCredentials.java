package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Credentials;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Credentials on JDBC. Keys are looked up by their SHA-256 hash, so the plaintext never
 * reaches the database. Write keys are {@code wk_} and 32 random url-safe characters (192
 * bits); admin tokens {@code lpa_} and 40 (240 bits).
 */
final class JdbcCredentials implements Credentials {
  private static final String SOURCE_COLUMNS = "source_id, name, created_at";

  private final Database db;
  private final InstantSource clock;

  JdbcCredentials(Database db, InstantSource clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public String createWriteKey(String name) {
    String key = Secrets.random("wk_", 32);
    addWriteKey(name, key);
    return key;
  }

  @Override
  public Source addWriteKey(String name, String writeKey) {
    requireSecret("write key", writeKey);
    String hash = Secrets.sha256(writeKey);
    return db.write("adding a write key", c -> {
      Queries.update(c, "INSERT INTO write_keys (key_hash, source_id, name, created_at) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (key_hash) DO NOTHING", hash, Secrets.random("src_", 12), name, clock.millis());
      return Queries.first(c, "SELECT " + SOURCE_COLUMNS + " FROM write_keys WHERE key_hash = ?",
          JdbcCredentials::source, hash).orElseThrow();
    });
  }

  @Override
  public Optional<Source> sourceOf(String writeKey) {
    String hash = Secrets.sha256(writeKey);
    return db.read("checking a write key", c -> Queries.first(c,
        "SELECT " + SOURCE_COLUMNS + " FROM write_keys WHERE key_hash = ?", JdbcCredentials::source, hash));
  }

  @Override
  public List<Source> sources() {
    return db.read("listing sources", c -> Queries.list(c,
        "SELECT " + SOURCE_COLUMNS + " FROM write_keys ORDER BY created_at, source_id", JdbcCredentials::source));
  }

  @Override
  public String createAdminToken(String name) {
    String token = Secrets.random("lpa_", 40);
    addAdminToken(name, token);
    return token;
  }

  @Override
  public void addAdminToken(String name, String token) {
    requireSecret("admin token", token);
    String hash = Secrets.sha256(token);
    db.write("adding an admin token", c -> Queries.update(c,
        "INSERT INTO admin_tokens (token_hash, name, created_at) VALUES (?, ?, ?) ON CONFLICT (token_hash) DO NOTHING",
        hash, name, clock.millis()));
  }

  @Override
  public boolean isAdminToken(String token) {
    String hash = Secrets.sha256(token);
    return db.read("checking an admin token", c -> Queries.first(c,
        "SELECT 1 FROM admin_tokens WHERE token_hash = ?", rs -> true, hash)).isPresent();
  }

  @Override
  public boolean hasAdminToken() {
    return db.read("looking for an admin token", c -> Queries.first(c,
        "SELECT 1 FROM admin_tokens LIMIT 1", rs -> true)).isPresent();
  }

  private static Source source(ResultSet rs) throws SQLException {
    return new Source(rs.getString(1), rs.getString(2), rs.getLong(3));
  }

  private static void requireSecret(String what, String secret) {
    if (secret.isBlank()) {
      throw new IllegalArgumentException("a " + what + " must not be empty");
    }
  }
}
