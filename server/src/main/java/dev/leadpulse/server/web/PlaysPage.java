package dev.leadpulse.server.web;

import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.Outbox;
import dev.leadpulse.store.PlaysVersions;
import dev.leadpulse.store.PlaysVersions.PlaysVersion;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plays page: the plays in force in words, the owners by team, what the outbox did lately,
 * the dead-letter list with a retry (admins only; the delivery is due again at once with its
 * attempts reset, as {@code POST /api/deliveries/{id}/retry} does), and the plays file's
 * versions with a line diff of any two. Reads the outbox through its status index only, a
 * bounded number of rows per status: never the whole table.
 */
final class PlaysPage {
  /** How many recent deliveries, and dead letters, the page lists. */
  static final int ROWS = 50;
  private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=_-]+");
  /** The value of a {@code webhook_url:} (Slack's URL is its secret) or {@code secret:} key, quoted or not. */
  private static final Pattern SECRET_VALUE = Pattern.compile("\\b(webhook_url|secret)(\\s*:\\s*)([\"']?)[^\"'\\s,}]+");

  private final Outbox outbox;
  private final PlaysVersions versions;
  private final ActivePlays plays;
  private final Templates templates;
  private final Clock clock;

  PlaysPage(Outbox outbox, PlaysVersions versions, ActivePlays plays, Templates templates, Clock clock) {
    this.outbox = outbox;
    this.versions = versions;
    this.plays = plays;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/plays", this::page);
    routes.post("/plays/deliveries/{id}/retry", this::retry);
    routes.get("/plays/diff", this::diff);
  }

  private void page(Context ctx) {
    ActivePlays.InForce now = plays.current();
    Plays p = now.plays();
    long at = clock.millis();
    List<VersionRow> all = versions.list().stream().map(VersionRow::of).toList();
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", new Chrome("Plays", "plays", SignIn.viewer(ctx)));
    params.put("version", now.version());
    params.put("since", now.version() == 0 ? "" : Format.dayTime(now.since()));
    params.put("author", now.author());
    params.put("plays", p.plays().stream().map(play -> PlayRow.of(play, p)).toList());
    params.put("teams", p.teams());
    params.put("settings", p.settings());
    params.put("recent", recent(at));
    params.put("dead", outbox.list("dead", ROWS).stream().map(d -> DeliveryRow.of(d, at)).toList());
    params.put("versions", all);
    params.put("diff", all.size() < 2 || !SignIn.viewer(ctx).isAdmin() ? DiffView.NONE
        : diffOf(versions.get(all.get(1).version()).orElseThrow(), versions.get(all.get(0).version()).orElseThrow()));
    templates.render(ctx, "plays.jte", params);
  }

  /** The latest deliveries of every status: the newest {@link #ROWS} of each, merged. */
  private List<DeliveryRow> recent(long now) {
    List<Delivery> all = new ArrayList<>();
    for (String status : List.of("pending", "delivered", "dead")) {
      all.addAll(outbox.list(status, ROWS));
    }
    return all.stream().sorted(Comparator.comparingLong(Delivery::createdAt).reversed().thenComparing(Delivery::id))
        .limit(ROWS).map(d -> DeliveryRow.of(d, now)).toList();
  }

  /** Queues a dead (or pending) delivery again; answers with its row as it now is. */
  private void retry(Context ctx) {
    SignIn.requireAdmin(ctx);
    String id = ctx.pathParam("id");
    if (outbox.get(id).isEmpty()) {
      throw new NotFoundResponse("no delivery " + id);
    }
    if (!outbox.retry(id, clock.millis())) {
      ctx.status(409);
      templates.render(ctx, "note.jte", Map.of("text", "Delivery " + id + " was delivered; it is not sent again.",
          "kind", "error"));
      return;
    }
    Delivery d = outbox.get(id).orElseThrow(() -> new NotFoundResponse("no delivery " + id));
    templates.render(ctx, "deliveryRow.jte", Map.of("d", DeliveryRow.of(d, clock.millis()), "retry", false,
        "note", "queued again"));
  }

  /** Admins only: a plays file names webhook URLs, which are secrets of a kind even with the signing keys masked. */
  private void diff(Context ctx) {
    SignIn.requireAdmin(ctx);
    templates.render(ctx, "versionDiff.jte", Map.of("diff", diffOf(version(ctx, "from"), version(ctx, "to"))));
  }

  private static DiffView diffOf(PlaysVersion from, PlaysVersion to) {
    return DiffView.of(from.version(), from.yaml(), to.version(), to.yaml()).shown(PlaysPage::masked);
  }

  /** A line of a plays file with its webhook signing secrets and Slack webhook URLs masked. */
  static String masked(String line) {
    return SECRET.matcher(SECRET_VALUE.matcher(line).replaceAll("$1$2$3\u2022\u2022\u2022"))
        .replaceAll("whsec_\u2022\u2022\u2022");
  }

  private PlaysVersion version(Context ctx, String param) {
    String text = String.valueOf(ctx.queryParam(param));
    try {
      int n = Integer.parseInt(text);
      return versions.get(n).orElseThrow(() -> new NotFoundResponse("no plays version " + n));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(param + " must be a version number, not \"" + text + "\"");
    }
  }
}
