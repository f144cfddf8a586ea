package dev.leadpulse.core.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model file's durations: a positive integer and a unit, {@code m} (minutes), {@code h}
 * (hours) or {@code d} (days), e.g. {@code 30m}, {@code 24h}, {@code 7d}. ({@code session}
 * is not a duration; see {@link Window}.)
 */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,8})([mhd])");

  private Durations() {}

  /** The duration that {@code text} names, or empty when it is not of the form above. */
  public static Optional<Duration> parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    });
  }

  /** The shortest text that {@link #parse} reads back as {@code d}: {@code 7d}, not {@code 168h}. */
  public static String format(Duration d) {
    long minutes = d.toMinutes();
    if (minutes % (24 * 60) == 0) {
      return minutes / (24 * 60) + "d";
    }
    if (minutes % 60 == 0) {
      return minutes / 60 + "h";
    }
    return minutes + "m";
  }

  static Duration requirePositiveMinutes(Duration d, String what) {
    Checks.require(!d.isNegative() && !d.isZero() && d.toSecondsPart() == 0 && d.toNanosPart() == 0,
        "%s must be a positive whole number of minutes, got %s", what, d);
    return d;
  }
}
