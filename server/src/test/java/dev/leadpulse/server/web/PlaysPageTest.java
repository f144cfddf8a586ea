package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.Users.Role;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plays page over HTTP: the plays in force in words, owners by team, the outbox's recent
 * deliveries and dead letters, retrying a dead letter (admins only), and the plays file's
 * versions. A local receiver answers 410 Gone, so the webhook is dead-lettered at once.
 */
class PlaysPageTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String PLAYS = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb, regions: [EMEA] }
        - { id: raj, name: Raj Patel, email: raj@example.com, team: enterprise }
      plays:
        - id: new-mql
          on: stage_entered MQL
          when: 'traits.title.contains("VP")'
          actions:
            - assign: { team: smb, strategy: round_robin }
            - task: { title: "Call {{person.name}}", due: 30m, priority: high }
            - webhook: { url: "%s", secret: "%s" }
            - slack: { webhook_url: "%s/slack/T000/B000/SLACKSECRET" }
          cooldown: 1d
          priority: 10
        - id: demo-ask
          on: event Demo Requested
          actions:
            - task: { title: "Demo for {{person.name}}" }
          priority: 1
      """;

  @TempDir
  Path dir;

  private HttpServer receiver;
  private final AtomicInteger answer = new AtomicInteger(410);
  private final AtomicInteger received = new AtomicInteger();
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.incrementAndGet();
      byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.get(), out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    receiver.start();
    Path model = Files.writeString(dir.resolve("model.yaml"), DashboardFixture.MODEL);
    Path plays = Files.writeString(dir.resolve("plays.yaml"), PLAYS.formatted(hook(), SECRET, hook()));
    server = TestServer.start(TestServer.config("jdbc:sqlite:" + dir.resolve("lp.db"), Optional.of(model))
        .withPlays(Optional.of(plays)));
    DashboardFixture.activity(server, "dana", "Dana Scully", "VP Sales", "Demo Requested", "Pricing Viewed");
    await().atMost(Duration.ofSeconds(10)).until(() -> server.server().store().outbox().list("dead", 10).size() == 2);
  }

  @AfterEach
  void stop() {
    server.close();
    receiver.stop(0);
  }

  private String hook() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void thePlaysInForceAreShownInWordsWithOwnersByTeamAndNoSecrets() {
    Signed rep = Signed.in(server, "ana", Role.REP, "ana");
    Http.Response r = rep.get("/plays");
    assertThat(r.status()).isEqualTo(200);
    String page = r.body();
    String play = row(page, "play-new-mql");
    assertThat(play).contains("Enters stage MQL", "stage_entered MQL", "traits.title.contains", "10",
        "round robin in team smb", "high-priority task", "Call {{person.name}}", "due in 30m",
        "Send a signed webhook to " + hook(), "Alert in Slack (127.0.0.1:" + receiver.getAddress().getPort() + "/\u2026)",
        "once per person per 1d");
    assertThat(page.indexOf("play-new-mql")).as("highest priority first").isLessThan(page.indexOf("play-demo-ask"));
    assertThat(row(page, "play-demo-ask")).contains("Sends the event Demo Requested", "due in 1d");
    assertThat(page).contains("Team smb", "Ana Ruiz", "ana@example.com", "EMEA", "Team enterprise", "Raj Patel");
    assertThat(page).doesNotContain("whsec_");
    assertThat(server.anonymous().get("/plays").status()).as("needs a sign-in").isEqualTo(302);
  }

  @Test
  void recentDeliveriesAndDeadLettersShowChannelTargetStatusAttemptsAndError() {
    Delivery dead = server.server().store().outbox().list("dead", 10).stream()
        .filter(d -> d.channel().equals("webhook")).findFirst().orElseThrow();
    String page = Signed.in(server, "boss", Role.ADMIN, "").get("/plays").body();
    String deadLetters = section(page, "dead-letters");
    assertThat(deadLetters).contains(dead.id(), "webhook", hook(), "status-dead", "410 from", "given up",
        "/people/dana");
    assertThat(section(page, "deliveries")).contains(dead.id(), "new-mql");
    assertThat(page).as("a Slack webhook URL is a secret, even in an error").contains("slack")
        .doesNotContain("SLACKSECRET");
  }

  @Test
  void aRepSeesNoRetryAndIsRefusedOne() {
    Delivery dead = server.server().store().outbox().list("dead", 10).getFirst();
    Signed rep = Signed.in(server, "ana", Role.REP, "ana");
    assertThat(rep.get("/plays").body()).doesNotContain("/retry").doesNotContain(">Retry<");
    assertThat(rep.post("/plays/deliveries/" + dead.id() + "/retry", Map.of()).status()).isEqualTo(403);
    assertThat(server.server().store().outbox().get(dead.id()).orElseThrow().status()).isEqualTo("dead");
    assertThat(rep.htmx("/plays/diff?from=1&to=1").status()).as("plays diff is for admins").isEqualTo(403);
  }

  @Test
  void anAdminRetriesADeadLetterWhichIsQueuedAgainAndDelivered() {
    Delivery dead = server.server().store().outbox().list("dead", 10).getFirst();
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    assertThat(section(admin.get("/plays").body(), "dead-letters"))
        .contains("hx-post=\"/plays/deliveries/" + dead.id() + "/retry\"").contains(">Retry<");
    int before = received.get();
    answer.set(200);

    Http.Response retried = admin.post("/plays/deliveries/" + dead.id() + "/retry", Map.of());
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.body()).contains("data-delivery=\"" + dead.id() + "\"").contains("status-pending")
        .contains("queued again").doesNotContain(">Retry<");
    await().atMost(Duration.ofSeconds(10)).until(() -> server.server().store().outbox().get(dead.id())
        .orElseThrow().status().equals("delivered"));
    assertThat(received.get()).as("sent again").isEqualTo(before + 1);
    assertThat(section(admin.get("/plays").body(), "dead-letters")).doesNotContain(dead.id());

    assertThat(admin.post("/plays/deliveries/" + dead.id() + "/retry", Map.of()).status()).as("delivered")
        .isEqualTo(409);
    assertThat(admin.post("/plays/deliveries/msg_nope/retry", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void thePlaysFileVersionsAreListedAndAdminsSeeTheirDifferenceWithSecretsMasked() {
    String next = PLAYS.formatted(hook(), SECRET, hook()).replace("cooldown: 1d", "cooldown: 3d");
    Http.Response published = server.api().post("/api/plays/publish", "application/yaml",
        next.getBytes(StandardCharsets.UTF_8));
    assertThat(published.status()).isEqualTo(201);

    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    String page = admin.get("/plays").body();
    String versions = section(page, "versions");
    assertThat(versions).contains("v2", "v1", "file:plays.yaml", "status-active", "status-retired");
    assertThat(page).contains("Plays file version 2 in force").contains("once per person per 3d");
    assertThat(page).contains("cooldown: 1d").contains("cooldown: 3d").doesNotContain(SECRET.substring(6));
    String diff = admin.htmx("/plays/diff?from=1&to=2").body();
    assertThat(diff).contains("+1").contains("&minus;1").contains("secret: \"\u2022\u2022\u2022")
        .contains("webhook_url: \"\u2022\u2022\u2022").doesNotContain(SECRET.substring(6))
        .doesNotContain("SLACKSECRET");
    assertThat(PlaysPage.masked("      secret: whsec_abc/def=")).isEqualTo("      secret: \u2022\u2022\u2022");
    assertThat(PlaysPage.masked("- slack: { webhook_url: https://hooks.slack.com/services/T/B/X }"))
        .isEqualTo("- slack: { webhook_url: \u2022\u2022\u2022 }");

    String repPage = Signed.in(server, "ana", Role.REP, "ana").get("/plays").body();
    assertThat(section(repPage, "versions")).contains("v2").doesNotContain("cooldown: 1d");
  }

  private static String row(String html, String id) {
    int start = html.indexOf("<tr id=\"" + id + "\"");
    assertThat(start).as("row " + id).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  /** The page's part from the element with {@code id} to the next one of the page's parts. */
  private static String section(String html, String id) {
    List<String> order = List.of("in-force", "owners", "dead-letters", "deliveries", "versions");
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    int next = order.indexOf(id) + 1;
    int end = next < order.size() ? html.indexOf("id=\"" + order.get(next) + "\"", start) : html.indexOf("</main>");
    return html.substring(start, end);
  }
}
