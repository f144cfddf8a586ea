package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A server for dashboard tests: a small model with MQL and SQL stages, two owners in one team
 * (round robin on MQL), and helpers that send a person's activity through the tracking API.
 */
final class DashboardFixture {
  static final String MODEL = """
      name: dashboard-test
      accounts: { key: email_domain }
      fit:
        - { id: vp, label: VP or above, when: 'traits.title.contains("VP")', points: 20 }
      engagement:
        - { id: pricing, label: Viewed pricing, event: Pricing Viewed, points: 10, weight: 1.5 }
        - { id: demo, label: Requested a demo, event: Demo Requested, points: 30 }
        - { id: invite, label: Invited a teammate, event: Teammate Invited, points: 5, category: adoption }
      caps: { adoption: 10 }
      stages:
        - { name: MQL, when: 'score >= 40' }
        - { name: SQL, when: 'score >= 100' }
      grades:
        fit: { A: 20, B: 10 }
        engagement: { 1: 60, 2: 30 }
      """;
  static final String PLAYS = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
        - { id: raj, name: Raj Patel, email: raj@example.com, team: smb }
      plays:
        - id: new-mql
          on: stage_entered MQL
          actions:
            - assign: { team: smb, strategy: round_robin }
            - task: { title: "Call {{person.name}}", due: 30m, priority: high }
      """;

  private DashboardFixture() {}

  static TestServer start(Path dir) throws Exception {
    Path model = Files.writeString(dir.resolve("model.yaml"), MODEL);
    Path plays = Files.writeString(dir.resolve("plays.yaml"), PLAYS);
    ServerConfig base = TestServer.config(ServerConfig.sqliteIn(dir), Optional.of(model));
    return TestServer.start(new ServerConfig(base.host(), 0, base.jdbcUrl(), base.model(), base.adminToken(),
        base.writeKey(), base.maxPendingEvents(), base.clock(), Optional.of(plays)));
  }

  /**
   * Three people: Dana (VP, demo and pricing: 65, MQL, grade A), Fox (analyst, demo, pricing and
   * three invites of which the cap keeps 10: 55, MQL) and Walter (pricing only: 15, no stage).
   */
  static void threeLeads(TestServer server) {
    activity(server, "dana", "Dana Scully", "VP Sales", "Demo Requested", "Pricing Viewed");
    activity(server, "fox", "Fox Mulder", "Analyst", "Demo Requested", "Pricing Viewed", "Teammate Invited",
        "Teammate Invited", "Teammate Invited");
    activity(server, "walter", "Walter Skinner", "Director", "Pricing Viewed");
  }

  /** An identify with name, title and company, then {@code events} one minute apart, ending now. */
  static void activity(TestServer server, String userId, String name, String title, String... events) {
    List<ObjectNode> batch = new ArrayList<>();
    Instant t = Instant.now().minusSeconds(60L * (events.length + 1));
    ObjectNode identify = message("identify", userId, t);
    identify.putObject("traits").put("name", name).put("title", title).put("email", userId + "@acme.com")
        .put("company", "Acme");
    batch.add(identify);
    for (String event : events) {
      t = t.plusSeconds(60);
      batch.add(message("track", userId, t).put("event", event));
    }
    server.sendBatch(batch);
  }

  private static ObjectNode message(String type, String userId, Instant time) {
    return Http.JSON.createObjectNode().put("type", type).put("userId", userId)
        .put("messageId", type + "-" + userId + "-" + System.nanoTime()).put("timestamp", time.toString());
  }
}
