package dev.leadpulse.server.api;

/** An API request that cannot be answered as asked: becomes {@code status} with {@code {"code", "message"}}. */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }
}
