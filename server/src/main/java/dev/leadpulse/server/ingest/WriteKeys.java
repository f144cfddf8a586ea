package dev.leadpulse.server.ingest;

import dev.leadpulse.store.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the source a tracking request belongs to from its write key: HTTP Basic with the key
 * as the user name and an empty password, or the body's {@code writeKey} (the only place
 * analytics-java 3.5.4 puts it). Known keys are cached; unknown ones are looked up each time.
 */
final class WriteKeys {
  private final Credentials credentials;
  private final Map<String, String> sourceByKey = new ConcurrentHashMap<>();

  WriteKeys(Credentials credentials) {
    this.credentials = credentials;
  }

  /** The key in an {@code Authorization: Basic …} header, if there is one. */
  static Optional<String> fromHeader(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      String user = colon < 0 ? decoded : decoded.substring(0, colon);
      return user.isEmpty() ? Optional.empty() : Optional.of(user);
    } catch (IllegalArgumentException e) {
      throw new IngestRefused(401, "unauthorized", "the Authorization header is not valid Basic credentials");
    }
  }

  /**
   * The source id of {@code key}.
   *
   * @throws IngestRefused 401 when the key is empty or unknown
   */
  String sourceOf(String key) {
    if (key.isEmpty()) {
      throw new IngestRefused(401, "unauthorized", "a write key is required: send it as the Basic user name"
          + " or as \"writeKey\" in the body");
    }
    String cached = sourceByKey.get(key);
    if (cached != null) {
      return cached;
    }
    String source = credentials.sourceOf(key).map(Credentials.Source::id)
        .orElseThrow(() -> new IngestRefused(401, "unauthorized", "unknown write key"));
    sourceByKey.put(key, source);
    return source;
  }
}
