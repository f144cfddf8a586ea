package dev.leadpulse.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert latency: from an event sent to the server to the play's webhook received, on loopback.
 * Hosts the webhook receiver (127.0.0.1:{@code --receiver-port}) and, every
 * {@code 1000 / --per-second} ms, sends one {@code Alert Probe} track event for a user of its
 * own through {@code POST /v1/track}. The server runs a plays file whose play fires on that event
 * with a webhook to the receiver ({@code bench/run-alert-latency.sh} writes it); the receiver
 * reads the person's id from the payload. A sample is the time from just before the event was
 * sent to the webhook's arrival, both on this JVM's {@code System.nanoTime}: ingestion, the
 * commit (with the outbox row, in the same transaction), the delivery worker's pick-up and the
 * HTTP delivery. Background traffic comes from {@link LoadGenerator} in another process.
 *
 * <p>Probes are sent on a fixed schedule, each on its own virtual thread, so a slow one does not
 * hold back the next (no coordinated omission). Samples of the first {@code --warmup} seconds
 * are dropped. A probe whose webhook has not arrived 10 s after the end counts as lost.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.leadpulse.bench.load.AlertLatency --url http://127.0.0.1:8080 \
 *   --write-key KEY --receiver-port 9099 --warmup 10 --seconds 45 --per-second 20
 * </pre>
 */
public final class AlertLatency {
  private static final Pattern PERSON = Pattern.compile("\"person\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

  private AlertLatency() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].substring(2), args[i + 1]);
    }
    String url = o.getOrDefault("url", "http://127.0.0.1:8080");
    String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("write-key", "") + ":")
        .getBytes(StandardCharsets.UTF_8));
    double warmup = Double.parseDouble(o.getOrDefault("warmup", "10"));
    double seconds = Double.parseDouble(o.getOrDefault("seconds", "45"));
    double perSecond = Double.parseDouble(o.getOrDefault("per-second", "20"));
    String run = Long.toString(System.currentTimeMillis(), 36);

    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    Map<String, Boolean> measured = new ConcurrentHashMap<>();
    Latencies latency = new Latencies();
    AtomicLong duplicates = new AtomicLong();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1",
        Integer.parseInt(o.getOrDefault("receiver-port", "9099"))), 256);
    receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    receiver.createContext("/hook", exchange -> {
      long arrived = System.nanoTime();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
      Matcher m = PERSON.matcher(body);
      if (m.find()) {
        Long sent = sentAt.remove(m.group(1));
        if (sent == null) {
          duplicates.incrementAndGet();
        } else if (measured.remove(m.group(1)) != null) {
          latency.add(arrived - sent);
        }
      }
    });
    receiver.start();

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    URI track = URI.create(url + "/v1/track");
    AtomicLong refused = new AtomicLong();
    long interval = (long) (1e9 / perSecond);
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmup * 1e9);
    long end = measureFrom + (long) (seconds * 1e9);
    long sentMeasured = 0;
    for (long i = 0; ; i++) {
      long intended = start + i * interval;
      if (intended >= end) {
        break;
      }
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
      String user = "alert-probe-" + run + "-" + i;
      boolean counts = intended >= measureFrom;
      sentMeasured += counts ? 1 : 0;
      byte[] body = ("{\"type\":\"track\",\"userId\":\"" + user + "\",\"event\":\"Alert Probe\",\"messageId\":\""
          + user + "\"}").getBytes(StandardCharsets.UTF_8);
      Thread.ofVirtual().start(() -> {
        if (counts) {
          measured.put(user, true);
        }
        sentAt.put(user, System.nanoTime());
        try {
          HttpResponse<Void> r = http.send(HttpRequest.newBuilder(track).timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json").header("Authorization", auth)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() != 200) {
            refused.incrementAndGet();
          }
        } catch (IOException | InterruptedException e) {
          refused.incrementAndGet();
        }
      });
    }
    long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!measured.isEmpty() && System.nanoTime() < giveUp) {
      Thread.sleep(50);
    }
    receiver.stop(0);
    measured.keySet().stream().sorted().limit(5).forEach(u -> System.out.println("not received: " + u));
    System.out.printf("alert latency (event sent -> webhook received), %.0f probes/s over %.0f s: %s;"
        + " lost %d of %d; refused %d; repeats %d%n", perSecond, seconds, latency.summary(), measured.size(),
        sentMeasured, refused.get(), duplicates.get());
    System.exit(0);
  }
}
