package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Users.Role;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An account's page over HTTP: its buying group, and its score as a receipt that adds up. */
class AccountPageTest {
  static final String MODEL = """
      name: accounts-test
      fit:
        - { id: vp, label: VP or above, when: 'traits.title.contains("VP")', points: 20 }
        - id: big-account
          label: Large company
          scope: account
          when: 'has(account.traits.employees) && account.traits.employees > 500'
          points: 10
          weight: 2
      engagement:
        - { id: pricing, label: Viewed pricing, event: Pricing Viewed, points: 10, weight: 1.5 }
        - { id: demo, label: Requested a demo, event: Demo Requested, points: 30 }
        - id: buying-group
          label: Two people looked at pricing
          scope: account
          event: Pricing Viewed
          distinct_people: 2
          within: 7d
          points: 25
      stages:
        - { name: MQL, when: 'score >= 40' }
      grades:
        fit: { A: 20, B: 10 }
        engagement: { 1: 60, 2: 30 }
      """;

  @TempDir
  Path dir;

  private TestServer server;
  private Signed admin;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.sqlite(dir, Files.writeString(dir.resolve("model.yaml"), MODEL));
    Instant t = Instant.now().minusSeconds(3600);
    List<ObjectNode> batch = new ArrayList<>();
    person(batch, "dana", "Dana Scully", "VP Sales", "acme inc", t, "Demo Requested", "Pricing Viewed");
    person(batch, "fox", "Fox Mulder", "Analyst", "acme inc", t.plusSeconds(600), "Pricing Viewed");
    person(batch, "walter", "Walter Skinner", "Director", "acme inc", t.plusSeconds(1200));
    server.sendBatch(batch);
    admin = Signed.in(server, "boss", Role.ADMIN, "");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theBuyingGroupIsListedHighestScoreFirstWithLinks() {
    Http.Response r = admin.get(Format.accountUrl("acme inc"));
    assertThat(r.status()).isEqualTo(200);
    String people = r.body().substring(r.body().indexOf("id=\"people\""), r.body().indexOf("id=\"receipt\""));
    assertThat(r.body()).contains("<h1>Acme Corp</h1>");
    assertThat(people).contains("Dana Scully", "VP Sales at Acme", "Fox Mulder", "Walter Skinner")
        .contains("href=\"/people/dana\"", "href=\"/people/fox\"", "class=\"stage stage-MQL\"", "A2");
    assertThat(people.indexOf("Dana Scully")).isLessThan(people.indexOf("Fox Mulder"));
    assertThat(people.indexOf("Fox Mulder")).isLessThan(people.indexOf("Walter Skinner"));
    assertThat(r.body()).contains("3 people");
  }

  @Test
  void theAccountScoreIsAReceiptOfPeopleAccountEngagementAndFitThatAddsUp() {
    String page = admin.get("/accounts/acme%20inc").body();
    BigDecimal score = server.getJson("/api/accounts/acme%20inc").path("score").decimalValue();
    // people 45 + 15 + 0, the buying group 25, large company 10 × 2
    assertThat(score).isEqualByComparingTo("105");
    PageHtml.assertReceiptAddsUp(page, score);
    assertThat(page).contains("data-section=\"people\" data-subtotal=\"60\"",
        "data-section=\"account-engagement\" data-subtotal=\"25\"", "data-section=\"fit\" data-subtotal=\"20\"");
    assertThat(page).contains("Two people looked at pricing", "25 \u00d7 1 = 25", "Large company", "10 \u00d7 2 = 20");
    assertThat(page).contains("<a href=\"/people/dana\">Dana Scully</a>");
    assertThat(page).contains("data-score=\"105\"");
  }

  @Test
  void manyPeopleShareOneLineAfterTheMostEngagedAndStillAddUp() {
    List<ObjectNode> batch = new ArrayList<>();
    Instant t = Instant.now().minusSeconds(1800);
    for (int i = 0; i < Receipts.PEOPLE_LINES + 5; i++) {
      person(batch, "p" + i, "Person " + i, "Engineer", "acme inc", t.plusSeconds(i), "Pricing Viewed");
    }
    server.sendBatch(batch);
    String page = admin.get("/accounts/acme%20inc").body();
    BigDecimal score = server.getJson("/api/accounts/acme%20inc").path("score").decimalValue();
    PageHtml.assertReceiptAddsUp(page, score);
    assertThat(page).contains("8 more people");
  }

  @Test
  void anUnknownAccountIsAFriendly404() {
    Http.Response r = admin.get("/accounts/no-such-account");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).contains("No such account", "no-such-account", "Back to the inbox");
  }

  @Test
  void thePersonPageLinksToTheAccount() {
    String page = admin.get("/people/fox").body();
    assertThat(page).contains("href=\"/accounts/acme%20inc\"");
  }

  /** An identify, a group call naming the account, then {@code events} a minute apart from {@code t}. */
  private static void person(List<ObjectNode> batch, String id, String name, String title, String account, Instant t,
      String... events) {
    ObjectNode identify = message("identify", id, t);
    identify.putObject("traits").put("name", name).put("title", title).put("company", "Acme");
    batch.add(identify);
    ObjectNode group = message("group", id, t.plusSeconds(1)).put("groupId", account);
    group.putObject("traits").put("name", "Acme Corp").put("employees", 2000);
    batch.add(group);
    for (int i = 0; i < events.length; i++) {
      batch.add(message("track", id, t.plusSeconds(60L * (i + 1))).put("event", events[i]));
    }
  }

  private static ObjectNode message(String type, String userId, Instant time) {
    return Http.JSON.createObjectNode().put("type", type).put("userId", userId)
        .put("messageId", type + "-" + userId + "-" + System.nanoTime()).put("timestamp", time.toString());
  }
}
