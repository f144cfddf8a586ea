package dev.leadpulse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.event.ParsedMessage;
import dev.leadpulse.core.event.SegmentMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated batch bodies are the Segment batches the load is meant to be: shape, ids, times, users. */
class TrackBatchesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> EVENT_NAMES = Set.of("Page Viewed", "Feature Used", "API Called", "Email Clicked",
      "Project Created", "Report Exported", "Member Invited", "Dashboard Shared", "Integration Connected",
      "Signed Up", "Trial Started", "Demo Requested");

  private final TrackBatches batches = new TrackBatches("run12345", "key-1", 100_000, 20261123);

  private JsonNode batch(int sender, int senders) throws Exception {
    ByteBuilder body = new ByteBuilder(16);
    batches.write(body, 100, sender, senders);
    return JSON.readTree(body.array(), body.start(), body.length());
  }

  @Test
  void aBatchHoldsAHundredTrackMessagesTimestampedNow() throws Exception {
    Instant before = Instant.now();
    JsonNode body = batch(0, 1);
    Instant after = Instant.now();

    assertThat(body.get("writeKey").asText()).isEqualTo("key-1");
    assertThat(Instant.parse(body.get("sentAt").asText())).isBetween(before.minusMillis(1), after);
    JsonNode messages = body.get("batch");
    assertThat(messages.size()).isEqualTo(100);
    Set<String> ids = new HashSet<>();
    for (JsonNode m : messages) {
      assertThat(m.get("type").asText()).isEqualTo("track");
      assertThat(m.get("messageId").asText()).matches("run12345-[0-9]{12}");
      ids.add(m.get("messageId").asText());
      assertThat(m.get("userId").asText()).matches("user-[0-9]+");
      assertThat(m.get("event").asText()).isIn(EVENT_NAMES);
      assertThat(Instant.parse(m.get("timestamp").asText())).isBetween(before.minusMillis(1), after);
      assertThat(m.get("properties").isObject()).isTrue();
      assertThat(m.get("context").get("library").get("name").asText()).isEqualTo("analytics-java");
    }
    assertThat(ids).hasSize(100);
  }

  @Test
  void theServersReaderAcceptsEveryMessage() throws Exception {
    for (JsonNode m : batch(3, 8).get("batch")) {
      assertThat(SegmentMessages.read(m, Optional.of(Instant.now()), Optional.empty()))
          .isInstanceOf(ParsedMessage.Accepted.class);
    }
  }

  @Test
  void messageIdsStayUniqueAcrossBatchesAndMarkers() throws Exception {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      batch(i % 4, 4).get("batch").forEach(m -> ids.add(m.get("messageId").asText()));
      JSON.readTree(batches.marker("probe-x")).get("batch").forEach(m -> ids.add(m.get("messageId").asText()));
    }
    assertThat(ids).hasSize(20 * 101);
  }

  @Test
  void batchesDoNotRepeatEachOthersDraws() throws Exception {
    List<List<String>> draws = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      List<String> one = new ArrayList<>();
      batch(0, 1).get("batch").forEach(m -> one.add(m.get("userId").asText() + "/" + m.get("event").asText()));
      draws.add(one);
    }
    for (int a = 0; a < draws.size(); a++) {
      for (int b = a + 1; b < draws.size(); b++) {
        for (int shift = 0; shift < 5; shift++) {
          int same = 0;
          for (int i = 0; i + shift < 100; i++) {
            same += draws.get(a).get(i + shift).equals(draws.get(b).get(i)) ? 1 : 0;
            same += draws.get(b).get(i + shift).equals(draws.get(a).get(i)) ? 1 : 0;
          }
          assertThat(same).as("batches %d and %d shifted by %d", a, b, shift).isLessThan(40);
        }
      }
    }
  }

  @Test
  void aSenderGetsOnlyItsOwnUsers() throws Exception {
    for (int i = 0; i < 10; i++) {
      for (JsonNode m : batch(5, 8).get("batch")) {
        assertThat(Integer.parseInt(m.get("userId").asText().substring("user-".length())) % 8).isEqualTo(5);
      }
    }
  }

  @Test
  void aMarkerIsOneDemoRequestForTheProbesUser() throws Exception {
    Instant before = Instant.now();
    JsonNode body = JSON.readTree(batches.marker("probe-x"));
    JsonNode m = body.get("batch").get(0);
    assertThat(body.get("batch").size()).isEqualTo(1);
    assertThat(m.get("userId").asText()).isEqualTo("probe-x");
    assertThat(m.get("event").asText()).isEqualTo("Demo Requested");
    assertThat(m.get("messageId").asText()).startsWith("run12345-m");
    assertThat(Duration.between(before, Instant.parse(m.get("timestamp").asText())).abs()).isLessThan(Duration.ofSeconds(5));
  }
}
