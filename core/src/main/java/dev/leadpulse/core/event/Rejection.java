package dev.leadpulse.core.event;

/**
 * Why a message was not accepted: a stable machine-readable {@code code} (counted in
 * metrics) and a sentence for people that says what and where.
 */
public record Rejection(String code, String message) {
  public static final String INVALID_JSON = "invalid_json";
  public static final String MISSING_FIELD = "missing_field";
  public static final String WRONG_TYPE = "wrong_type";
  public static final String BAD_VALUE = "bad_value";
  public static final String TOO_DEEP = "too_deep";
  public static final String TOO_LARGE = "too_large";
}
