package dev.leadpulse.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.event.Event;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Sends events to a LeadPulse server the way a product would: Segment batches to
 * {@code /v1/batch}, authenticated with the write key, retried on 429 and 503.
 */
public final class DemoTraffic {
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI batch;
  private final String auth;

  public DemoTraffic(String baseUrl, String writeKey) {
    this.batch = URI.create(baseUrl + "/v1/batch");
    this.auth = "Basic " + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code events} in batches of {@code size}, each stamped with its own time. */
  public void send(List<Event> events, int size) throws IOException, InterruptedException {
    for (int from = 0; from < events.size(); from += size) {
      List<Event> part = events.subList(from, Math.min(events.size(), from + size));
      post(part, false);
    }
  }

  /** Sends {@code events} as happening now (their times replaced by the current time). */
  public void sendNow(List<Event> events) throws IOException, InterruptedException {
    post(events, true);
  }

  private void post(List<Event> events, boolean now) throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode();
    ArrayNode batchArray = body.putArray("batch");
    long t = System.currentTimeMillis();
    for (Event e : events) {
      batchArray.add(SegmentJson.of(json, e, now ? t : e.time()));
    }
    HttpRequest request = HttpRequest.newBuilder(batch).header("Authorization", auth)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        return;
      }
      if ((response.statusCode() != 429 && response.statusCode() != 503) || attempt == 10) {
        throw new IOException("the server answered " + response.statusCode() + ": " + response.body());
      }
      Thread.sleep(200L * attempt);
    }
  }
}
