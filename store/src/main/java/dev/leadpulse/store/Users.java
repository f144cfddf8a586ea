package dev.leadpulse.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dashboard users and their sign-in sessions. Passwords are kept only as salted, slow hashes and
 * session tokens only as SHA-256 hashes: neither can be read back.
 */
public interface Users {

  /** What a user may do: an admin edits the model and the plays; a rep works their own queue. */
  enum Role {
    ADMIN, REP;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The role named {@code id} ("admin" or "rep"). */
    public static Role of(String id) {
      return switch (id) {
        case "admin" -> ADMIN;
        case "rep" -> REP;
        default -> throw new IllegalArgumentException("role must be admin or rep, not \"" + id + "\"");
      };
    }
  }

  /**
   * A user, without their password.
   *
   * @param owner the plays file's owner id whose leads this user works, or empty
   */
  record User(String name, Role role, String owner, long createdAt) {
    public User {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(owner, "owner");
    }

    public boolean isAdmin() {
      return role == Role.ADMIN;
    }
  }

  /**
   * Adds a user, or, when {@code name} exists, changes their role, owner and password.
   *
   * @throws IllegalArgumentException when the name is blank or has spaces, or the password is
   *                                  shorter than 8 characters
   */
  User put(String name, Role role, String owner, String password);

  /** Removes a user and ends their sessions; false when there was none. */
  boolean remove(String name);

  /** The user, when {@code password} is theirs. Takes a deliberate fraction of a second. */
  Optional<User> verify(String name, String password);

  Optional<User> find(String name);

  /** Every user, by name. */
  List<User> list();

  /** Opens a session for {@code name} until {@code expiresAt}; returns its token (shown once). */
  String openSession(String name, long expiresAt);

  /** The user of a session that is open at {@code now}. */
  Optional<User> session(String token, long now);

  /** Ends a session; no-op when unknown. */
  void closeSession(String token);
}
