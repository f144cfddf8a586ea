package dev.leadpulse.server.plays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through real parts: events in through /v1/batch make a person enter PQL; a local
 * HTTP receiver gets the signed webhook (signature checked here) and the Slack payload; a local
 * SMTP server (GreenMail) gets the email to the owner; the task exists with the owner round
 * robin picked; the person's play history shows what fired and what was suppressed.
 */
class PlaysEndToEndTest {
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String MODEL = """
      name: plays-e2e
      engagement:
        - { id: premium, label: used a premium feature, event: Premium Feature Used, points: 10 }
        - { id: demo, label: requested a demo, event: Demo Requested, points: 30 }
      stages:
        - { name: PQL, when: 'score >= 60' }
      """;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path dir;

  private final Receiver receiver = new Receiver();
  private TestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    receiver.close();
  }

  private Path plays() throws Exception {
    return Files.writeString(dir.resolve("plays.yaml"), """
        owners:
          - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb, regions: [EMEA] }
          - { id: raj, name: Raj Patel, email: raj@example.com, team: smb, regions: [AMER] }
        settings:
          smtp_host: 127.0.0.1
          smtp_port: %d
          mail_from: leadpulse@example.com
          person_url: "https://leadpulse.example/people/{{person.id}}"
        plays:
          - id: hot-trial
            on: stage_entered PQL
            when: 'traits.plan == "trial"'
            actions:
              - assign: { team: smb, strategy: round_robin }
              - task: { title: "Call {{person.name}}: {{trigger.summary}}", due: 15m, priority: high }
              - slack: { webhook_url: "%s" }
              - webhook: { url: "%s", secret: "%s" }
              - email: { to: owner }
            cooldown: 7d
            priority: 10
          - id: demo-request
            on: event Demo Requested
            actions:
              - task: { title: "Demo for {{person.name}}" }
            priority: 1
        """.formatted(mail.getSmtp().getPort(), receiver.url("/slack"), receiver.url("/hook"), SECRET));
  }

  private void start() throws Exception {
    Path model = Files.writeString(dir.resolve("model.yaml"), MODEL);
    server = TestServer.start(TestServer.config("jdbc:sqlite:" + dir.resolve("lp.db"), Optional.of(model))
        .withPlays(Optional.of(plays())));
  }

  private static List<ObjectNode> hotTrial(String user, String name, String email) {
    List<ObjectNode> batch = new ArrayList<>();
    ObjectNode identify = Http.JSON.createObjectNode().put("type", "identify").put("userId", user)
        .put("messageId", user + "-id").put("timestamp", "2026-03-01T10:00:00Z");
    identify.putObject("traits").put("name", name).put("email", email).put("plan", "trial");
    batch.add(identify);
    for (int i = 0; i < 4; i++) {
      batch.add(track(user, "Premium Feature Used", user + "-p" + i, "2026-03-01T10:0" + (i + 1) + ":00Z"));
    }
    batch.add(track(user, "Demo Requested", user + "-demo", "2026-03-01T10:06:00Z"));
    return batch;
  }

  private static ObjectNode track(String user, String event, String id, String time) {
    return Http.JSON.createObjectNode().put("type", "track").put("userId", user).put("event", event)
        .put("messageId", id).put("timestamp", time);
  }

  @Test
  void aLeadEnteringPqlGetsAnOwnerATaskAndEveryAlert() throws Exception {
    start();

    server.sendBatch(hotTrial("dana", "Dana Ruiz", "dana@example.com"));

    await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests("/hook").size() == 1
        && receiver.requests("/slack").size() == 1 && mail.getReceivedMessages().length == 1);

    Receiver.Request hook = receiver.requests("/hook").getFirst();
    String id = hook.header("webhook-id");
    long ts = Long.parseLong(hook.header("webhook-timestamp"));
    assertThat(id).startsWith("msg_");
    assertThat(Math.abs(System.currentTimeMillis() / 1000 - ts)).isLessThan(60);
    assertThat(hook.header("webhook-signature")).isEqualTo(expectedSignature(id, ts, hook.body()));
    JsonNode event = Http.JSON.readTree(hook.body());
    assertThat(event.path("type").asText()).isEqualTo("play.fired");
    assertThat(event.at("/data/play").asText()).isEqualTo("hot-trial");
    assertThat(event.at("/data/person/name").asText()).isEqualTo("Dana Ruiz");
    assertThat(event.at("/data/owner/id").asText()).isEqualTo("ana");

    JsonNode slack = Http.JSON.readTree(receiver.requests("/slack").getFirst().body());
    assertThat(slack.path("text").asText()).isEqualTo("Dana Ruiz: entered PQL — used a premium feature ×4, requested a demo");
    assertThat(slack.path("blocks").toString()).contains("https://leadpulse.example/people/dana")
        .contains("used a premium feature ×4 (+40)").contains("Open in LeadPulse");

    MimeMessage email = mail.getReceivedMessages()[0];
    assertThat(email.getAllRecipients()[0].toString()).isEqualTo("ana@example.com");
    assertThat(email.getSubject()).isEqualTo("Dana Ruiz: entered PQL — used a premium feature ×4, requested a demo");
    assertThat(email.getHeader("X-LeadPulse-Delivery")[0]).startsWith("msg_");

    JsonNode tasks = server.getJson("/api/tasks?owner=ana").get("items");
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("title").asText())
        .isEqualTo("Call Dana Ruiz: entered PQL — used a premium feature ×4, requested a demo");
    assertThat(tasks.get(0).path("priority").asText()).isEqualTo("high");

    JsonNode history = server.getJson("/api/people/dana/plays").get("items");
    assertThat(history).extracting(h -> h.path("play").asText() + " " + h.path("outcome").asText())
        .containsExactly("hot-trial fired", "demo-request suppressed");
    assertThat(history.get(1).path("detail").asText()).isEqualTo("suppressed by hot-trial, which fired now");

    await().atMost(Duration.ofSeconds(5)).until(() -> server.getJson("/api/deliveries?status=delivered")
        .get("items").size() == 3);

    server.sendBatch(hotTrial("lee", "Lee Chen", "lee@example.com"));
    await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length == 2);
    assertThat(mail.getReceivedMessages()[1].getAllRecipients()[0].toString()).as("round robin")
        .isEqualTo("raj@example.com");
    assertThat(server.getJson("/api/tasks?owner=raj").get("items")).hasSize(1);
  }

  @Test
  void aReceiverThatIsGoneDeadLettersTheDeliveryWhichCanBeRetried() throws Exception {
    receiver.answer(new Receiver.Answer(410));
    start();

    server.sendBatch(hotTrial("dana", "Dana Ruiz", "dana@example.com"));

    await().atMost(Duration.ofSeconds(10)).until(() -> server.getJson("/api/deliveries?status=dead")
        .get("items").size() == 2);
    JsonNode dead = server.getJson("/api/deliveries?status=dead").get("items");
    assertThat(dead).allSatisfy(d -> assertThat(d.path("lastError").asText()).startsWith("410 from"));

    receiver.answer(new Receiver.Answer(200));
    String id = dead.get(0).path("id").asText();
    Http.Response retried = server.api().postJson("/api/deliveries/" + id + "/retry", "{}");
    assertThat(retried.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> server.getJson("/api/deliveries/" + id).path("status")
        .asText().equals("delivered"));
    assertThat(server.api().postJson("/api/deliveries/" + id + "/retry", "{}").status()).isEqualTo(409);
    assertThat(server.api().postJson("/api/deliveries/nope/retry", "{}").status()).isEqualTo(404);
  }

  static String expectedSignature(String id, long ts, String body) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(SECRET.substring(6)),
        "HmacSHA256"));
    return "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal((id + "." + ts + "." + body)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
