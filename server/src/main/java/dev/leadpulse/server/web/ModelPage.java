package dev.leadpulse.server.web;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.core.model.yaml.ModelWriter;
import dev.leadpulse.core.model.yaml.Problem;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Rescoring;
import dev.leadpulse.store.ModelVersions;
import dev.leadpulse.store.ModelVersions.ModelVersion;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring model page: the active model as a scoring table; its YAML in an editor that
 * validates a draft without publishing it (problems listed and marked at their lines); publishing
 * a valid draft as a new version (admins only) with the rescoring's progress, polled until done;
 * and the versions, with a line diff of any two. Reads only the model versions (a handful of
 * rows) and the live board's model: nothing per person.
 */
final class ModelPage {
  private final ModelVersions versions;
  private final LiveBoard board;
  private final Rescoring rescoring;
  private final Templates templates;
  private final Clock clock;

  ModelPage(ModelVersions versions, LiveBoard board, Rescoring rescoring, Templates templates, Clock clock) {
    this.versions = versions;
    this.board = board;
    this.rescoring = rescoring;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/model", this::page);
    routes.post("/model/validate", this::validate);
    routes.post("/model/publish", this::publish);
    routes.get("/model/progress", this::progress);
    routes.get("/model/versions", this::versionList);
    routes.get("/model/diff", this::diff);
  }

  private void page(Context ctx) {
    Model model = board.model();
    Optional<ModelVersion> active = versions.get(board.modelVersion());
    List<ModelVersion> all = versions.list();
    String yaml = active.map(ModelVersion::yaml).orElseGet(() -> ModelWriter.write(model));
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", new Chrome("Model", "model", SignIn.viewer(ctx)));
    params.put("model", model);
    params.put("active", active.map(VersionRow::of).orElse(new VersionRow(board.modelVersion(), model.name(), "", "",
        "active")));
    params.put("table", ScoringTable.of(model));
    params.put("editor", EditorView.of(yaml, List.of()));
    params.put("versions", all.stream().map(VersionRow::of).toList());
    params.put("diff", all.size() < 2 ? DiffView.NONE : diffOf(all.get(1), all.get(0)));
    params.put("rescore", rescoring.progress().filter(Rescoring.Progress::running)
        .map(p -> RescoreView.of(p, clock.millis())));
    templates.render(ctx, "model.jte", params);
  }

  /** Checks the draft in the form; answers with its problems (or that it is valid), and the gutter marked. */
  private void validate(Context ctx) {
    String yaml = draft(ctx);
    List<Problem> problems = ModelReader.problems(yaml);
    String verdict = problems.isEmpty() ? valid(ModelReader.read(yaml)) + " Nothing was published." : "";
    check(ctx, EditorView.of(yaml, problems), verdict);
  }

  /**
   * Publishes a valid draft as a new version and answers with the rescoring's progress. An
   * invalid draft is never stored: 422 with its problems (retargeted to the problems list). 409
   * while another rescoring runs, or when the draft is the active version's text.
   */
  private void publish(Context ctx) {
    SignIn.requireAdmin(ctx);
    String yaml = draft(ctx);
    List<Problem> problems = ModelReader.problems(yaml);
    if (!problems.isEmpty()) {
      ctx.status(422).header("HX-Retarget", "#model-check").header("HX-Reswap", "innerHTML");
      check(ctx, EditorView.of(yaml, problems), "");
      return;
    }
    Model model = ModelReader.read(yaml);
    if (versions.get(board.modelVersion()).filter(v -> v.yaml().equals(yaml)).isPresent()) {
      note(ctx, 409, "This is the active version's text: there is nothing new to publish.");
      return;
    }
    Optional<Rescoring.Publication> published = rescoring.publish(model, yaml, SignIn.viewer(ctx).name());
    if (published.isEmpty()) {
      note(ctx, 409, "A rescoring is running; publish again when it is done.");
      return;
    }
    ctx.status(202); // with the progress, the problems of earlier checks are cleared: this text has none
    templates.render(ctx, "modelPublished.jte", Map.of("rescore", RescoreView.of(published.get().progress(),
        clock.millis()), "editor", EditorView.of(yaml, List.of())));
  }

  /** The latest rescoring's progress; when it has just finished, tells the page to refresh the versions. */
  private void progress(Context ctx) {
    Optional<Rescoring.Progress> p = rescoring.progress();
    if (p.isEmpty()) {
      ctx.html("");
      return;
    }
    if (!p.get().running()) {
      ctx.header("HX-Trigger", "model-published");
    }
    templates.render(ctx, "modelProgress.jte", Map.of("rescore", RescoreView.of(p.get(), clock.millis())));
  }

  private void versionList(Context ctx) {
    templates.render(ctx, "modelVersions.jte", Map.of("versions", versions.list().stream().map(VersionRow::of)
        .toList()));
  }

  private void diff(Context ctx) {
    ModelVersion from = version(ctx, "from");
    ModelVersion to = version(ctx, "to");
    templates.render(ctx, "versionDiff.jte", Map.of("diff", diffOf(from, to)));
  }

  private static DiffView diffOf(ModelVersion from, ModelVersion to) {
    return DiffView.of(from.version(), from.yaml(), to.version(), to.yaml());
  }

  private ModelVersion version(Context ctx, String param) {
    String text = String.valueOf(ctx.queryParam(param));
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(param + " must be a version number, not \"" + text + "\"");
    }
    return versions.get(n).orElseThrow(() -> new NotFoundResponse("no model version " + n));
  }

  private void check(Context ctx, EditorView editor, String verdict) {
    templates.render(ctx, "modelCheck.jte", Map.of("editor", editor, "verdict", verdict));
  }

  private void note(Context ctx, int status, String text) {
    ctx.status(status);
    templates.render(ctx, "note.jte", Map.of("text", text, "kind", "error"));
  }

  private static String valid(Model m) {
    return "Valid: " + m.engagement().size() + " engagement rule(s), " + m.fit().size() + " fit rule(s), "
        + m.stages().size() + " stage(s).";
  }

  private static String draft(Context ctx) {
    String yaml = ctx.formParam("yaml");
    if (yaml == null || yaml.isBlank()) {
      throw new BadRequestResponse("the model's YAML is empty");
    }
    return EditorView.normalised(yaml);
  }
}
