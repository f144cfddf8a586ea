package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.server.testing.SharedScenarios;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every checkpoint of every shared scenario, through {@code leadpulse score}: the people's
 * and accounts' figures equal {@code expected.json} (numbers to 0.01), and scoring the same
 * events shuffled prints exactly the same JSON.
 */
class ScenarioScoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyCheckpointMatchesExpected() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path scenario : SharedScenarios.all()) {
      JsonNode expected = JSON.readTree(scenario.resolve("expected.json").toFile());
      for (JsonNode checkpoint : expected.get("checkpoints")) {
        String asOf = checkpoint.get("asOf").asText();
        tests.add(DynamicTest.dynamicTest(scenario.getFileName() + " as of " + asOf,
            () -> checkCheckpoint(scenario, checkpoint, asOf)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> shuffledEventsPrintTheSameScores() {
    return SharedScenarios.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> {
      List<String> lines = new ArrayList<>(Files.readAllLines(scenario.resolve("events.ndjson")));
      String asOf = JSON.readTree(scenario.resolve("expected.json").toFile()).get("checkpoints").get(0)
          .get("asOf").asText();
      Cli ordered = score(scenario, scenario.resolve("events.ndjson"), asOf);
      for (long seed = 1; seed <= 5; seed++) {
        Collections.shuffle(lines, new Random(seed));
        Path shuffled = temp.resolve(scenario.getFileName() + "-" + seed + ".ndjson");
        Files.write(shuffled, lines);
        assertThat(score(scenario, shuffled, asOf).out()).as("shuffle %d", seed).isEqualTo(ordered.out());
      }
    }));
  }

  private void checkCheckpoint(Path scenario, JsonNode checkpoint, String asOf) throws IOException {
    Cli cli = score(scenario, scenario.resolve("events.ndjson"), asOf);
    assertThat(cli.status()).as(cli.err()).isZero();
    JsonNode got = JSON.readTree(cli.out());
    assertThat(got.get("asOf").asText()).isEqualTo(java.time.Instant.parse(asOf).toString());
    for (String kind : List.of("people", "accounts")) {
      if (!checkpoint.has(kind)) {
        continue;
      }
      for (Map.Entry<String, JsonNode> entry : checkpoint.get(kind).properties()) {
        JsonNode actual = got.get(kind).get(entry.getKey());
        assertThat(actual).as("%s %s is scored", kind, entry.getKey()).isNotNull();
        for (Map.Entry<String, JsonNode> field : entry.getValue().properties()) {
          String what = kind + " " + entry.getKey() + " " + field.getKey();
          if (field.getValue().isNumber()) {
            assertThat(new BigDecimal(actual.get(field.getKey()).asText()))
                .as(what).isEqualByComparingTo(field.getValue().decimalValue());
          } else {
            assertThat(actual.get(field.getKey()).asText()).as(what).isEqualTo(field.getValue().asText());
          }
        }
        assertContributionsSumToScore(actual, kind + " " + entry.getKey());
      }
    }
  }

  private static void assertContributionsSumToScore(JsonNode scored, String what) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : scored.get("contributions")) {
      sum = sum.add(line.get("value").decimalValue());
    }
    if (scored.has("peopleEngagement")) {
      sum = sum.add(scored.get("peopleEngagement").decimalValue());
    }
    assertThat(sum).as("%s: contributions sum to the score", what).isEqualByComparingTo(scored.get("score").decimalValue());
  }

  private static Cli score(Path scenario, Path events, String asOf) {
    return Cli.run("score", "--model", scenario.resolve("model.yaml").toString(), "--events", events.toString(),
        "--as-of", asOf);
  }
}
