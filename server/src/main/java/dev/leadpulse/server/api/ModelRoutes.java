package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.InvalidModelException;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.core.model.yaml.ModelWriter;
import dev.leadpulse.core.model.yaml.Problem;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Rescoring;
import dev.leadpulse.store.ModelVersions;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The scoring model: the active version (YAML and parsed), every version, validating a draft
 * (every problem with its line and rule), and publishing one: it is stored as a new version
 * and everyone is rescored in the background while the active version keeps serving; the
 * progress is at {@code GET /api/model/rescore}.
 *
 * <p>Drafts are sent as the YAML text itself ({@code Content-Type: application/yaml} or
 * text), or as JSON {@code {"yaml": "…", "author": "…"}}.
 */
public final class ModelRoutes {
  private final ObjectMapper json;
  private final Store store;
  private final LiveBoard live;
  private final Rescoring rescoring;
  private final YAMLMapper yaml = new YAMLMapper();

  public ModelRoutes(ObjectMapper json, Store store, LiveBoard live, Rescoring rescoring) {
    this.json = json;
    this.store = store;
    this.live = live;
    this.rescoring = rescoring;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/model", this::active);
    routes.get("/api/model/versions", this::versions);
    routes.get("/api/model/versions/{version}", this::version);
    routes.post("/api/model/validate", this::validate);
    routes.post("/api/model/publish", this::publish);
    routes.get("/api/model/rescore", this::progress);
  }

  private void active(Context ctx) {
    Model model = live.model();
    ObjectNode o = json.createObjectNode();
    o.put("version", live.modelVersion());
    o.put("name", model.name());
    String text = store.models().get(live.modelVersion()).map(ModelVersions.ModelVersion::yaml)
        .orElseGet(() -> ModelWriter.write(model));
    o.put("yaml", text);
    o.set("parsed", parsed(model));
    ctx.json(o);
  }

  private JsonNode parsed(Model model) {
    try {
      return yaml.readTree(ModelWriter.write(model));
    } catch (IOException e) {
      throw new IllegalStateException("a written model reads back as YAML", e);
    }
  }

  private void versions(Context ctx) {
    ArrayNode items = json.createArrayNode();
    store.models().list().forEach(v -> items.add(summary(v)));
    ctx.json(json.createObjectNode().set("items", items));
  }

  private void version(Context ctx) {
    int n = Params.version(ctx);
    ModelVersions.ModelVersion v = store.models().get(n)
        .orElseThrow(() -> ApiException.notFound("no model version " + n));
    ctx.json(summary(v).put("yaml", v.yaml()));
  }

  private ObjectNode summary(ModelVersions.ModelVersion v) {
    return json.createObjectNode().put("version", v.version()).put("name", v.name()).put("author", v.author())
        .put("publishedAt", ScoreJson.time(v.publishedAt())).put("status", v.status());
  }

  private void validate(Context ctx) {
    Drafts.Draft draft = draft(ctx);
    List<Problem> problems = ModelReader.problems(draft.yaml());
    ObjectNode o = json.createObjectNode().put("valid", problems.isEmpty());
    o.set("problems", problems(problems));
    ctx.json(o);
  }

  private void publish(Context ctx) {
    Drafts.Draft draft = draft(ctx);
    Model model;
    try {
      model = ModelReader.read(draft.yaml());
    } catch (InvalidModelException e) {
      ObjectNode o = json.createObjectNode().put("code", "invalid_model")
          .put("message", e.problems().size() + " problem(s) in the model; nothing was published");
      o.set("problems", problems(e.problems()));
      ctx.status(422).json(o);
      return;
    }
    Rescoring.Publication p = rescoring.publish(model, draft.yaml(), draft.author())
        .orElseThrow(() -> new ApiException(409, "busy", "a rescoring is running; publish again when it is done"));
    ctx.status(202).json(summary(p.version()).set("rescore", progressJson(p.progress())));
  }

  private void progress(Context ctx) {
    Rescoring.Progress p = rescoring.progress()
        .orElseThrow(() -> ApiException.notFound("no model has been published since the server started"));
    ctx.json(progressJson(p));
  }

  private ObjectNode progressJson(Rescoring.Progress p) {
    ObjectNode o = json.createObjectNode().put("version", p.version()).put("phase", p.phase())
        .put("done", p.done()).put("total", p.total())
        .put("percent", p.total() == 0 ? 100 : Math.min(100, p.done() * 100 / p.total()))
        .put("startedAt", ScoreJson.time(p.startedAt()));
    if (p.finishedAt() > 0) {
      o.put("finishedAt", ScoreJson.time(p.finishedAt()));
    }
    if (!p.error().isEmpty()) {
      o.put("error", p.error());
    }
    return o;
  }

  private ArrayNode problems(List<Problem> problems) {
    return Drafts.problems(json, problems);
  }

  private Drafts.Draft draft(Context ctx) {
    return Drafts.read(json, ctx, "the model");
  }
}
