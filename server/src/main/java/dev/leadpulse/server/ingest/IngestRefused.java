package dev.leadpulse.server.ingest;

import java.util.OptionalInt;

/**
 * A whole tracking request refused: answered with {@code status} and
 * {@code {"success": false, "code": …, "message": …}}; {@code retryAfterSeconds} becomes a
 * {@code Retry-After} header when present. Cheap to throw (no stack trace).
 */
public final class IngestRefused extends RuntimeException {
  private final int status;
  private final String code;
  private final OptionalInt retryAfterSeconds;

  public IngestRefused(int status, String code, String message, OptionalInt retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public IngestRefused(int status, String code, String message) {
    this(status, code, message, OptionalInt.empty());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public OptionalInt retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
