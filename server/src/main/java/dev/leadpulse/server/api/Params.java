package dev.leadpulse.server.api;

import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading query parameters, with errors that name the parameter. */
final class Params {
  private Params() {}

  static Optional<Long> time(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " \"" + v + "\" is not an ISO-8601 time (e.g. 2026-03-05T00:00:00Z)");
    }
  }

  static int limit(Context ctx, int byDefault, int max) {
    String v = ctx.queryParam("limit");
    if (v == null || v.isBlank()) {
      return byDefault;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1 || n > max) {
        throw ApiException.badRequest("limit must be between 1 and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit \"" + v + "\" is not a whole number");
    }
  }

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.trim();
  }

  static Optional<Long> hundredths(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new java.math.BigDecimal(v.trim()).movePointRight(2)
          .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiException.badRequest(name + " \"" + v + "\" is not a number");
    }
  }

  /** The {@code {version}} path parameter. */
  static int version(Context ctx) {
    String v = ctx.pathParam("version");
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("a version is a whole number, not \"" + v + "\"");
    }
  }
}
