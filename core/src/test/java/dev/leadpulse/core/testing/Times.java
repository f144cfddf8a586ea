package dev.leadpulse.core.testing;

import java.time.Instant;

/** Fixed epoch times for tests: the engine never reads the clock, so neither do its tests. */
public final class Times {
  /** Monday 3 March 2025, 09:00 UTC. */
  public static final long T0 = Instant.parse("2025-03-03T09:00:00Z").toEpochMilli();
  public static final long MS = 1;
  public static final long MINUTE = 60_000L;
  public static final long HOUR = 60 * MINUTE;
  public static final long DAY = 24 * HOUR;

  private Times() {}
}
