package dev.leadpulse.server.web;

/**
 * How the analytics page cuts the score range: into at most {@value #MAX_BANDS} bands of a round
 * width (5, 10, 20, 25, 50, 100, … points) for conversion by score, each band split into five
 * histogram buckets. Bands and buckets start at a multiple of the band width at or below the
 * lowest score, so every bucket lies inside one band. All amounts in hundredths.
 *
 * @param lo     the first band's (and bucket's) lowest score
 * @param band   a band's width
 * @param bucket a histogram bucket's width: {@code band / 5}
 * @param bands  how many bands cover the range up to the highest score
 */
public record ScoreScale(long lo, long band, long bucket, int bands) {
  static final int MAX_BANDS = 6;
  static final int BUCKETS_PER_BAND = 5;
  private static final long[] STEPS = {5, 10, 20, 25, 50};

  /** The scale for scores from {@code min} to {@code max} (hundredths, {@code min <= max}). */
  public static ScoreScale of(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is over max " + max);
    }
    for (long magnitude = 100; ; magnitude *= 10) {
      for (long step : STEPS) {
        long band = step * magnitude;
        long lo = Math.floorDiv(min, band) * band;
        long bands = Math.floorDiv(max - lo, band) + 1;
        if (bands <= MAX_BANDS) {
          return new ScoreScale(lo, band, band / BUCKETS_PER_BAND, (int) bands);
        }
      }
    }
  }

  /** Which band a bucket starting at {@code from} lies in (0 for the first). */
  int bandOf(long from) {
    return (int) Math.floorDiv(from - lo, band);
  }

  /** The first score of band {@code i}. */
  long bandStart(int i) {
    return lo + i * band;
  }
}
