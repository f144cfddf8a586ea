package dev.leadpulse.core.plays;

/** Argument checks for the plays' compact constructors: validate when built. */
final class Checks {
  private Checks() {}

  static void require(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(template, args));
    }
  }
}
