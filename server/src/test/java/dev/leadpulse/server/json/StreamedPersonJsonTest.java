package dev.leadpulse.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.server.testing.SharedScenarios;
import dev.leadpulse.store.NdjsonEvents;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The writer stores explanations with {@link ScoreJson#writePerson} (streamed); the API and the
 * command line show {@link ScoreJson#person} (a tree). Both must give the same text, for every
 * person of every shared scenario (stages, caps, floors, decay, categories, anonymous people);
 * and the hand-written time format must be {@code Instant}'s.
 */
class StreamedPersonJsonTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void streamedExplanationIsTheTreeWrittenOut() throws Exception {
    int compared = 0;
    for (Path scenario : SharedScenarios.all()) {
      Scoreboard board = new Scoreboard(ModelReader.read(Files.readString(scenario.resolve("model.yaml"))),
          new CountingFailures());
      NdjsonEvents.read(scenario.resolve("events.ndjson"), board::accept, skipped -> {});
      for (String id : board.people()) {
        long asOf = board.lastEventTime(id).orElseThrow() + 86_400_000L;
        PersonScore s = board.person(id, asOf).orElseThrow();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
          ScoreJson.writePerson(g, s);
        }
        assertThat(out.toString()).as("%s, person %s", scenario.getFileName(), id)
            .isEqualTo(json.writeValueAsString(ScoreJson.person(s)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(10);
  }

  @Test
  void timesAreWrittenAsInstantWritesThem() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261123);
    long[] edges = {0, 1, 999, 1000, 86_399_999, 951_782_400_000L, 4_107_542_399_999L, 253_402_300_799_999L,
        253_402_300_800_000L, -1, -86_400_001, Long.MAX_VALUE, Long.MIN_VALUE};
    for (long t : edges) {
      assertThat(ScoreJson.time(t)).isEqualTo(java.time.Instant.ofEpochMilli(t).toString());
    }
    for (int i = 0; i < 200_000; i++) {
      long t = random.nextLong(-4_000_000_000_000L, 300_000_000_000_000L);
      t = random.nextBoolean() ? t - t % 1000 : t;
      assertThat(ScoreJson.time(t)).isEqualTo(java.time.Instant.ofEpochMilli(t).toString());
    }
  }
}
