package dev.leadpulse.server.app;

import dev.leadpulse.store.Credentials;
import java.util.Optional;

/**
 * On first start, makes sure there is an admin token and a write key: the given ones (for
 * automated deployments), else new ones. Returns the keys created here, to be shown once;
 * given keys are never echoed.
 */
final class FirstStart {
  /** Keys generated on this start (empty when given or already there). */
  record NewKeys(Optional<String> adminToken, Optional<String> writeKey) {}

  private FirstStart() {}

  static NewKeys ensureKeys(Credentials credentials, Optional<String> adminToken, Optional<String> writeKey) {
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
    return new NewKeys(newAdmin, newWriteKey);
  }
}
