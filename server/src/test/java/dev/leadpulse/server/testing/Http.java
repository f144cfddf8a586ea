package dev.leadpulse.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A small HTTP client for the tests: requests against one base URL, with an optional
 * {@code Authorization} header on every request, and answers read as text or JSON.
 */
public final class Http {
  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();

  private final String base;
  private final Optional<String> authorization;

  public Http(String base, Optional<String> authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** An answer: status, headers and body text. */
  public record Response(int status, HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("the answer (" + status + ") is not JSON: " + body, e);
      }
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }

  /** {@code Authorization: Bearer token}. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /** {@code Authorization: Basic} with {@code user} as the user name and an empty password. */
  public static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
  }

  public Http withAuthorization(String header) {
    return new Http(base, Optional.of(header));
  }

  public Http withoutAuthorization() {
    return new Http(base, Optional.empty());
  }

  public String base() {
    return base;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** POSTs {@code body} (a {@link JsonNode}, a record or map, or JSON text) as JSON. */
  public Response postJson(String path, Object body, String... headers) {
    return post(path, "application/json", json(body).getBytes(StandardCharsets.UTF_8), headers);
  }

  /** POSTs raw bytes; {@code headers} are name, value pairs. */
  public Response post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  public static String json(Object body) {
    if (body instanceof String s) {
      return s;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    authorization.ifPresent(a -> b.header("Authorization", a));
    return b;
  }

  private static Response send(HttpRequest.Builder b) {
    HttpRequest request = b.build();
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
