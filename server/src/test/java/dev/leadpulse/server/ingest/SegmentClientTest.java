package dev.leadpulse.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.GroupMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.TrackMessage;
import dev.leadpulse.server.testing.Metrics;
import dev.leadpulse.server.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Segment Java client (analytics-java 3.5.4, which posts to {@code /v1/import/} with
 * the write key only in the body) pointed at the server: identify, page, track, group and
 * alias calls are all acknowledged, and the scores read back through the query API are the
 * model's, with the anonymous page views from before the identify and the alias joined to
 * the person and the account from the group call.
 */
class SegmentClientTest {
  /** Fit 15 for the title; 5 per pricing view, 40 for the trial; MQL at 50. */
  private static final String MODEL = """
      name: segment-client
      accounts:
        key: group
      fit:
        - id: vp
          when: 'traits.title == "VP Sales"'
          points: 15
      engagement:
        - id: pricing
          event: Page Viewed
          when: 'properties.path == "/pricing"'
          points: 5
        - id: trial
          event: Trial Started
          points: 40
      stages:
        - name: MQL
          when: 'score >= 50'
      """;

  @TempDir
  static Path temp;

  static TestServer server;
  static List<Throwable> failures = new ArrayList<>();

  @BeforeAll
  static void sendWithTheSegmentClient() throws IOException, InterruptedException {
    Path model = Files.writeString(temp.resolve("model.yaml"), MODEL);
    server = TestServer.sqlite(temp.resolve("data"), model);
    int messages = 8;
    CountDownLatch answered = new CountDownLatch(messages);
    ConcurrentLinkedQueue<Throwable> failed = new ConcurrentLinkedQueue<>();
    Analytics analytics = Analytics.builder(TestServer.WRITE_KEY).endpoint(server.url())
        .flushQueueSize(3).flushInterval(1, TimeUnit.SECONDS).retries(1)
        .callback(new Callback() {
          @Override
          public void success(Message message) {
            answered.countDown();
          }

          @Override
          public void failure(Message message, Throwable error) {
            failed.add(error);
            answered.countDown();
          }
        }).build();
    try {
      // Two anonymous visits, joined later: one by identify (anonymousId), one by alias (previousId).
      analytics.enqueue(PageMessage.builder("Pricing").anonymousId("anon-1").properties(Map.of("path", "/pricing")));
      analytics.enqueue(PageMessage.builder("Pricing").anonymousId("anon-1").properties(Map.of("path", "/pricing")));
      analytics.enqueue(PageMessage.builder("Pricing").anonymousId("anon-2").properties(Map.of("path", "/pricing")));
      analytics.enqueue(IdentifyMessage.builder().userId("u-1").anonymousId("anon-1")
          .traits(Map.of("title", "VP Sales", "email", "vp@acme.example")));
      analytics.enqueue(AliasMessage.builder("anon-2").userId("u-1"));
      analytics.enqueue(TrackMessage.builder("Trial Started").userId("u-1").properties(Map.of("plan", "pro")));
      analytics.enqueue(GroupMessage.builder("acme-inc").userId("u-1").traits(Map.of("name", "Acme Inc")));
      analytics.enqueue(PageMessage.builder("Docs").userId("u-2").properties(Map.of("path", "/docs")));
      analytics.flush();
      assertThat(answered.await(30, TimeUnit.SECONDS)).as("the client heard back for every message").isTrue();
    } finally {
      analytics.shutdown();
    }
    failures.addAll(failed);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyMessageOfTheClientIsAcknowledgedAndStored() {
    assertThat(failures).as("messages the client saw fail").isEmpty();
    assertThat(server.server().store().events().count()).isEqualTo(8);
    assertThat(Metrics.value(server.metrics(), "leadpulse_events_accepted_total", "")).isEqualTo(8);
  }

  @Test
  void scoresAreTheModelsWithTheAnonymousVisitsJoined() {
    JsonNode person = server.getJson("/api/people/u-1");
    assertThat(person.get("fit").decimalValue()).isEqualByComparingTo("15");
    assertThat(person.get("engagement").decimalValue()).as("three pricing views (two anonymous ids) and the trial")
        .isEqualByComparingTo("55");
    assertThat(person.get("score").decimalValue()).isEqualByComparingTo("70");
    assertThat(person.get("stage").asText()).isEqualTo("MQL");
    assertThat(person.get("traits").get("title").asText()).isEqualTo("VP Sales");
    List<String> rules = StreamSupport.stream(person.get("contributions").spliterator(), false)
        .map(c -> c.get("rule").asText()).sorted().toList();
    assertThat(rules).containsExactly("pricing", "pricing", "pricing", "trial", "vp");
  }

  @Test
  void theAnonymousIdsNowNameThePerson() {
    assertThat(server.getJson("/api/people/anon-1").get("id").asText()).isEqualTo("u-1");
    assertThat(server.getJson("/api/people/anon-2").get("id").asText()).isEqualTo("u-1");
    JsonNode events = server.getJson("/api/people/u-1/events").get("items");
    assertThat(events).hasSize(7);
    assertThat(StreamSupport.stream(events.spliterator(), false).map(e -> e.get("type").asText()))
        .containsExactlyInAnyOrder("page", "page", "page", "identify", "alias", "track", "group");
  }

  @Test
  void theAccountFromTheGroupCallShows() {
    assertThat(server.getJson("/api/people/u-1").get("account").asText()).isEqualTo("acme-inc");
    JsonNode account = server.getJson("/api/accounts/acme-inc");
    assertThat(account.get("people").has("u-1")).isTrue();
    assertThat(account.get("score").decimalValue()).as("the account adds up its people's engagement")
        .isEqualByComparingTo("55");
    assertThat(account.get("traits").get("name").asText()).isEqualTo("Acme Inc");
  }

  @Test
  void theClientsClockCorrectionKeepsEventTimesNearReceipt() {
    for (JsonNode e : server.getJson("/api/people/u-1/events").get("items")) {
      long time = java.time.Instant.parse(e.get("time").asText()).toEpochMilli();
      long received = java.time.Instant.parse(e.get("receivedAt").asText()).toEpochMilli();
      assertThat(e.has("sentAt")).as("the client sends sentAt").isTrue();
      assertThat(received - time).as("a message is received soon after it is made").isBetween(0L, 30_000L);
    }
  }
}
