package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Users;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Users on JDBC. A verify of an unknown name still derives a hash, so that timing does not tell
 * which names exist. Session tokens are {@code lps_} and 40 random url-safe characters.
 */
final class JdbcUsers implements Users {
  private static final String COLUMNS = "name, role, owner, created_at";
  private static final String UNKNOWN_USER_HASH = Passwords.hash("no user has this password");

  private final Database db;
  private final InstantSource clock;

  JdbcUsers(Database db, InstantSource clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public User put(String name, Role role, String owner, String password) {
    if (name.isBlank() || !name.equals(name.strip()) || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a user name must be one word without spaces, not \"" + name + "\"");
    }
    if (password.length() < 8) {
      throw new IllegalArgumentException("a password must have at least 8 characters");
    }
    String hash = Passwords.hash(password);
    return db.write("saving user " + name, c -> {
      Queries.update(c, "INSERT INTO users (name, role, owner, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (name) DO UPDATE SET role = excluded.role, owner = excluded.owner,"
          + " password_hash = excluded.password_hash", name, role.id(), owner, hash, clock.millis());
      return Queries.first(c, "SELECT " + COLUMNS + " FROM users WHERE name = ?", JdbcUsers::user, name)
          .orElseThrow();
    });
  }

  @Override
  public boolean remove(String name) {
    return db.write("removing user " + name, c -> {
      Queries.update(c, "DELETE FROM sessions WHERE user_name = ?", name);
      return Queries.update(c, "DELETE FROM users WHERE name = ?", name) > 0;
    });
  }

  @Override
  public Optional<User> verify(String name, String password) {
    Optional<String> stored = db.read("reading user " + name, c -> Queries.first(c,
        "SELECT password_hash FROM users WHERE name = ?", rs -> rs.getString(1), name));
    boolean matches = Passwords.matches(password, stored.orElse(UNKNOWN_USER_HASH));
    return matches && stored.isPresent() ? find(name) : Optional.empty();
  }

  @Override
  public Optional<User> find(String name) {
    return db.read("reading user " + name, c -> Queries.first(c,
        "SELECT " + COLUMNS + " FROM users WHERE name = ?", JdbcUsers::user, name));
  }

  @Override
  public List<User> list() {
    return db.read("listing users", c -> Queries.list(c, "SELECT " + COLUMNS + " FROM users ORDER BY name",
        JdbcUsers::user));
  }

  @Override
  public String openSession(String name, long expiresAt) {
    String token = Secrets.random("lps_", 40);
    long now = clock.millis();
    db.write("opening a session for " + name, c -> {
      Queries.update(c, "DELETE FROM sessions WHERE expires_at <= ?", now);
      return Queries.update(c, "INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)",
          Secrets.sha256(token), name, expiresAt);
    });
    return token;
  }

  @Override
  public Optional<User> session(String token, long now) {
    return db.read("checking a session", c -> Queries.first(c,
        "SELECT u.name, u.role, u.owner, u.created_at FROM sessions s JOIN users u ON u.name = s.user_name"
            + " WHERE s.token_hash = ? AND s.expires_at > ?", JdbcUsers::user, Secrets.sha256(token), now));
  }

  @Override
  public void closeSession(String token) {
    db.write("closing a session", c -> Queries.update(c, "DELETE FROM sessions WHERE token_hash = ?",
        Secrets.sha256(token)));
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3), rs.getLong(4));
  }
}
