package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Users.Role;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's page over HTTP: the receipt adds up to the score, the chart, timeline, plays, verdicts, 404. */
class PersonPageTest {
  @TempDir
  Path dir;

  private TestServer server;
  private Signed admin;

  @BeforeEach
  void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.activity(server, "dana", "Dana Scully", "VP Sales", "Demo Requested", "Pricing Viewed");
    DashboardFixture.activity(server, "fox", "Fox Mulder", "Analyst", "Demo Requested", "Pricing Viewed",
        "Teammate Invited", "Teammate Invited", "Teammate Invited");
    admin = Signed.in(server, "boss", Role.ADMIN, "");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theReceiptsLinesAddUpToTheScoreWithPointsTimesWeightAndTheCapThatClipped() {
    Http.Response r = admin.get("/people/fox");
    assertThat(r.status()).isEqualTo(200);
    String page = r.body();
    BigDecimal score = server.getJson("/api/people/fox").path("score").decimalValue();
    assertThat(score).isEqualByComparingTo("55");
    // demo, pricing, three invites, the cap: six lines
    assertThat(PageHtml.assertReceiptAddsUp(page, score)).isEqualTo(6);
    assertThat(page).contains("Fox Mulder", "Analyst at Acme", "data-score=\"55\"");
    assertThat(page).contains("10 \u00d7 1.5 = 15", "30 \u00d7 1 = 30", "5 \u00d7 1 = 5");
    assertThat(page).contains("class=\"line kind-cap\" data-amount=\"-5\"").contains("Cap on adoption");
    assertThat(page).contains("Invited a teammate \u00d73").contains("3 \u00d7 5 = 15").contains("capped at 10");
    assertThat(page).contains("data-section=\"fit\" data-subtotal=\"0\"")
        .contains("data-section=\"engagement\" data-subtotal=\"55\"");
  }

  @Test
  void fitAndEngagementAreSeparateSectionsEachWithItsSubtotal() {
    String page = admin.get("/people/dana").body();
    PageHtml.assertReceiptAddsUp(page, new BigDecimal("65"));
    assertThat(page).contains("data-section=\"fit\" data-subtotal=\"20\"", "VP or above", "20 \u00d7 1 = 20")
        .contains("data-section=\"engagement\" data-subtotal=\"45\"");
    assertThat(page.indexOf("data-section=\"fit\"")).isLessThan(page.indexOf("data-section=\"engagement\""));
    assertThat(page).contains("class=\"stage stage-MQL\"", "A2");
  }

  @Test
  void theScoreOverTimeIsAChartWithTheStageChangeMarked() throws Exception {
    // three commits: 30, then 45 (enters MQL at 40), then 50
    DashboardFixture.activity(server, "gil", "Gil Grissom", "Analyst", "Demo Requested");
    DashboardFixture.activity(server, "gil", "Gil Grissom", "Analyst", "Pricing Viewed");
    DashboardFixture.activity(server, "gil", "Gil Grissom", "Analyst", "Teammate Invited");
    String page = admin.get("/people/gil").body();
    assertThat(page).contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "<canvas data-chart=");
    JsonNode chart = PageHtml.chart(page);
    assertThat(chart.path("type").asText()).isEqualTo("line");
    JsonNode datasets = chart.path("data").path("datasets");
    int labels = chart.path("data").path("labels").size();
    assertThat(datasets.get(0).path("label").asText()).isEqualTo("Score");
    assertThat(datasets.get(0).path("data").size()).isEqualTo(labels);
    assertThat(values(datasets.get(0))).usingElementComparator(BigDecimal::compareTo).containsSubsequence(new BigDecimal("30"), new BigDecimal("45"),
        new BigDecimal("50"));
    JsonNode marker = datasets.get(1);
    assertThat(marker.path("label").asText()).startsWith("Entered MQL");
    assertThat(marker.path("showLine").asBoolean(true)).isFalse();
    assertThat(marker.path("data").size()).isEqualTo(labels);
    assertThat(values(marker)).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("45"));
    assertThat(datasets).hasSize(2);
    assertThat(page).contains("class=\"plain stage-changes\"");
  }

  private static List<BigDecimal> values(JsonNode dataset) {
    List<BigDecimal> out = new ArrayList<>();
    dataset.path("data").forEach(v -> {
      if (!v.isNull()) {
        out.add(v.decimalValue());
      }
    });
    return out;
  }

  @Test
  void theTimelineIsNewestFirstWithWhatEachEventEarned() {
    String page = admin.get("/people/dana").body();
    String timeline = page.substring(page.indexOf("id=\"timeline\""));
    assertThat(timeline.indexOf("Pricing Viewed")).isLessThan(timeline.indexOf("Demo Requested"));
    assertThat(timeline.indexOf("Demo Requested")).isLessThan(timeline.indexOf("Identified"));
    assertThat(timeline).contains("Viewed pricing <b>+15</b>").contains("Requested a demo <b>+30</b>");
  }

  @Test
  void tasksPlaysAndTheOwnerAreShown() {
    String owner = server.server().store().leads().of("dana").orElseThrow().owner();
    String ownerName = owner.equals("ana") ? "Ana Ruiz" : "Raj Patel";
    String page = admin.get("/people/dana").body();
    assertThat(page).contains("owner <b>" + ownerName + "</b>");
    String tasks = between(page, "id=\"tasks\"", "id=\"plays\"");
    assertThat(tasks).contains("Call Dana Scully", "high", "open", "for " + ownerName, "new-mql");
    String plays = between(page, "id=\"plays\"", "id=\"timeline\"");
    assertThat(plays).contains("outcome-fired", "new-mql");
  }

  @Test
  void aVerdictFromThePageIsRecordedAndListedWithItsAuthor() {
    assertThat(admin.get("/people/dana").body()).contains("No verdict yet", "hx-post=\"/people/dana/verdict\"");
    assertThat(admin.post("/people/dana/verdict", Map.of("verdict", "contacted", "note", "left a voicemail"))
        .status()).isEqualTo(200);
    String verdicts = between(admin.get("/people/dana").body(), "id=\"verdicts\"", "id=\"tasks\"");
    assertThat(verdicts).contains("contacted", "by boss", "left a voicemail");
  }

  @Test
  void anIdWithAnAtSignOrSpacesIsDecoded() {
    DashboardFixture.activity(server, "mary jane@acme.com", "Mary Jane", "VP Ops", "Demo Requested");
    String url = Format.personUrl("mary jane@acme.com");
    assertThat(url).isEqualTo("/people/mary%20jane%40acme.com");
    Http.Response r = admin.get(url);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("Mary Jane").contains("hx-post=\"/people/mary%20jane%40acme.com/verdict\"");
    PageHtml.assertReceiptAddsUp(r.body(), new BigDecimal("50"));
    assertThat(admin.get("/people/mary%20jane@acme.com").status()).isEqualTo(200);
    assertThat(admin.post(url + "/verdict", Map.of("verdict", "accepted")).status()).isEqualTo(200);
    assertThat(server.server().store().dispositions().of("mary jane@acme.com")).hasSize(1);
  }

  @Test
  void anUnknownPersonIsAFriendly404() {
    Http.Response r = admin.get("/people/nobody%40nowhere.example");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).contains("No such person", "nobody@nowhere.example", "Back to the inbox", "LeadPulse");
  }

  @Test
  void aRepMayViewAnyPerson() {
    Signed rep = Signed.in(server, "someone", Role.REP, "nobody-owns-this");
    Http.Response r = rep.get("/people/fox");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("Fox Mulder");
    assertThat(server.anonymous().get("/people/fox").status()).isEqualTo(302);
  }

  @Test
  void decayShowsWhatWasAwardedAndWhatItIsWorthNow(@TempDir Path other) throws Exception {
    Path model = Files.writeString(other.resolve("model.yaml"), """
        name: decaying
        engagement:
          - { id: pricing, label: Viewed pricing, event: Pricing Viewed, points: 10, weight: 1.5 }
          - { id: demo, label: Requested a demo, event: Demo Requested, points: 30 }
        decay: { half_life: 1d }
        """);
    try (TestServer decaying = TestServer.sqlite(other, model)) {
      Instant now = Instant.now();
      List<ObjectNode> batch = List.of(
          message("identify", "gus", now.minus(Duration.ofDays(3))).set("traits",
              Http.JSON.createObjectNode().put("name", "Gus Fring")),
          message("track", "gus", now.minus(Duration.ofDays(2))).put("event", "Pricing Viewed"),
          message("track", "gus", now.minus(Duration.ofDays(1))).put("event", "Pricing Viewed"),
          message("track", "gus", now.minus(Duration.ofHours(1))).put("event", "Demo Requested"));
      decaying.sendBatch(batch);
      String page = Signed.in(decaying, "boss", Role.ADMIN, "").get("/people/gus").body();
      Matcher score = Pattern.compile("data-score=\"([^\"]+)\"").matcher(page);
      assertThat(score.find()).isTrue();
      BigDecimal shown = new BigDecimal(score.group(1));
      assertThat(PageHtml.assertReceiptAddsUp(page, shown)).isEqualTo(2 + 1);
      // 15 two days ago is worth a quarter, 15 a day ago a half: about 11.25 with the demo's 30 × 0.97
      assertThat(shown).isBetween(new BigDecimal("40"), new BigDecimal("41.25"));
      assertThat(page).contains("Awards halve every 1d", "faded over", "data-awarded=\"15\">", "<s title=\"as awarded\">+15</s>")
          .contains("Viewed pricing \u00d72").contains("2 \u00d7 15 = 30").contains("after decay");
      assertThat(PageHtml.amounts(page)).noneMatch(a -> a.compareTo(new BigDecimal("15")) == 0);
    }
  }

  private static ObjectNode message(String type, String userId, Instant time) {
    return Http.JSON.createObjectNode().put("type", type).put("userId", userId)
        .put("messageId", type + "-" + userId + "-" + System.nanoTime()).put("timestamp", time.toString());
  }

  private static String between(String page, String from, String to) {
    int start = page.indexOf(from);
    int end = page.indexOf(to, start);
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return page.substring(start, end);
  }
}
