package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.server.reports.ResponseTimes;
import dev.leadpulse.store.Reports;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;

/**
 * Feedback and SLAs. {@code GET /api/reports/response-times[?since=T]}: per owner, triggers,
 * how many were touched, and the median and p90 time from trigger to first touch (seconds).
 * {@code GET /api/reports/acceptance?threshold=90}: the share of people scoring at least the
 * threshold who were accepted (or converted), against the guides' bar of 75%.
 * {@code GET /api/reports/untouched?threshold=90&older_than=15m}: leads over the threshold with
 * no disposition since they got there, hot for longer than {@code older_than}.
 */
public final class ReportRoutes {
  /** The guides' bar: 75% of leads over the threshold accepted. */
  static final double ACCEPTANCE_TARGET = 0.75;

  private final ObjectMapper json;
  private final Store store;
  private final Clock clock;

  public ReportRoutes(ObjectMapper json, Store store, Clock clock) {
    this.json = json;
    this.store = store;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/reports/response-times", this::responseTimes);
    routes.get("/api/reports/acceptance", this::acceptance);
    routes.get("/api/reports/untouched", this::untouched);
  }

  private void responseTimes(Context ctx) {
    long since = Params.time(ctx, "since").orElse(0L);
    ArrayNode owners = json.createArrayNode();
    for (ResponseTimes.OwnerTimes t : ResponseTimes.byOwner(store.reports().responses(since))) {
      ObjectNode o = owners.addObject().put("owner", t.owner()).put("triggers", t.triggers())
          .put("touched", t.touched()).put("untouched", t.triggers() - t.touched());
      if (t.touched() > 0) {
        o.put("medianSeconds", t.median() / 1000.0).put("p90Seconds", t.p90() / 1000.0);
      }
    }
    ctx.json(json.createObjectNode().set("owners", owners));
  }

  private void acceptance(Context ctx) {
    long threshold = threshold(ctx);
    Reports.Acceptance a = store.reports().acceptance(threshold);
    ObjectNode o = json.createObjectNode().put("threshold", Hundredths.toDecimal(threshold)).put("over", a.over())
        .put("accepted", a.accepted()).put("target", ACCEPTANCE_TARGET);
    if (a.over() > 0) {
      double share = (double) a.accepted() / a.over();
      o.put("share", share).put("meetsTarget", share >= ACCEPTANCE_TARGET);
    }
    ctx.json(o);
  }

  private void untouched(Context ctx) {
    long threshold = threshold(ctx);
    String olderText = Params.text(ctx, "older_than");
    Duration older = olderText.isEmpty() ? Duration.ofMinutes(15) : Durations.parse(olderText)
        .orElseThrow(() -> ApiException.badRequest("older_than \"" + olderText + "\" is not a duration like 15m"));
    long now = clock.millis();
    ArrayNode items = json.createArrayNode();
    for (Reports.Untouched u : store.reports().untouched(threshold, now - older.toMillis(),
        Params.limit(ctx, 100, 1000))) {
      items.addObject().put("person", u.person()).put("owner", u.owner()).put("score", Hundredths.toDecimal(u.score()))
          .put("hotSince", ScoreJson.time(u.hotSince())).put("minutesUntouched", (now - u.hotSince()) / 60_000);
    }
    ctx.json(json.createObjectNode().put("threshold", Hundredths.toDecimal(threshold))
        .put("olderThan", Durations.format(older)).set("items", items));
  }

  private static long threshold(Context ctx) {
    return Params.hundredths(ctx, "threshold")
        .orElseThrow(() -> ApiException.badRequest("threshold is required: a score, e.g. threshold=90"));
  }
}
