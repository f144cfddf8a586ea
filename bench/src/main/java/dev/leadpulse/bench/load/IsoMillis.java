package dev.leadpulse.bench.load;

/**
 * Instants as ISO-8601 UTC text with milliseconds, {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (always 24
 * ASCII bytes, the milliseconds written even when zero), written by hand for the load
 * generator's hot path. {@code Instant.parse} reads them back to the same millisecond.
 */
final class IsoMillis {
  /** 10000-01-01T00:00:00Z: from there on a year has five digits. */
  private static final long END_MILLIS = 253_402_300_800_000L;

  private IsoMillis() {}

  /** {@code epochMillis} (from 1970 to the end of 9999) as 24 ASCII bytes. */
  static byte[] bytes(long epochMillis) {
    if (epochMillis < 0 || epochMillis >= END_MILLIS) {
      throw new IllegalArgumentException("not between 1970 and 9999: " + epochMillis + " ms");
    }
    long days = epochMillis / 86_400_000;
    int millisOfDay = (int) (epochMillis % 86_400_000);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, for the proleptic Gregorian calendar).
    long shifted = days + 719_468;
    long era = shifted / 146_097;
    int dayOfEra = (int) (shifted - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int monthFromMarch = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);

    byte[] b = new byte[24];
    digits(b, 0, year, 4);
    b[4] = '-';
    digits(b, 5, month, 2);
    b[7] = '-';
    digits(b, 8, day, 2);
    b[10] = 'T';
    digits(b, 11, millisOfDay / 3_600_000, 2);
    b[13] = ':';
    digits(b, 14, millisOfDay / 60_000 % 60, 2);
    b[16] = ':';
    digits(b, 17, millisOfDay / 1000 % 60, 2);
    b[19] = '.';
    digits(b, 20, millisOfDay % 1000, 3);
    b[23] = 'Z';
    return b;
  }

  private static void digits(byte[] b, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
