package dev.leadpulse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written timestamps agree with {@code DateTimeFormatter} and read back with {@code Instant.parse}. */
class IsoMillisTest {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Instant END_OF_9999 = Instant.parse("+10000-01-01T00:00:00Z");

  @Test
  void agreesWithTheFormatterFrom1970To9999() {
    SplittableRandom random = new SplittableRandom(20261123);
    long end = END_OF_9999.toEpochMilli();
    long[] edges = {0, 1, 999, 1000, 86_399_999, 86_400_000, Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli(),
        Instant.parse("2000-03-01T00:00:00Z").toEpochMilli(), Instant.parse("2100-02-28T12:00:00Z").toEpochMilli(), end - 1};
    for (long ms : edges) {
      assertAgrees(ms);
    }
    for (int i = 0; i < 100_000; i++) {
      assertAgrees(random.nextLong(end));
    }
  }

  @Test
  void refusesInstantsOutsideFourDigitYears() {
    assertThatThrownBy(() -> IsoMillis.bytes(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IsoMillis.bytes(END_OF_9999.toEpochMilli()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertAgrees(long ms) {
    String text = new String(IsoMillis.bytes(ms), StandardCharsets.US_ASCII);
    assertThat(text).as("%d ms", ms).isEqualTo(ISO_MILLIS.format(Instant.ofEpochMilli(ms)));
    assertThat(Instant.parse(text).toEpochMilli()).isEqualTo(ms);
  }
}
