package dev.leadpulse.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.app.LeadPulseServer;
import dev.leadpulse.server.app.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * A real server on a random port of 127.0.0.1, with known keys ({@link #ADMIN_TOKEN},
 * {@link #WRITE_KEY}); by default on a SQLite store in a given folder.
 */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN_TOKEN = "lp-test-admin-token";
  public static final String WRITE_KEY = "lp-test-write-key";

  private final LeadPulseServer server;
  private final String url;

  private TestServer(LeadPulseServer server) {
    this.server = server;
    this.url = "http://127.0.0.1:" + server.port();
  }

  /** A server on a SQLite store in {@code dataDir}, serving {@code model}. */
  public static TestServer sqlite(Path dataDir, Path model) {
    return start(config(ServerConfig.sqliteIn(dataDir), Optional.of(model)));
  }

  /** The configuration the tests use: 127.0.0.1, port 0, the known keys. */
  public static ServerConfig config(String jdbcUrl, Optional<Path> model) {
    return new ServerConfig("127.0.0.1", 0, jdbcUrl, model, Optional.of(ADMIN_TOKEN), Optional.of(WRITE_KEY), 200_000,
        Clock.systemUTC());
  }

  public static TestServer start(ServerConfig config) {
    return new TestServer(LeadPulseServer.start(config, n -> {}));
  }

  public String url() {
    return url;
  }

  public LeadPulseServer server() {
    return server;
  }

  /** The query API, with the admin token. */
  public Http api() {
    return new Http(url, Optional.of(Http.bearer(ADMIN_TOKEN)));
  }

  /** The tracking API, with the write key as HTTP Basic. */
  public Http tracking() {
    return new Http(url, Optional.of(Http.basic(WRITE_KEY)));
  }

  /** No credentials. */
  public Http anonymous() {
    return new Http(url, Optional.empty());
  }

  /** POSTs {@code messages} to {@code /v1/batch} with the write key; fails unless answered 200. */
  public JsonNode sendBatch(Collection<? extends JsonNode> messages) {
    ObjectNode body = Http.JSON.createObjectNode();
    ArrayNode batch = body.putArray("batch");
    messages.forEach(batch::add);
    Http.Response r = tracking().postJson("/v1/batch", body);
    if (r.status() != 200) {
      throw new AssertionError("the batch was refused: " + r);
    }
    return r.json();
  }

  /** GETs an API path with the admin token; fails unless answered 200. */
  public JsonNode getJson(String path) {
    Http.Response r = api().get(path);
    if (r.status() != 200) {
      throw new AssertionError("GET " + path + ": " + r);
    }
    return r.json();
  }

  /** The metrics in Prometheus text format. */
  public String metrics() {
    return anonymous().get("/metrics").body();
  }

  @Override
  public void close() {
    server.close();
  }
}
