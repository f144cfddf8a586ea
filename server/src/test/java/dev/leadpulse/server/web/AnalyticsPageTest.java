package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadpulse.server.observe.IngestDays;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.IngestTallies;
import dev.leadpulse.store.Users.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics page over HTTP, on known activity: Dana scores 65 (MQL, converted), Fox 55 (MQL),
 * Walter 15; each MQL went to an owner. One batch has two messages without an event name.
 */
class AnalyticsPageTest {
  @TempDir
  Path dir;

  private TestServer server;
  private Signed admin;

  @BeforeEach
  void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.threeLeads(server);
    admin = Signed.in(server, "boss", Role.ADMIN, "");
    assertThat(admin.post("/people/dana/verdict", Map.of("verdict", "converted")).status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void sendWithTwoRejected() {
    var ok = Http.JSON.createObjectNode().put("type", "track").put("userId", "walter").put("event", "Pricing Viewed")
        .put("messageId", "ok-" + System.nanoTime());
    var noEvent = Http.JSON.createObjectNode().put("type", "track").put("userId", "walter")
        .put("messageId", "bad-1-" + System.nanoTime());
    var noEventEither = noEvent.deepCopy().put("messageId", "bad-2-" + System.nanoTime());
    assertThat(server.sendBatch(List.of(ok, noEvent, noEventEither)).path("rejected")).hasSize(2);
  }

  @Test
  void needsASignIn() {
    assertThat(server.anonymous().get("/analytics").status()).isEqualTo(302);
  }

  @Test
  void anEmptyStoreShowsEmptyFiguresNotErrors() throws Exception {
    java.nio.file.Path empty = java.nio.file.Files.createDirectory(dir.resolve("empty"));
    try (TestServer fresh = DashboardFixture.start(empty)) {
      Http.Response r = Signed.in(fresh, "boss", Role.ADMIN, "").get("/analytics");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).contains("No one is scored yet.").contains("id=\"stat-people\">0")
          .contains("No play has sent a lead to an owner").contains("Nothing rejected in the last 30 days.");
    }
  }

  @Test
  void scoreDistributionAndConversionByBand() {
    String page = admin.get("/analytics").body();
    assertThat(page).contains("chart.umd.min.js").contains("id=\"score-histogram\"");
    // 15 to 65 points: six bands of 10 from 10, buckets of 2 points.
    assertThat(section(page, "bands")).contains("<td>10\u201320</td><td class=\"num\">1</td><td class=\"num\">0</td>")
        .contains("<td>50\u201360</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0.0%</td>")
        .contains("<td>60\u201370</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">100.0%</td>")
        .contains("<td>20\u201330</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">\u2013</td>");
    assertThat(page).contains("&#34;labels&#34;:[&#34;10\u201312&#34;,&#34;12\u201314&#34;,&#34;14\u201316&#34;")
        .as("Walter in 14–16, Fox in 54–56, Dana in 64–66")
        .contains("&#34;data&#34;:[0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0]");
  }

  @Test
  void funnelCountsStagesReachedAndConversions() {
    String funnel = section(admin.get("/analytics").body(), "funnel");
    assertThat(funnel).contains("<td>People</td><td class=\"num\">3</td>")
        .contains("<td>MQL</td><td class=\"num\">2</td><td class=\"num\">66.7%</td><td class=\"num\">66.7%</td>"
            + "<td class=\"num\">1</td><td class=\"num\">50.0%</td>")
        .contains("<td>SQL</td><td class=\"num\">0</td>")
        .contains("<td>Converted</td><td class=\"num\">1</td>");
    assertThat(admin.get("/analytics").body()).contains("MQL \u2192 SQL rate").contains("id=\"stat-stage-rate\">0.0%");
  }

  @Test
  void responseTimesPerOwnerAgainstTheSla() {
    String owners = section(admin.get("/analytics").body(), "owners");
    String danaOwner = server.server().store().leads().of("dana").orElseThrow().owner();
    String worked = danaOwner.equals("ana") ? "Ana Ruiz" : "Raj Patel";
    String waiting = danaOwner.equals("ana") ? "Raj Patel" : "Ana Ruiz";
    assertThat(row(owners, worked)).contains("<td class=\"num\">1</td><td class=\"num\">1</td>")
        .contains("<td class=\"num\">100.0%</td>");
    assertThat(row(owners, waiting)).as("sent, not worked, still inside the hour")
        .contains("<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">\u2013</td>")
        .contains("<td class=\"num\">\u2013</td><td class=\"num \">0</td>");
  }

  @Test
  void acceptanceOfHighScoresDefaultsToTheTopTenthAndTakesAThreshold() {
    assertThat(admin.get("/analytics").body()).contains("id=\"stat-acceptance\">100.0%")
        .contains("1 of 1 people scoring 65 or more (the top 10%)");
    assertThat(admin.get("/analytics?high=50").body()).contains("1 of 2 people scoring 50 or more")
        .contains("id=\"stat-acceptance\">50.0%");
    assertThat(admin.get("/analytics?high=lots").status()).isEqualTo(400);
  }

  @Test
  void ingestionHealthCountsStoredEventsAndRejectionsByReason() {
    sendWithTwoRejected();
    server.server().ingestDays().flush();
    long today = IngestDays.day(System.currentTimeMillis());
    // 3 + 6 + 2 events of the activity, and the one good message of the last batch.
    assertThat(server.server().store().ingestTallies().since(today)).containsExactly(
        new IngestTallies.Tally(today, "accepted", 12), new IngestTallies.Tally(today, "missing_field", 2));
    String page = admin.get("/analytics").body();
    assertThat(page).contains("id=\"stat-errors\">14.3%").contains("2 rejected, 12 accepted")
        .contains("id=\"ingest-chart\"").contains("&#34;label&#34;:&#34;Rejected&#34;");
    assertThat(section(page, "rejections")).contains("<code>missing_field</code></td><td class=\"num\">2</td>"
        + "<td class=\"num\">14.3%</td>");
  }

  @Test
  void ingestionTalliesReachTheStoreByThemselves() {
    sendWithTwoRejected();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(server.server().store().ingestTallies().since(0)).extracting(IngestTallies.Tally::reason)
            .contains("accepted", "missing_field"));
  }

  @Test
  void aRepeatedMessageIsNotCountedTwice() {
    server.server().ingestDays().flush();
    long before = accepted();
    var track = Http.JSON.createObjectNode().put("type", "track").put("userId", "walter").put("event", "Pricing Viewed")
        .put("messageId", "the-same-one");
    server.sendBatch(List.of(track));
    server.sendBatch(List.of(track));
    server.server().ingestDays().flush();
    assertThat(accepted() - before).isEqualTo(1);
  }

  private long accepted() {
    return server.server().store().ingestTallies().since(0).stream().filter(IngestTallies.Tally::accepted)
        .mapToLong(IngestTallies.Tally::count).sum();
  }

  /** The table with {@code id} in {@code page}. */
  private static String section(String page, String id) {
    int start = page.indexOf("<table id=\"" + id + "\"");
    assertThat(start).as("table " + id).isNotNegative();
    return page.substring(start, page.indexOf("</table>", start));
  }

  /** The row of {@code table} that starts with {@code first}. */
  private static String row(String table, String first) {
    int start = table.indexOf("<tr><td>" + first + "</td>");
    assertThat(start).as("row " + first).isNotNegative();
    return table.substring(start, table.indexOf("</tr>", start));
  }
}
