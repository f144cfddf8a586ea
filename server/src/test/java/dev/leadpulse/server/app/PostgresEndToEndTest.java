package dev.leadpulse.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadpulse.server.testing.SharedScenarios;
import dev.leadpulse.server.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server on PostgreSQL, end to end, in a schema of its own: a shared scenario ingested
 * through {@code /v1/batch} scores as {@code expected.json} says, and still does after a
 * restart on the same database (scores rebuilt from the stored log, nothing ingested twice).
 * PostgreSQL must be running (CI starts it): when it is not, this test fails and says so.
 */
class PostgresEndToEndTest {
  /** The database the test schema is created in; {@code LEADPULSE_TEST_POSTGRES} overrides it. */
  private static final String POSTGRES = System.getenv().getOrDefault("LEADPULSE_TEST_POSTGRES",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private final String schema = "lp_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  private String url;

  @BeforeEach
  void createSchema() {
    execute(POSTGRES, "CREATE SCHEMA " + schema);
    url = POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  void dropSchema() {
    execute(POSTGRES, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  @Test
  void aScenarioIngestedOnPostgresScoresAsExpectedAcrossARestart() {
    Path scenario = SharedScenarios.scenario("05-industrial-accounts");
    Path model = scenario.resolve("model.yaml");
    try (TestServer server = TestServer.start(TestServer.config(url, Optional.of(model)))) {
      assertThat(server.server().store().isEmbedded()).isFalse();
      server.sendBatch(SharedScenarios.events(scenario));
      checkEveryCheckpoint(server, scenario);
    }
    // The second start needs no model file: the active version is in the database.
    try (TestServer again = TestServer.start(TestServer.config(url, Optional.empty()))) {
      assertThat(again.server().modelVersion()).isEqualTo(1);
      assertThat(again.server().store().events().count()).isEqualTo(SharedScenarios.events(scenario).size());
      checkEveryCheckpoint(again, scenario);
      assertThat(again.getJson("/api/people?limit=10").get("items")).hasSize(3);
      again.sendBatch(SharedScenarios.events(scenario));
      assertThat(again.server().store().events().count()).as("resent events are duplicates")
          .isEqualTo(SharedScenarios.events(scenario).size());
      checkEveryCheckpoint(again, scenario);
    }
  }

  private static void checkEveryCheckpoint(TestServer server, Path scenario) {
    for (JsonNode checkpoint : SharedScenarios.checkpoints(scenario)) {
      String asOf = checkpoint.get("asOf").asText();
      for (String kind : List.of("people", "accounts")) {
        if (checkpoint.has(kind)) {
          for (Map.Entry<String, JsonNode> expected : checkpoint.get(kind).properties()) {
            SharedScenarios.assertMatches(server.getJson("/api/" + kind + "/" + expected.getKey() + "?asOf=" + asOf),
                expected.getValue(), kind + " " + expected.getKey() + " as of " + asOf);
          }
        }
      }
    }
  }

  private static void execute(String jdbcUrl, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      fail("PostgreSQL is not reachable at " + jdbcUrl + " (" + e.getMessage() + "). This test runs on the real"
          + " PostgreSQL: start it (database test, user postgres, trust authentication) or point"
          + " LEADPULSE_TEST_POSTGRES at one.", e);
    }
  }
}
