package dev.leadpulse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The baseline a team would write by hand, for the side-by-side load test: the same
 * {@code POST /v1/batch} endpoint (same JSON, write key as the Basic user name or in the
 * body), and for each track message one autocommit
 * {@code UPDATE people SET score = score + ? WHERE id = ?} on PostgreSQL (an
 * {@code INSERT … ON CONFLICT} when the person is new), with points from a fixed table by
 * event name. Answers {@code {"success": true}} once every statement has committed. No
 * de-duplication, no explanation, no history, no stages. {@code GET /api/people/{id}} reads
 * the score back (for the visibility probe).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.leadpulse.bench.load.BaselineServer
 * 8090 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=lp_bench_base' KEY}
 * (the schema must exist; the table is created in it).
 */
public final class BaselineServer {
  /** Points by event name, as a hand-written integration would hard-code them. */
  private static final Map<String, Integer> POINTS = Map.ofEntries(Map.entry("Signed Up", 10),
      Map.entry("Trial Started", 20), Map.entry("Page Viewed", 1), Map.entry("Project Created", 10),
      Map.entry("Member Invited", 20), Map.entry("Feature Used", 8), Map.entry("Integration Connected", 25),
      Map.entry("API Called", 1), Map.entry("Report Exported", 4), Map.entry("Dashboard Shared", 4),
      Map.entry("Email Clicked", 3), Map.entry("Demo Requested", 75));

  private final HikariDataSource db;
  private final ObjectMapper json = new ObjectMapper();
  private final String writeKey;

  private BaselineServer(HikariDataSource db, String writeKey) {
    this.db = db;
    this.writeKey = writeKey;
  }

  public static void main(String[] args) throws SQLException {
    int port = Integer.parseInt(args[0]);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[1]);
    config.setMaximumPoolSize(args.length > 3 ? Integer.parseInt(args[3]) : 10);
    HikariDataSource db = new HikariDataSource(config);
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS people (id TEXT PRIMARY KEY, score BIGINT NOT NULL)");
    }
    BaselineServer server = new BaselineServer(db, args[2]);
    Javalin http = Javalin.create(c -> {
      c.concurrency.useVirtualThreads = true;
      c.startup.showJavalinBanner = false;
      c.routes.post("/v1/batch", server::batch);
      c.routes.post("/v1/batch/", server::batch);
      c.routes.get("/api/people/{id}", server::person);
      c.routes.get("/health", ctx -> ctx.result("ok"));
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      http.stop();
      db.close();
    }));
    http.start("127.0.0.1", port);
    System.out.println("baseline listening on http://127.0.0.1:" + port);
  }

  private void batch(Context ctx) throws Exception {
    JsonNode body = json.readTree(ctx.bodyAsBytes());
    if (!authorised(ctx.header("Authorization"), body.path("writeKey").asText(""))) {
      ctx.status(401).json(Map.of("success", false, "code", "unauthorized", "message", "unknown write key"));
      return;
    }
    for (JsonNode m : body.path("batch")) {
      if (!"track".equals(m.path("type").asText())) {
        continue;
      }
      String id = m.path("userId").asText(m.path("anonymousId").asText(""));
      add(id, POINTS.getOrDefault(m.path("event").asText(""), 0));
    }
    ctx.contentType("application/json").result("{\"success\":true}");
  }

  /** One autocommit statement per event; a second one only for a person not seen before. */
  private void add(String id, int points) throws SQLException {
    try (Connection c = db.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE people SET score = score + ? WHERE id = ?")) {
        ps.setInt(1, points);
        ps.setString(2, id);
        if (ps.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO people (id, score) VALUES (?, ?)"
          + " ON CONFLICT (id) DO UPDATE SET score = people.score + excluded.score")) {
        ps.setString(1, id);
        ps.setInt(2, points);
        ps.executeUpdate();
      }
    }
  }

  private void person(Context ctx) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT score FROM people WHERE id = ?")) {
      ps.setString(1, ctx.pathParam("id"));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          ctx.status(404).json(Map.of("code", "not_found", "message", "no such person"));
          return;
        }
        Map<String, Object> out = new HashMap<>();
        out.put("id", ctx.pathParam("id"));
        out.put("score", rs.getLong(1));
        ctx.json(out);
      }
    }
  }

  private boolean authorised(String header, String bodyKey) {
    if (header != null && header.startsWith("Basic ")) {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return writeKey.equals(colon < 0 ? decoded : decoded.substring(0, colon));
    }
    return writeKey.equals(bodyKey);
  }
}
