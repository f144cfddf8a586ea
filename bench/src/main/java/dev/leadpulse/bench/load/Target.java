package dev.leadpulse.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under load. Batches are posted with the write key as the Basic user name: on the
 * load's hot path over {@link BatchConnection}s, one per sender; at a low rate (the visibility
 * probe's markers) over one keep-alive HTTP/1.1 client, the JDK's, which pools its connections
 * and also reads a person's score with the admin token.
 */
final class Target {
  private static final Pattern SCORE = Pattern.compile("\"score\"\\s*:\\s*(-?[0-9.eE+-]+)");

  private final URI batch;
  private final String base;
  private final String basicAuth;
  private final String bearer;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  Target(String baseUrl, String writeKey, String adminToken) {
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.batch = URI.create(base + "/v1/batch");
    this.basicAuth = "Basic " + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
    this.bearer = "Bearer " + adminToken;
  }

  /** A connection of its own for a sender of batches; the caller closes it. */
  BatchConnection batchConnection() {
    return new BatchConnection(batch, basicAuth);
  }

  /** Posts a batch body over the shared client; true when acknowledged ({@code 200} with {@code "success":true}). */
  boolean post(byte[] body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(batch).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("Authorization", basicAuth)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 && r.body().replace(" ", "").contains("\"success\":true");
  }

  /** The person's score from {@code GET /api/people/{id}}; empty when unknown (404). */
  OptionalDouble score(String personId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/people/" + personId))
        .timeout(Duration.ofSeconds(10)).header("Authorization", bearer).GET().build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 404) {
      return OptionalDouble.empty();
    }
    Matcher m = SCORE.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IOException("GET /api/people/" + personId + " answered " + r.statusCode() + ": " + r.body());
    }
    return OptionalDouble.of(Double.parseDouble(m.group(1)));
  }
}
