package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.Stage;
import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.LoggedEvent;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.TaskRow;
import dev.leadpulse.store.Users.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person, everything about them: who they are, their score as a receipt that adds up, the
 * score over time with stage changes marked, their events and what each earned, the tasks and
 * plays they caused, and reps' verdicts (with buttons to give one). Any signed-in user may view it.
 *
 * <p>Only index lookups by person: the live board for the score, the store for the rest, and at
 * most {@link Timeline#EVENTS} events and {@link #HISTORY} points of history.
 */
final class PersonPage {
  static final int HISTORY = 500;
  static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  private final Store store;
  private final Readings readings;
  private final LiveBoard board;
  private final ActivePlays plays;
  private final ObjectMapper json;
  private final Templates templates;
  private final Clock clock;

  PersonPage(Store store, Readings readings, LiveBoard board, ActivePlays plays, ObjectMapper json,
      Templates templates, Clock clock) {
    this.store = store;
    this.readings = readings;
    this.board = board;
    this.plays = plays;
    this.json = json;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/people/{id}", this::page);
  }

  private void page(Context ctx) {
    User viewer = SignIn.viewer(ctx);
    String asked = ctx.pathParam("id");
    Optional<String> key = readings.resolve(asked);
    Optional<PersonRow> row = key.flatMap(k -> store.scores().person(k));
    long now = clock.millis();
    // as of now, or of their latest event if its time is ahead of our clock: the live board answers
    // either, where an earlier time would replay the whole log
    long asOf = Math.max(now, row.map(PersonRow::lastEventAt).orElse(now));
    Optional<PersonScore> score = key.flatMap(k -> readings.person(k, asOf));
    if (score.isEmpty()) {
      NotFound.render(ctx, templates, viewer, "No such person",
          "Nobody is known as \u201c" + asked + "\u201d. They may not have sent an event yet, or their data was erased.");
      return;
    }
    PersonScore s = score.get();
    String id = s.id();
    Model model = board.model();
    People who = People.of(id, s.traits());
    String owner = store.leads().of(id).map(l -> l.owner()).filter(o -> !o.isEmpty())
        .map(o -> plays.get().owner(o).map(Owner::name).orElse(o)).orElse("");
    List<String> identities = readings.identities(id).stream().map(n -> n.substring(2)).filter(n -> !n.equals(id))
        .toList();
    PersonHeader header = new PersonHeader(id, who.name(), who.title(), who.email(), s.account(),
        s.account().isEmpty() ? "" : Format.accountUrl(s.account()), s.stage(), s.grade(), owner,
        Format.points(s.score()), Format.points(s.fit()), Format.points(s.engagement()),
        row.map(r -> Format.ago(r.lastEventAt(), now)).orElse(""), identities, Format.personUrl(id) + "/verdict");

    List<ScorePoint> history = new ArrayList<>(store.scores().history(id, HISTORY));
    boolean complete = history.size() < HISTORY;
    if (history.isEmpty() || history.get(history.size() - 1).time() < asOf) {
      history.add(new ScorePoint(id, asOf, s.score(), s.fit(), s.engagement(), s.stage()));
    }
    var changes = store.scores().stageChangesOf(id);
    String chart = ScoreChart.config(json, history, changes, model.stages().stream().map(Stage::name).toList(),
        complete);

    List<TaskRow> tasks = new ArrayList<>(store.tasks().of(id));
    java.util.Collections.reverse(tasks);
    List<PlayRows.History> playLog = new ArrayList<>(store.playLog().of(id));
    java.util.Collections.reverse(playLog);
    List<Disposition> verdicts = new ArrayList<>(store.dispositions().of(id));
    java.util.Collections.reverse(verdicts);
    Map<String, String> ownerNames = new HashMap<>();
    plays.get().owners().forEach(o -> ownerNames.put(o.id(), o.name()));

    Map<String, Object> params = new HashMap<>();
    params.put("chrome", new Chrome(who.name(), "", viewer));
    params.put("scripts", CHART_JS);
    params.put("person", header);
    params.put("receipt", Receipts.person(s, model));
    params.put("chart", chart);
    params.put("changes", changes.reversed());
    List<LoggedEvent> events = events(id);
    params.put("timeline", Timeline.of(events, s.contributions()));
    params.put("timelineCapped", events.size() >= Timeline.EVENTS);
    params.put("tasks", tasks);
    params.put("plays", playLog);
    params.put("verdicts", verdicts);
    params.put("owners", ownerNames);
    templates.render(ctx, "person.jte", params);
  }

  /** Their newest events, under every id they are known by. */
  private List<LoggedEvent> events(String key) {
    List<String> users = new ArrayList<>();
    List<String> visitors = new ArrayList<>();
    for (String node : readings.identities(key)) {
      (node.startsWith("u:") ? users : visitors).add(node.substring(2));
    }
    return store.events().of(users, visitors, Timeline.EVENTS);
  }
}
