package dev.leadpulse.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written time format of explanations must be {@code Instant}'s, at the edges and at random. */
class ScoreJsonTimeTest {
  @Test
  void timesAreWrittenAsInstantWritesThem() {
    SplittableRandom random = new SplittableRandom(20261123);
    long[] edges = {0, 1, 999, 1000, 86_399_999, 951_782_400_000L, 4_107_542_399_999L, 253_402_300_799_999L,
        253_402_300_800_000L, -1, -86_400_001, Long.MAX_VALUE, Long.MIN_VALUE};
    for (long t : edges) {
      assertThat(ScoreJson.time(t)).isEqualTo(Instant.ofEpochMilli(t).toString());
    }
    for (int i = 0; i < 200_000; i++) {
      long t = random.nextLong(-4_000_000_000_000L, 300_000_000_000_000L);
      t = random.nextBoolean() ? t - t % 1000 : t;
      assertThat(ScoreJson.time(t)).isEqualTo(Instant.ofEpochMilli(t).toString());
    }
  }
}
