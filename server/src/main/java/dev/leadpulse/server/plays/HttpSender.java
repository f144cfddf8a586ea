package dev.leadpulse.server.plays;

import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.store.Delivery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slack incoming webhooks and Standard Webhooks over HTTP. A webhook carries
 * {@code webhook-id} (the delivery id: the same on every attempt, the receiver's idempotency
 * key), {@code webhook-timestamp} (seconds) and {@code webhook-signature}. 2xx is delivered;
 * 410 is gone for good; anything else, or no answer, is retried (429 and 503 after their
 * {@code Retry-After} when given).
 *
 * <p>A request that fails on the connection itself (the receiver closed a kept-alive
 * connection just as it was reused: no status line came back) is sent once more at once on a
 * fresh connection, rather than waiting out a backoff of seconds: an alert should not be late
 * because of a stale socket. The receiver may then see the delivery twice, which
 * {@code webhook-id} lets it recognise; delivery is at least once in any case.
 */
final class HttpSender implements Sender {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();

  private final Supplier<Plays> plays;

  HttpSender(Supplier<Plays> plays) {
    this.plays = plays;
  }

  @Override
  public Sent send(Delivery d, long now) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(d.target())).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json").header("User-Agent", "LeadPulse")
          .POST(HttpRequest.BodyPublishers.ofString(d.payload()));
    } catch (IllegalArgumentException e) {
      return new Sent.Gone("not a URL: " + d.target());
    }
    if (d.channel().equals("webhook")) {
      Optional<String> secret = secret(d);
      if (secret.isEmpty()) {
        return new Sent.Gone("play " + d.play() + " no longer has this webhook (action " + (d.actionIndex() + 1) + ")");
      }
      long ts = now / 1000;
      b.header("webhook-id", d.id()).header("webhook-timestamp", Long.toString(ts))
          .header("webhook-signature", Signatures.sign(secret.get(), d.id(), ts, d.payload()));
    }
    try {
      HttpResponse<String> r = sendAllowingOneStaleConnection(b.build());
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        return new Sent.Delivered();
      }
      String reason = status + " from " + d.target() + (r.body().isBlank() ? "" : ": " + first(r.body()));
      if (status == 410) {
        return new Sent.Gone(reason);
      }
      return new Sent.Retry(reason, status == 429 || status == 503
          ? r.headers().firstValue("Retry-After").flatMap(HttpSender::seconds) : Optional.empty());
    } catch (IOException e) {
      return new Sent.Retry("no answer from " + d.target() + ": " + e, Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sent.Retry("interrupted while sending", Optional.empty());
    }
  }

  private static HttpResponse<String> sendAllowingOneStaleConnection(HttpRequest request)
      throws IOException, InterruptedException {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.net.http.HttpTimeoutException | java.net.ConnectException e) {
      throw e;
    } catch (IOException e) {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * The signing secret, from the plays in force now (secrets are not stored in the outbox, and a
   * rotated secret applies to what still waits): the play's webhook action at the delivery's
   * index when it still goes to the delivery's URL, else its first webhook to that URL (the
   * actions were reordered in a later version).
   */
  private Optional<String> secret(Delivery d) {
    return plays.get().play(d.play()).flatMap(p -> {
      List<Action.Webhook> hooks = p.actions().stream().filter(Action.Webhook.class::isInstance)
          .map(Action.Webhook.class::cast).filter(w -> w.url().equals(d.target())).toList();
      if (d.actionIndex() >= 0 && d.actionIndex() < p.actions().size()
          && p.actions().get(d.actionIndex()) instanceof Action.Webhook w && hooks.contains(w)) {
        return Optional.of(w.secret());
      }
      return hooks.stream().findFirst().map(Action.Webhook::secret);
    });
  }

  /** {@code Retry-After} in seconds (the HTTP-date form is rare from webhooks receivers and read as absent). */
  static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String first(String body) {
    String line = body.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
