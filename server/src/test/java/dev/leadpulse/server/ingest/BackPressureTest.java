package dev.leadpulse.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Metrics;
import dev.leadpulse.server.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Back-pressure as API.md §1 says: {@code 429} with {@code Retry-After} when more events would
 * wait for a commit than the server allows, and {@code 503} with {@code Retry-After} once it
 * has begun to shut down; neither stores anything, and both are counted.
 */
class BackPressureTest {
  private static final String MODEL = """
      name: back-pressure
      engagement:
        - id: signup
          event: Signed Up
          points: 10
      """;

  @TempDir
  Path temp;

  @Test
  void moreEventsThanMayWaitAreRefusedWith429AndRetryAfter() throws IOException {
    ServerConfig one = TestServer.config(ServerConfig.sqliteIn(temp.resolve("data")), Optional.of(model()));
    one = new ServerConfig(one.host(), one.port(), one.jdbcUrl(), one.model(), one.adminToken(), one.writeKey(), 1,
        one.clock());
    try (TestServer server = TestServer.start(one)) {
      Http.Response r = server.tracking().postJson("/v1/batch",
          BadInputTest.batch(BadInputTest.signUp("a"), BadInputTest.signUp("b")));
      assertThat(r.status()).as(r.toString()).isEqualTo(429);
      assertThat(r.header("Retry-After")).hasValue("1");
      assertThat(r.json().get("success").asBoolean()).isFalse();
      assertThat(r.json().get("code").asText()).isEqualTo("overloaded");
      assertThat(server.server().store().events().count()).isZero();
      assertThat(Metrics.rejected(server.metrics(), "overloaded")).isEqualTo(1);
      // One event at a time still fits, and the refused ones can be sent again.
      for (String user : new String[] {"a", "b"}) {
        assertThat(server.tracking().postJson("/v1/track", BadInputTest.signUp(user)).status()).isEqualTo(200);
      }
      assertThat(server.server().store().events().count()).isEqualTo(2);
      assertThat(server.server().pipeline().pendingEvents()).isZero();
    }
  }

  @Test
  void onceClosingHasBegunEventsAreRefusedWith503AndRetryAfter() throws IOException {
    try (TestServer server = TestServer.sqlite(temp.resolve("data"), model())) {
      assertThat(server.tracking().postJson("/v1/track", BadInputTest.signUp("before")).status()).isEqualTo(200);
      // What LeadPulseServer.close() does first: the pipeline stops taking events while HTTP still answers.
      server.server().pipeline().close();
      Http.Response r = server.tracking().postJson("/v1/track", BadInputTest.signUp("after"));
      assertThat(r.status()).as(r.toString()).isEqualTo(503);
      assertThat(r.header("Retry-After")).isPresent();
      assertThat(r.json().get("code").asText()).isEqualTo("shutting_down");
      assertThat(server.server().store().events().count()).isEqualTo(1);
      assertThat(Metrics.rejected(server.metrics(), "shutting_down")).isEqualTo(1);
    }
  }

  private Path model() throws IOException {
    return Files.writeString(temp.resolve("model.yaml"), MODEL);
  }
}
