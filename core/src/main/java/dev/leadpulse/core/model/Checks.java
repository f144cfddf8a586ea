package dev.leadpulse.core.model;

/** Argument checks for the model's compact constructors: validate when built. */
final class Checks {
  private Checks() {}

  static void require(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(template, args));
    }
  }
}
