package dev.leadpulse.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point arithmetic for scores: every score, award and contribution is a whole number
 * of hundredths held in a {@code long}. Rounding is half-up (away from zero on a tie), as
 * the model's contract says.
 */
public final class Hundredths {
  private Hundredths() {}

  /** {@code value} rounded half-up to hundredths. */
  public static long of(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  /** {@code points × weight}, rounded half-up to hundredths. */
  public static long award(BigDecimal points, BigDecimal weight) {
    return of(points.multiply(weight));
  }

  /**
   * {@code hundredths × factor} rounded half-up to a whole hundredth; used for decay, where
   * the factor is {@code 0.5^(age / half-life)}.
   */
  public static long scale(long hundredths, double factor) {
    double scaled = Math.abs(hundredths) * factor;
    long rounded = (long) Math.floor(scaled + 0.5 + 1e-9);
    return hundredths < 0 ? -rounded : rounded;
  }

  /** The decimal value of {@code hundredths}, without trailing zeros ({@code 5300 → 53}). */
  public static BigDecimal toDecimal(long hundredths) {
    BigDecimal d = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The value as a double, for conditions ({@code score > 50}). */
  public static double toDouble(long hundredths) {
    return hundredths / 100.0;
  }

  /** A plain text form: {@code 53}, {@code 79.94}, {@code -5}. */
  public static String format(long hundredths) {
    return toDecimal(hundredths).toPlainString();
  }
}
