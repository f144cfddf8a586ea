package dev.leadpulse.store;

import java.util.List;
import java.util.Optional;

/**
 * Write keys and admin tokens. Only their SHA-256 hashes are stored: a key is shown once,
 * when it is created, and cannot be read back.
 */
public interface Credentials {

  /** A write key's source, without the key. */
  record Source(String id, String name, long createdAt) {}

  /** Creates a write key for a new source named {@code name}; returns the key (shown once). */
  String createWriteKey(String name);

  /** Registers a given write key (for automated deployments); no-op if it exists. */
  Source addWriteKey(String name, String writeKey);

  /** The source a write key belongs to, if the key is known. */
  Optional<Source> sourceOf(String writeKey);

  List<Source> sources();

  /** Creates an admin token; returns the token (shown once). */
  String createAdminToken(String name);

  /** Registers a given admin token; no-op if it exists. */
  void addAdminToken(String name, String token);

  boolean isAdminToken(String token);

  boolean hasAdminToken();
}
