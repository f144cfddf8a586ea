package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.Stage;
import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.Dispositions;
import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.Leads.Lead;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.Users.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hot-lead inbox: people in a stage, highest score first, each with why now, owner, account
 * and the response clock; filters; and one-click verdicts. The rows refresh by themselves when a
 * stage changes ({@link LiveFeed}).
 */
final class InboxPage {
  private static final int ROWS = 100;

  private final Store store;
  private final Readings readings;
  private final LiveBoard board;
  private final ActivePlays plays;
  private final ObjectMapper json;
  private final Templates templates;
  private final Clock clock;
  private final Runnable changed;

  InboxPage(Store store, Readings readings, LiveBoard board, ActivePlays plays, ObjectMapper json,
      Templates templates, Clock clock, Runnable changed) {
    this.store = store;
    this.readings = readings;
    this.board = board;
    this.plays = plays;
    this.json = json;
    this.templates = templates;
    this.clock = clock;
    this.changed = changed;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::page);
    routes.get("/inbox/rows", this::rows);
    routes.post("/people/{id}/verdict", this::verdict);
  }

  private void page(Context ctx) {
    User viewer = SignIn.viewer(ctx);
    InboxFilters filters = filters(ctx, viewer);
    templates.render(ctx, "inbox.jte", Map.of("chrome", new Chrome("Inbox", "inbox", viewer), "filters", filters,
        "leads", leads(filters, viewer)));
  }

  private void rows(Context ctx) {
    User viewer = SignIn.viewer(ctx);
    InboxFilters filters = filters(ctx, viewer);
    templates.render(ctx, "inboxRows.jte", Map.of("leads", leads(filters, viewer)));
  }

  /** Records a verdict from a row's button and answers with the row as it now is (none once closed). */
  private void verdict(Context ctx) {
    User viewer = SignIn.viewer(ctx);
    String id = ctx.pathParam("id");
    String verdict = String.valueOf(ctx.formParam("verdict"));
    if (!Dispositions.VERDICTS.contains(verdict)) {
      throw new BadRequestResponse("verdict must be one of accepted, rejected, contacted, converted, lost");
    }
    if (store.scores().person(id).isEmpty()) {
      throw new io.javalin.http.NotFoundResponse("no person " + id);
    }
    String note = Optional.ofNullable(ctx.formParam("note")).orElse("").strip();
    store.dispositions().add(new Disposition(0, id, verdict, note, viewer.name(), clock.millis()));
    changed.run();
    Optional<Lead> lead = store.leads().of(id).filter(l -> !l.stage().isEmpty());
    if (lead.isEmpty() || lead.get().closed()) {
      ctx.html("");
      return;
    }
    templates.render(ctx, "leadRow.jte", Map.of("lead", view(lead.get(), plays.get(), clock.millis())));
  }

  private InboxFilters filters(Context ctx, User viewer) {
    Model model = board.model();
    List<String> stages = model.stages().stream().map(Stage::name).toList();
    List<String> grades = model.grades().map(InboxPage::fitLabels).orElse(List.of());
    return InboxFilters.of(ctx, viewer, stages, grades, plays.get());
  }

  private static List<String> fitLabels(dev.leadpulse.core.model.Grades grades) {
    List<String> labels = new java.util.ArrayList<>(grades.fit().stream().map(t -> t.label()).toList());
    labels.add(grades.fitElse());
    return labels;
  }

  private List<LeadView> leads(InboxFilters filters, User viewer) {
    Plays current = plays.get();
    long now = clock.millis();
    return store.leads().list(filters.query(viewer, current, ROWS)).stream().map(l -> view(l, current, now)).toList();
  }

  private LeadView view(Lead lead, Plays current, long now) {
    List<Reasons.Reason> reasons = readings.person(lead.person(), now).map(s -> Reasons.top(s, 3)).orElse(List.of());
    String owner = lead.owner().isEmpty() ? "" : current.owner(lead.owner()).map(Owner::name).orElse(lead.owner());
    return LeadView.of(lead, People.of(lead.person(), lead.traitsJson(), json), owner, reasons, now);
  }
}
