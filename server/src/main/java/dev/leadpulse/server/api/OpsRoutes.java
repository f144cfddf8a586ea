package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.observe.ServerMetrics;
import dev.leadpulse.server.pipeline.ScoringPipeline;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;

/**
 * For operators and integrations: {@code /health} (liveness and readiness), {@code /metrics}
 * (Prometheus text), and {@code /api/stage-changes?after=SEQ}, the feed of recorded stage
 * changes that plays and CRMs consume in order.
 */
public final class OpsRoutes {
  private final ObjectMapper json;
  private final Store store;
  private final ScoringPipeline pipeline;
  private final ServerMetrics metrics;
  private final BooleanSupplier ready;

  public OpsRoutes(ObjectMapper json, Store store, ScoringPipeline pipeline, ServerMetrics metrics,
      BooleanSupplier ready) {
    this.json = json;
    this.store = store;
    this.pipeline = pipeline;
    this.metrics = metrics;
    this.ready = ready;
  }

  public void register(RoutesConfig routes) {
    routes.get("/health", this::health);
    routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    routes.get("/api/stage-changes", this::stageChanges);
  }

  private void health(Context ctx) {
    boolean storeUp;
    try {
      store.events().lastSeq();
      storeUp = true;
    } catch (RuntimeException e) {
      storeUp = false;
    }
    boolean isReady = storeUp && ready.getAsBoolean();
    ObjectNode o = json.createObjectNode().put("status", isReady ? "ok" : "unavailable").put("live", true)
        .put("ready", isReady).put("store", storeUp ? "ok" : "down")
        .put("modelVersion", pipeline.live().modelVersion()).put("pendingEvents", pipeline.pendingEvents());
    ctx.status(isReady ? 200 : 503).json(o);
  }

  private void stageChanges(Context ctx) {
    String after = Params.text(ctx, "after");
    long seq;
    try {
      seq = after.isEmpty() ? 0 : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("after must be a stage change's seq, not \"" + after + "\"");
    }
    ArrayNode items = json.createArrayNode();
    store.scores().stageChangesAfter(seq, Params.limit(ctx, 100, 1000)).forEach(c -> items.add(StageChangeJson.of(json, c)));
    ctx.json(json.createObjectNode().set("items", items));
  }
}
