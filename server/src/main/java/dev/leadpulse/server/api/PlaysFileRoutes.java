package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.model.yaml.InvalidPlaysException;
import dev.leadpulse.core.model.yaml.PlaysReader;
import dev.leadpulse.core.model.yaml.Problem;
import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Play;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.PlaysVersions;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * The plays file, versioned like the model: the active version (YAML and parsed, without
 * webhook secrets), every version, validating a draft (every problem with its line and play),
 * and publishing one, which is in force for the next trigger at once (nothing is rescored).
 * Drafts are sent as in {@link Drafts}.
 */
public final class PlaysFileRoutes {
  private final ObjectMapper json;
  private final Store store;
  private final ActivePlays plays;
  private final Clock clock;

  public PlaysFileRoutes(ObjectMapper json, Store store, ActivePlays plays, Clock clock) {
    this.json = json;
    this.store = store;
    this.plays = plays;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/plays", this::active);
    routes.get("/api/plays/versions", this::versions);
    routes.get("/api/plays/versions/{version}", this::version);
    routes.post("/api/plays/validate", this::validate);
    routes.post("/api/plays/publish", this::publish);
  }

  private void active(Context ctx) {
    ActivePlays.InForce now = plays.current();
    ObjectNode o = json.createObjectNode().put("version", now.version()).put("yaml", now.yaml());
    if (now.version() > 0) {
      o.put("author", now.author()).put("publishedAt", ScoreJson.time(now.since()));
    }
    o.set("parsed", parsed(now.plays()));
    ctx.json(o);
  }

  private ObjectNode parsed(Plays p) {
    ObjectNode o = json.createObjectNode();
    ArrayNode owners = o.putArray("owners");
    p.owners().forEach(ow -> owners.addObject().put("id", ow.id()).put("name", ow.name()).put("email", ow.email())
        .put("team", ow.team()));
    ArrayNode items = o.putArray("plays");
    for (Play play : p.plays()) {
      ObjectNode item = items.addObject().put("id", play.id()).put("on", play.trigger().describe())
          .put("when", play.when().map(c -> c.source()).orElse("")).put("priority", play.priority())
          .put("cooldown", play.cooldown().isZero() ? "" : Durations.format(play.cooldown()));
      ArrayNode actions = item.putArray("actions");
      play.actions().forEach(a -> actions.add(kind(a)));
    }
    Plays.Settings s = p.settings();
    o.putObject("settings").put("alerts_per_owner_per_hour", s.alertsPerOwnerPerHour())
        .put("person_url", s.personUrl()).put("smtp_host", s.smtpHost()).put("smtp_port", s.smtpPort())
        .put("mail_from", s.mailFrom()).put("max_attempts", s.maxAttempts());
    return o;
  }

  private static String kind(Action a) {
    return switch (a) {
      case Action.Assign x -> "assign";
      case Action.Task x -> "task";
      case Action.Slack x -> "slack";
      case Action.Webhook x -> "webhook";
      case Action.Email x -> "email";
    };
  }

  private void versions(Context ctx) {
    ArrayNode items = json.createArrayNode();
    store.plays().list().forEach(v -> items.add(summary(v)));
    ctx.json(json.createObjectNode().set("items", items));
  }

  private void version(Context ctx) {
    int n = Params.version(ctx);
    PlaysVersions.PlaysVersion v = store.plays().get(n)
        .orElseThrow(() -> ApiException.notFound("no plays version " + n));
    ctx.json(summary(v).put("yaml", v.yaml()));
  }

  private ObjectNode summary(PlaysVersions.PlaysVersion v) {
    return json.createObjectNode().put("version", v.version()).put("author", v.author())
        .put("publishedAt", ScoreJson.time(v.publishedAt())).put("status", v.status());
  }

  private void validate(Context ctx) {
    List<Problem> problems = PlaysReader.problems(Drafts.read(json, ctx, "the plays file").yaml());
    ObjectNode o = json.createObjectNode().put("valid", problems.isEmpty());
    o.set("problems", Drafts.problems(json, problems));
    ctx.json(o);
  }

  private void publish(Context ctx) {
    Drafts.Draft draft = Drafts.read(json, ctx, "the plays file");
    ActivePlays.InForce published;
    try {
      published = plays.publish(draft.yaml(), draft.author(), clock.millis());
    } catch (InvalidPlaysException e) {
      ObjectNode o = json.createObjectNode().put("code", "invalid_plays")
          .put("message", e.problems().size() + " problem(s) in the plays file; nothing was published");
      o.set("problems", Drafts.problems(json, e.problems()));
      ctx.status(422).json(o);
      return;
    }
    ctx.status(201).json(summary(store.plays().get(published.version()).orElseThrow()));
  }
}
