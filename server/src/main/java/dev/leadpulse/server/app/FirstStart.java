package dev.leadpulse.server.app;

import dev.leadpulse.store.Credentials;
import dev.leadpulse.store.Users;
import java.util.Optional;

/**
 * On first start, makes sure there is an admin token and a write key: the given ones (for
 * automated deployments), else new ones; and a dashboard user, {@code admin}, with a new password. Returns the keys created here, to be shown once;
 * given keys are never echoed.
 */
final class FirstStart {
  /** Keys generated on this start (empty when given or already there), and the first admin's password. */
  record NewKeys(Optional<String> adminToken, Optional<String> writeKey, Optional<String> adminPassword) {}

  /** The dashboard user made on first start, when there is none. */
  static final String FIRST_ADMIN = "admin";

  private FirstStart() {}

  static NewKeys ensureKeys(Credentials credentials, Users users, Optional<String> adminToken,
      Optional<String> writeKey) {
    Optional<String> newAdmin = Optional.empty();
    if (adminToken.isPresent()) {
      credentials.addAdminToken("configured", adminToken.get());
    } else if (!credentials.hasAdminToken()) {
      newAdmin = Optional.of(credentials.createAdminToken("first start"));
    }
    Optional<String> newWriteKey = Optional.empty();
    if (writeKey.isPresent()) {
      credentials.addWriteKey("default", writeKey.get());
    } else if (credentials.sources().isEmpty()) {
      newWriteKey = Optional.of(credentials.createWriteKey("default"));
    }
    Optional<String> adminPassword = Optional.empty();
    if (users.list().isEmpty()) {
      adminPassword = Optional.of(NewPasswords.make());
      users.put(FIRST_ADMIN, Users.Role.ADMIN, "", adminPassword.get());
    }
    return new NewKeys(newAdmin, newWriteKey, adminPassword);
  }
}
