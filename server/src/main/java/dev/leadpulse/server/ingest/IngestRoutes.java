package dev.leadpulse.server.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.event.Rejection;
import dev.leadpulse.store.Credentials;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;

/**
 * The Segment tracking endpoints, each also with a trailing slash. Success is {@code 200}
 * with {@code {"success": true}} (plus {@code accepted} and {@code rejected} when some
 * messages of a batch were refused), sent only after the accepted events are committed.
 * A single call whose message is invalid is refused whole: 400, or 413 when it is over the
 * size limit (the message is then the whole request).
 */
public final class IngestRoutes {
  private final ObjectMapper json;
  private final MessageReader reader;
  private final WriteKeys writeKeys;
  private final EventSink sink;
  private final IngestLimits limits;
  private final IngestMetrics metrics;
  private final Clock clock;

  public IngestRoutes(ObjectMapper json, IngestLimits limits, Credentials credentials, EventSink sink,
      IngestMetrics metrics, Clock clock) {
    this.json = json;
    this.reader = new MessageReader(json, limits);
    this.writeKeys = new WriteKeys(credentials);
    this.sink = sink;
    this.limits = limits;
    this.metrics = metrics;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    for (String path : new String[] {"/v1/batch", "/v1/import"}) {
      routes.post(path, batch());
      routes.post(path + "/", batch());
    }
    for (MessageType type : MessageType.values()) {
      String path = "/v1/" + type.name().toLowerCase(java.util.Locale.ROOT);
      routes.post(path, single(type));
      routes.post(path + "/", single(type));
    }
  }

  private Handler batch() {
    return ctx -> handle(ctx, Optional.empty());
  }

  private Handler single(MessageType type) {
    return ctx -> handle(ctx, Optional.of(type));
  }

  private void handle(Context ctx, Optional<MessageType> single) throws InterruptedException {
    long started = System.nanoTime();
    Instant receivedAt = clock.instant();
    try {
      Optional<String> headerKey = WriteKeys.fromHeader(ctx.header("Authorization"));
      Optional<String> headerSource = headerKey.map(writeKeys::sourceOf);
      UnaryOperator<String> sourceOf = bodyKey -> headerSource.orElseGet(() -> writeKeys.sourceOf(bodyKey));
      byte[] body = RequestBody.read(ctx.bodyInputStream(), ctx.header("Content-Encoding"),
          ctx.contentLength(), limits.maxRequestBytes());
      ParsedRequest parsed = single.isPresent()
          ? reader.readSingle(body, single.get(), receivedAt, sourceOf)
          : reader.readBatch(body, receivedAt, sourceOf);
      metrics.received(parsed.messages());
      if (single.isPresent() && !parsed.rejected().isEmpty()) {
        ParsedRequest.RejectedMessage r = parsed.rejected().getFirst();
        throw new IngestRefused(r.code().equals(Rejection.TOO_LARGE) ? 413 : 400, r.code(), r.message());
      }
      parsed.rejected().forEach(r -> metrics.rejected(r.code(), 1));
      if (!parsed.accepted().isEmpty()) {
        commit(parsed);
      }
      metrics.accepted(parsed.accepted().size());
      ctx.status(200).json(success(parsed));
    } catch (IngestRefused e) {
      metrics.rejected(e.code(), 1);
      e.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Integer.toString(s)));
      ctx.status(e.status()).json(failure(e.code(), e.getMessage()));
    } finally {
      metrics.requestNanos(System.nanoTime() - started);
    }
  }

  private void commit(ParsedRequest parsed) throws InterruptedException {
    try {
      sink.append(parsed.accepted()).get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IngestRefused refused) {
        throw refused;
      }
      throw new IngestRefused(503, "unavailable", "the events could not be stored; retry later ("
          + cause.getMessage() + ")", java.util.OptionalInt.of(1));
    }
  }

  private ObjectNode success(ParsedRequest parsed) {
    ObjectNode o = json.createObjectNode().put("success", true);
    if (!parsed.rejected().isEmpty()) {
      o.put("accepted", parsed.accepted().size());
      ArrayNode rejected = o.putArray("rejected");
      for (ParsedRequest.RejectedMessage r : parsed.rejected()) {
        rejected.addObject().put("index", r.index()).put("messageId", r.messageId()).put("code", r.code())
            .put("message", r.message());
      }
    }
    return o;
  }

  private ObjectNode failure(String code, String message) {
    return json.createObjectNode().put("success", false).put("code", code).put("message", message);
  }
}
