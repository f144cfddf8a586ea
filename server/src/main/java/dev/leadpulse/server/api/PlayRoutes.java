package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.TaskRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * What the plays did, in the API: the outbox ({@code /api/deliveries}, with the dead-letter
 * list and a manual retry), tasks, and a person's play history with the reasons plays were
 * suppressed ({@code /api/people/{id}/plays}).
 */
public final class PlayRoutes {
  private final ObjectMapper json;
  private final Store store;
  private final Readings readings;
  private final Clock clock;

  public PlayRoutes(ObjectMapper json, Store store, Readings readings, Clock clock) {
    this.json = json;
    this.store = store;
    this.readings = readings;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/deliveries", this::deliveries);
    routes.get("/api/deliveries/{id}", ctx -> ctx.json(delivery(store.outbox().get(ctx.pathParam("id"))
        .orElseThrow(() -> ApiException.notFound("no delivery \"" + ctx.pathParam("id") + "\"")))));
    routes.post("/api/deliveries/{id}/retry", this::retry);
    routes.get("/api/tasks", this::tasks);
    routes.get("/api/people/{id}/plays", this::personPlays);
  }

  private void deliveries(Context ctx) {
    String status = Params.text(ctx, "status");
    if (!status.isEmpty() && !Delivery.STATUSES.contains(status)) {
      throw ApiException.badRequest("status must be pending, delivered or dead, not \"" + status + "\"");
    }
    ArrayNode items = json.createArrayNode();
    store.outbox().list(status, Params.limit(ctx, 100, 1000)).forEach(d -> items.add(delivery(d)));
    ctx.json(json.createObjectNode().set("items", items));
  }

  private void retry(Context ctx) {
    String id = ctx.pathParam("id");
    Delivery d = store.outbox().get(id).orElseThrow(() -> ApiException.notFound("no delivery \"" + id + "\""));
    if (!store.outbox().retry(id, clock.millis())) {
      throw new ApiException(409, "already_delivered", "delivery " + id + " was delivered; it is not sent again");
    }
    ctx.json(delivery(store.outbox().get(id).orElse(d)));
  }

  private void tasks(Context ctx) {
    String status = Params.text(ctx, "status");
    if (!status.isEmpty() && !status.equals("open") && !status.equals("done")) {
      throw ApiException.badRequest("status must be open or done, not \"" + status + "\"");
    }
    ArrayNode items = json.createArrayNode();
    store.tasks().list(Params.text(ctx, "owner"), status, Params.limit(ctx, 100, 1000)).forEach(t -> items.add(task(t)));
    ctx.json(json.createObjectNode().set("items", items));
  }

  private void personPlays(Context ctx) {
    String key = readings.resolve(ctx.pathParam("id"))
        .orElseThrow(() -> ApiException.notFound("no person \"" + ctx.pathParam("id") + "\""));
    ObjectNode o = json.createObjectNode();
    o.put("person", key);
    ArrayNode history = o.putArray("items");
    for (PlayRows.History h : store.playLog().of(key)) {
      history.addObject().put("play", h.play()).put("time", ScoreJson.time(h.time())).put("outcome", h.outcome())
          .put("summary", h.summary()).put("detail", h.detail()).put("owner", h.owner()).put("alerted", h.alerted());
    }
    ArrayNode tasks = o.putArray("tasks");
    store.tasks().of(key).forEach(t -> tasks.add(task(t)));
    ctx.json(o);
  }

  private ObjectNode delivery(Delivery d) {
    ObjectNode o = json.createObjectNode().put("id", d.id()).put("person", d.person()).put("play", d.play())
        .put("channel", d.channel()).put("target", d.target()).put("owner", d.owner()).put("status", d.status())
        .put("attempts", d.attempts()).put("lastError", d.lastError()).put("createdAt", ScoreJson.time(d.createdAt()));
    if (d.status().equals("pending")) {
      o.put("nextAttemptAt", ScoreJson.time(d.nextAttemptAt()));
    } else {
      o.put("finishedAt", ScoreJson.time(d.deliveredAt()));
    }
    return o;
  }

  private ObjectNode task(TaskRow t) {
    return json.createObjectNode().put("id", t.id()).put("person", t.person()).put("play", t.play())
        .put("owner", t.owner()).put("title", t.title()).put("body", t.body()).put("priority", t.priority())
        .put("createdAt", ScoreJson.time(t.createdAt())).put("dueAt", ScoreJson.time(t.dueAt()))
        .put("status", t.status());
  }
}
