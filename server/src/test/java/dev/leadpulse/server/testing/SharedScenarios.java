package dev.leadpulse.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared scenarios ({@code shared/scenarios} above the working folder, or the folder named
 * by the system property {@code leadpulse.scenarios}), read at test time so that new ones are
 * picked up, and the comparison of scores with their {@code expected.json}: every field given
 * there equal (numbers to 0.01), and the contributions summing to the score.
 */
public final class SharedScenarios {
  private SharedScenarios() {}

  public static Path folder() {
    String override = System.getProperty("leadpulse.scenarios");
    if (override != null) {
      return Path.of(override);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/scenarios");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/scenarios folder above " + Path.of("").toAbsolutePath()
        + "; set -Dleadpulse.scenarios=DIR");
  }

  public static List<Path> all() {
    try (Stream<Path> s = Files.list(folder())) {
      List<Path> found = s.filter(p -> Files.isRegularFile(p.resolve("model.yaml"))).sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("no scenarios in " + folder());
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path scenario(String name) {
    return folder().resolve(name);
  }

  /** The scenario's events, one message per line of {@code events.ndjson}. */
  public static List<ObjectNode> events(Path scenario) {
    try {
      List<ObjectNode> events = new ArrayList<>();
      for (String line : Files.readAllLines(scenario.resolve("events.ndjson"))) {
        if (!line.isBlank()) {
          events.add((ObjectNode) Http.JSON.readTree(line));
        }
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code checkpoints} of the scenario's {@code expected.json}. */
  public static List<JsonNode> checkpoints(Path scenario) {
    try {
      List<JsonNode> out = new ArrayList<>();
      Http.JSON.readTree(scenario.resolve("expected.json").toFile()).get("checkpoints").forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every field of {@code expected} equals {@code actual}'s (numbers to 0.01), and the contributions add up. */
  public static void assertMatches(JsonNode actual, JsonNode expected, String what) {
    assertThat(actual).as("%s is scored", what).isNotNull();
    for (Map.Entry<String, JsonNode> field : expected.properties()) {
      String name = what + " " + field.getKey();
      JsonNode got = actual.get(field.getKey());
      assertThat(got).as(name + " is in " + actual).isNotNull();
      if (field.getValue().isNumber()) {
        assertThat(new BigDecimal(got.asText())).as(name).isEqualByComparingTo(field.getValue().decimalValue());
      } else {
        assertThat(got.asText()).as(name).isEqualTo(field.getValue().asText());
      }
    }
    assertContributionsSumToScore(actual, what);
  }

  public static void assertContributionsSumToScore(JsonNode scored, String what) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : scored.get("contributions")) {
      sum = sum.add(line.get("value").decimalValue());
    }
    if (scored.has("peopleEngagement")) {
      sum = sum.add(scored.get("peopleEngagement").decimalValue());
    }
    assertThat(sum).as("%s: contributions sum to the score", what)
        .isEqualByComparingTo(scored.get("score").decimalValue());
  }
}
