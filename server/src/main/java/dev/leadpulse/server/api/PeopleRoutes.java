package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.server.pipeline.Privacy;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.store.Dispositions;
import dev.leadpulse.store.LoggedEvent;
import dev.leadpulse.store.Page;
import dev.leadpulse.store.PersonQuery;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * People: the list (from the stored scores: filter, sort, page), one person as of now or any
 * time (from the live board: score, explanation, stage history), their events, score over
 * time, stage changes, dispositions, and the privacy export and erasure.
 */
public final class PeopleRoutes {
  private final ObjectMapper json;
  private final Store store;
  private final Readings readings;
  private final Privacy privacy;
  private final Clock clock;

  public PeopleRoutes(ObjectMapper json, Store store, Readings readings, Privacy privacy, Clock clock) {
    this.json = json;
    this.store = store;
    this.readings = readings;
    this.privacy = privacy;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/people", this::list);
    routes.get("/api/people/{id}", this::one);
    routes.get("/api/people/{id}/events", this::events);
    routes.get("/api/people/{id}/history", this::history);
    routes.get("/api/people/{id}/stage-changes", this::stageChanges);
    routes.get("/api/people/{id}/dispositions", this::dispositions);
    routes.post("/api/people/{id}/dispositions", this::addDisposition);
    routes.get("/api/people/{id}/export", this::export);
    routes.delete("/api/people/{id}", this::erase);
  }

  private void list(Context ctx) {
    String sort = Params.text(ctx, "sort");
    PersonQuery.Sort order = switch (sort) {
      case "", "score" -> PersonQuery.Sort.SCORE;
      case "last_activity" -> PersonQuery.Sort.LAST_ACTIVITY;
      default -> throw ApiException.badRequest("sort must be score or last_activity, not \"" + sort + "\"");
    };
    String cursor = Params.text(ctx, "cursor");
    Page<PersonRow> page = store.scores().people(new PersonQuery(Params.text(ctx, "stage"), Params.text(ctx, "grade"),
        Params.hundredths(ctx, "min_score").orElse(Long.MIN_VALUE), Params.text(ctx, "account"), order,
        cursor.isEmpty() ? Optional.empty() : Optional.of(cursor), Params.limit(ctx, 50, 1000)));
    ObjectNode out = json.createObjectNode();
    ArrayNode items = out.putArray("items");
    page.items().forEach(p -> items.add(summary(p)));
    page.next().ifPresentOrElse(n -> out.put("next", n), () -> out.putNull("next"));
    ctx.json(out);
  }

  private ObjectNode summary(PersonRow p) {
    ObjectNode o = json.createObjectNode();
    o.put("id", p.id());
    o.put("anonymous", p.anonymous());
    o.put("score", Hundredths.toDecimal(p.score()));
    o.put("fit", Hundredths.toDecimal(p.fit()));
    o.put("engagement", Hundredths.toDecimal(p.engagement()));
    o.put("stage", p.stage());
    o.put("grade", p.grade());
    o.put("account", p.account());
    o.put("lastEventAt", ScoreJson.time(p.lastEventAt()));
    o.put("updatedAt", ScoreJson.time(p.updatedAt()));
    o.set("traits", read(p.traitsJson()));
    return o;
  }

  private void one(Context ctx) {
    long asOf = Params.time(ctx, "asOf").orElse(clock.millis());
    PersonScore s = readings.person(ctx.pathParam("id"), asOf)
        .orElseThrow(() -> ApiException.notFound("no person \"" + ctx.pathParam("id") + "\""));
    ObjectNode o = json.createObjectNode();
    o.put("asOf", ScoreJson.time(asOf));
    o.setAll(ScoreJson.person(s));
    o.set("traits", json.valueToTree(s.traits()));
    ctx.json(o);
  }

  private String key(Context ctx) {
    return readings.resolve(ctx.pathParam("id"))
        .orElseThrow(() -> ApiException.notFound("no person \"" + ctx.pathParam("id") + "\""));
  }

  private void events(Context ctx) {
    List<LoggedEvent> events = eventsOf(key(ctx), Params.limit(ctx, 100, 10_000));
    ArrayNode out = json.createArrayNode();
    events.forEach(e -> out.add(EventJson.of(json, e)));
    ctx.json(json.createObjectNode().set("items", out));
  }

  private List<LoggedEvent> eventsOf(String key, int limit) {
    Set<String> ids = readings.identities(key);
    List<String> users = new ArrayList<>();
    List<String> visitors = new ArrayList<>();
    for (String node : ids) {
      (node.startsWith("u:") ? users : visitors).add(node.substring(2));
    }
    return store.events().of(users, visitors, limit);
  }

  private void history(Context ctx) {
    ArrayNode out = json.createArrayNode();
    store.scores().history(key(ctx), Params.limit(ctx, 500, 10_000)).forEach(p -> out.addObject()
        .put("time", ScoreJson.time(p.time())).put("score", Hundredths.toDecimal(p.score()))
        .put("fit", Hundredths.toDecimal(p.fit())).put("engagement", Hundredths.toDecimal(p.engagement()))
        .put("stage", p.stage()));
    ctx.json(json.createObjectNode().set("items", out));
  }

  private void stageChanges(Context ctx) {
    ArrayNode out = json.createArrayNode();
    store.scores().stageChangesOf(key(ctx)).forEach(c -> out.add(StageChangeJson.of(json, c)));
    ctx.json(json.createObjectNode().set("items", out));
  }

  private void dispositions(Context ctx) {
    ArrayNode out = json.createArrayNode();
    store.dispositions().of(key(ctx)).forEach(d -> out.add(dispositionJson(d)));
    ctx.json(json.createObjectNode().set("items", out));
  }

  private void addDisposition(Context ctx) {
    String key = key(ctx);
    JsonNode body = Bodies.object(json, ctx);
    String verdict = Bodies.text(body, "verdict", true).toLowerCase(Locale.ROOT);
    if (!Dispositions.VERDICTS.contains(verdict)) {
      throw ApiException.badRequest("verdict must be one of accepted, rejected, contacted, converted, lost; not \""
          + verdict + "\"");
    }
    Dispositions.Disposition d = store.dispositions().add(new Dispositions.Disposition(0, key, verdict,
        Bodies.text(body, "note", false), Bodies.text(body, "author", false), clock.millis()));
    ctx.status(201).json(dispositionJson(d));
  }

  private ObjectNode dispositionJson(Dispositions.Disposition d) {
    return json.createObjectNode().put("id", d.id()).put("person", d.person()).put("verdict", d.verdict())
        .put("note", d.note()).put("author", d.author()).put("time", ScoreJson.time(d.time()));
  }

  private void export(Context ctx) {
    String key = key(ctx);
    long now = clock.millis();
    ObjectNode o = json.createObjectNode();
    o.put("id", key);
    o.put("exportedAt", ScoreJson.time(now));
    o.set("identities", json.valueToTree(readings.identities(key)));
    readings.person(key, now).ifPresent(s -> {
      o.set("score", ScoreJson.person(s));
      o.set("traits", json.valueToTree(s.traits()));
    });
    ArrayNode events = o.putArray("events");
    eventsOf(key, Integer.MAX_VALUE).forEach(e -> events.add(EventJson.of(json, e)));
    ArrayNode history = o.putArray("history");
    store.scores().history(key, Integer.MAX_VALUE).forEach(p -> history.addObject()
        .put("time", ScoreJson.time(p.time())).put("score", Hundredths.toDecimal(p.score())).put("stage", p.stage()));
    ArrayNode stages = o.putArray("stageChanges");
    store.scores().stageChangesOf(key).forEach(c -> stages.add(StageChangeJson.of(json, c)));
    ArrayNode verdicts = o.putArray("dispositions");
    store.dispositions().of(key).forEach(d -> verdicts.add(dispositionJson(d)));
    ctx.header("Content-Disposition", "attachment; filename=\"person-" + key.replaceAll("[^A-Za-z0-9._-]", "_")
        + ".json\"");
    ctx.json(o);
  }

  private void erase(Context ctx) throws Exception {
    String key = key(ctx);
    long events = privacy.erase(key).get();
    ctx.json(json.createObjectNode().put("erased", key).put("events", events));
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (java.io.IOException e) {
      return json.createObjectNode();
    }
  }
}
