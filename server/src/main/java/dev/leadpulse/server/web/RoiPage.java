package dev.leadpulse.server.web;

import dev.leadpulse.core.model.Stage;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.Analytics;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /roi}: the ROI calculator ({@link Roi}), with the formulas and the worked numbers.
 * The form's defaults come from the data where it has them: leads a month are the people who
 * reached the model's first stage (or a later one) in the last 30 days; the baseline conversion
 * rate is that of everyone scored (leads as they come, unranked); the scored rate is that of the
 * people who reached the first stage (the leads the scores send to sales); reps are the owners of
 * the plays file. The rest are estimates to replace. {@code GET /roi/figures} answers the
 * figures alone for the same parameters: htmx recalculates as you type.
 */
final class RoiPage {
  private static final long MONTH_MILLIS = 30L * 86_400_000L;

  private final Store store;
  private final LiveBoard board;
  private final ActivePlays plays;
  private final Templates templates;
  private final Clock clock;

  RoiPage(Store store, LiveBoard board, ActivePlays plays, Templates templates, Clock clock) {
    this.store = store;
    this.board = board;
    this.plays = plays;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/roi", this::page);
    routes.get("/roi/figures", this::figures);
  }

  private void page(Context ctx) {
    RoiForm form = RoiForm.of(ctx::queryParam, defaults());
    templates.render(ctx, "roi.jte", Map.of("chrome", new Chrome("ROI", "roi", SignIn.viewer(ctx)), "form", form));
  }

  /** The figures alone. htmx sends every input, so the defaults (four queries) are read only when one is missing. */
  private void figures(Context ctx) {
    RoiForm form = RoiForm.of(ctx::queryParam, RoiForm.complete(ctx::queryParam) ? Map.of() : defaults());
    templates.render(ctx, "roiFigures.jte", Map.of("form", form));
  }

  /** Each input's default and where it came from. */
  Map<String, RoiForm.Default> defaults() {
    List<String> stages = board.model().stages().stream().map(Stage::name).toList();
    String first = stages.isEmpty() ? "" : stages.getFirst();
    Analytics analytics = store.analytics();
    // One bucket spanning every score gives everyone and everyone converted.
    Analytics.Bucket all = analytics.scoreRange()
        .flatMap(r -> analytics.histogram(r.min(), r.max() - r.min() + 1).stream().findFirst())
        .orElse(new Analytics.Bucket(0, 0, 0));
    Analytics.Reach reached = stages.isEmpty() ? new Analytics.Reach("", 0, 0) : analytics.funnel(stages).getFirst();
    long recent = analytics.entered(stages, clock.millis() - MONTH_MILLIS);
    int owners = plays.get().owners().size();
    return Map.of(
        "leads", recent > 0
            ? data(recent, recent + " people reached " + first + " or a later stage in the last 30 days.")
            : example(100, stages.isEmpty() ? "The model has no stages to count leads by." : "No one reached " + first
                + " in the last 30 days."),
        "baseline", all.converted() > 0
            ? rate(all.converted(), all.people(), all.converted() + " of all " + all.people()
                + " people scored converted: the rate of leads taken as they come, without a score.")
            : example(2, "No conversions recorded yet."),
        "scored", reached.converted() > 0
            ? rate(reached.converted(), reached.people(), reached.converted() + " of the " + reached.people()
                + " people who reached " + first + " converted: the rate of the leads the scores send.")
            : example(5, "No one who reached " + (first.isEmpty() ? "a stage" : first) + " has converted yet."),
        "reps", owners > 0 ? data(owners, owners + " owners in the plays file.") : example(5, "No owners in the plays file."),
        "acv", estimate(12_000),
        "hours", estimate(3),
        "hourly", estimate(50),
        "cost", estimate(20_000));
  }

  private static RoiForm.Default data(long value, String why) {
    return new RoiForm.Default(BigDecimal.valueOf(value), "From your data: " + why);
  }

  private static RoiForm.Default rate(long part, long of, String why) {
    BigDecimal percent = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    return new RoiForm.Default(percent, "From your data: " + why);
  }

  private static RoiForm.Default example(long value, String why) {
    return new RoiForm.Default(BigDecimal.valueOf(value), "An example figure to replace: " + why);
  }

  private static RoiForm.Default estimate(long value) {
    return new RoiForm.Default(BigDecimal.valueOf(value), "Your estimate (an example to replace).");
  }
}
