package dev.leadpulse.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-read timestamps agree with {@code OffsetDateTime.parse}: same instants, same refusals. */
class IsoInstantsTest {
  @Test
  void agreesWithOffsetDateTimeOnEdgesAndMutations() {
    List<String> texts = new ArrayList<>(List.of("2026-03-02T09:00:00Z", "2026-03-02T09:00:00.1Z",
        "2026-03-02T09:00:00.123456789Z", "2026-03-02T09:00:00.1234567890Z", "2026-03-02T09:00:00.Z",
        "2024-02-29T23:59:59.999Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z",
        "2026-01-01T23:59:60Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59Z",
        "2026-03-02t09:00:00z", "2026-03-02T09:00Z", "2026-03-02T09:00:00+01:00", "2026-03-02T09:00:00.5+05:30",
        "+12026-03-02T09:00:00Z", "2026-3-02T09:00:00Z", "2026-03-02 09:00:00Z", "2026-03-02T09:00:00",
        "2026-03-02T09:00:00.12a4Z", "2026-03-02T09:00:0xZ", "", "yesterday", "2026-03-02T09:00:00ZZ"));
    SplittableRandom random = new SplittableRandom(20261123);
    String digitsAndMarks = "0123456789-:.TZ+ ";
    for (int i = 0; i < 50_000; i++) {
      long ms = random.nextLong(-62_167_219_200_000L, 253_402_300_799_999L);
      StringBuilder t = new StringBuilder(Instant.ofEpochMilli(ms).plusNanos(random.nextInt(1_000_000)).toString());
      if (random.nextInt(3) == 0) {
        t.setCharAt(random.nextInt(t.length()), digitsAndMarks.charAt(random.nextInt(digitsAndMarks.length())));
      }
      texts.add(t.toString());
    }
    for (String text : texts) {
      assertThat(outcome(() -> IsoInstants.parse(text))).as(text)
          .isEqualTo(outcome(() -> OffsetDateTime.parse(text).toInstant()));
    }
  }

  private static String outcome(java.util.function.Supplier<Instant> parse) {
    try {
      return "ok " + parse.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + " " + e.getMessage();
    }
  }
}
