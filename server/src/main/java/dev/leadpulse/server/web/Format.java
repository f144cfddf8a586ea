package dev.leadpulse.server.web;

import dev.leadpulse.core.Hundredths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the dashboard writes numbers, times and links. Times are shown in UTC. */
public final class Format {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private Format() {}

  /** Hundredths as a plain number: {@code 53}, {@code 79.94}, {@code -5}. */
  public static String points(long hundredths) {
    return Hundredths.toDecimal(hundredths).toPlainString();
  }

  /** As {@link #points}, with a sign: {@code +15}, {@code −5}, {@code 0}. */
  public static String signed(long hundredths) {
    String plain = points(Math.abs(hundredths));
    return hundredths > 0 ? "+" + plain : hundredths < 0 ? "\u2212" + plain : plain;
  }

  /** A weight: {@code ×1.5}; empty for 1. */
  public static String weight(double weight) {
    if (weight == 1.0) {
      return "";
    }
    String text = weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
    return "\u00d7" + text;
  }

  public static String dayTime(long epochMillis) {
    return epochMillis < 0 ? "" : DAY_TIME.format(Instant.ofEpochMilli(epochMillis));
  }

  public static String day(long epochMillis) {
    return DAY.format(Instant.ofEpochMilli(epochMillis));
  }

  public static String iso(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }

  /** A span in its two largest units: {@code 45s}, {@code 12m}, {@code 3h 05m}, {@code 2d 4h}. */
  public static String span(long millis) {
    long s = Math.max(0, millis) / 1000;
    if (s < 60) {
      return s + "s";
    }
    long m = s / 60;
    if (m < 60) {
      return m + "m";
    }
    long h = m / 60;
    if (h < 24) {
      return h + "h " + String.format(Locale.ROOT, "%02dm", m % 60);
    }
    return h / 24 + "d " + h % 24 + "h";
  }

  /** {@code 5m ago}, or {@code just now} under a minute. */
  public static String ago(long epochMillis, long now) {
    long age = now - epochMillis;
    return age < 60_000 ? "just now" : span(age) + " ago";
  }

  /** A percentage with one decimal, or an en dash when {@code of} is 0. */
  public static String percent(long part, long of) {
    return of == 0 ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / of);
  }

  /** The dashboard path of a person. */
  public static String personUrl(String id) {
    return "/people/" + encode(id);
  }

  /** The dashboard path of an account. */
  public static String accountUrl(String id) {
    return "/accounts/" + encode(id);
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
