package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.model.Stage;
import dev.leadpulse.server.observe.IngestDays;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.Analytics;
import dev.leadpulse.store.Reports;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /analytics[?high=POINTS]}: how the scoring performs. Score distribution and conversion
 * by score band, the stage funnel, response times per owner against the SLA over the last 30 days,
 * the acceptance of high scores (the top 10% by default, or {@code high} points and over), and
 * ingestion health over the last 30 days. Every figure is an aggregate query ({@link Analytics},
 * {@link Reports}, the daily ingestion tallies); the independent ones run at once.
 */
final class AnalyticsPage {
  static final int DAYS = 30;
  /** By default, "high scores" are the top tenth of people by score. */
  static final int TOP_PERCENT = 10;
  private static final long DAY_MILLIS = 86_400_000L;

  private final Store store;
  private final LiveBoard board;
  private final ActivePlays plays;
  private final Charts charts;
  private final Templates templates;
  private final Clock clock;

  AnalyticsPage(Store store, LiveBoard board, ActivePlays plays, ObjectMapper json, Templates templates, Clock clock) {
    this.store = store;
    this.board = board;
    this.plays = plays;
    this.charts = new Charts(json);
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/analytics", this::page);
  }

  private void page(Context ctx) {
    Optional<Long> high = points(ctx.queryParam("high"));
    long now = clock.millis();
    List<String> stages = board.model().stages().stream().map(Stage::name).toList();
    long today = IngestDays.day(now);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var scores = async(pool, () -> store.analytics().scoreRange()
          .map(r -> ScoreScale.of(r.min(), r.max()))
          .map(s -> ScoreFigures.of(s, store.analytics().histogram(s.lo(), s.bucket()))));
      var funnel = async(pool, () -> store.analytics().funnel(stages));
      var responses = async(pool, () -> store.reports().responses(now - DAYS * DAY_MILLIS));
      var tallies = async(pool, () -> store.ingestTallies().since(today - DAYS + 1));
      var acceptance = scores.thenApplyAsync(s -> acceptance(high, s.map(ScoreFigures::people).orElse(0L)), pool);
      long people = scores.join().map(ScoreFigures::people).orElse(0L);
      long converted = scores.join().map(ScoreFigures::converted).orElse(0L);
      IngestHealth ingest = IngestHealth.of(tallies.join(), today - DAYS + 1, today);
      templates.render(ctx, "analytics.jte", Map.of(
          "chrome", new Chrome("Analytics", "analytics", SignIn.viewer(ctx)),
          "scripts", Charts.CHART_JS,
          "scores", scores.join(),
          "histogram", scores.join().map(this::histogram).orElse(""),
          "funnel", Funnel.of(people, converted, funnel.join()),
          "owners", OwnerSla.of(responses.join(), plays.get(), LeadView.DEFAULT_SLA_MILLIS, now),
          "sla", Format.span(LeadView.DEFAULT_SLA_MILLIS),
          "acceptance", acceptance.join(),
          "ingest", ingest,
          "ingestChart", ingestChart(ingest)));
    }
  }

  private static <T> CompletableFuture<T> async(ExecutorService pool, Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, pool);
  }

  private HighScores acceptance(Optional<Long> high, long people) {
    long threshold = high.orElseGet(() -> store.analytics().scoreAtRank(Math.max(0, people * TOP_PERCENT / 100 - 1))
        .orElse(0));
    Reports.Acceptance a = store.reports().acceptance(threshold);
    return new HighScores(threshold, high.isPresent(), a.over(), a.accepted());
  }

  private String histogram(ScoreFigures s) {
    return charts.bars(s.buckets().stream().map(ScoreFigures.Row::label).toList(),
        List.of(new Charts.Series("People", "#2f6fed", s.buckets().stream().map(ScoreFigures.Row::people).toList())),
        "Score", "People");
  }

  private String ingestChart(IngestHealth health) {
    return charts.bars(health.days().stream().map(IngestHealth.Day::label).toList(), List.of(
        new Charts.Series("Accepted", "#1e8e5a", health.days().stream().map(IngestHealth.Day::accepted).toList()),
        new Charts.Series("Rejected", "#d93025", health.days().stream().map(IngestHealth.Day::rejected).toList())),
        "Day (UTC)", "Events");
  }

  /** A score in points from a query parameter, in hundredths; empty when absent or blank. */
  private static Optional<Long> points(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.strip()).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
          .longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new BadRequestResponse("high must be a score in points, like 90; not \"" + text + "\"");
    }
  }
}
