package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.store.PersonQuery;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.Users.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One account: its buying group (the people in it, highest score first) and its score as a
 * receipt that adds up: the people's engagement, the account's own awards, and its fit.
 *
 * <p>Index lookups only: the account on the live board, and at most {@link #PEOPLE} people from
 * the store's index by account.
 */
final class AccountPage {
  static final int PEOPLE = 100;

  private final Store store;
  private final Readings readings;
  private final LiveBoard board;
  private final ObjectMapper json;
  private final Templates templates;
  private final Clock clock;

  AccountPage(Store store, Readings readings, LiveBoard board, ObjectMapper json, Templates templates, Clock clock) {
    this.store = store;
    this.readings = readings;
    this.board = board;
    this.json = json;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/accounts/{id}", this::page);
  }

  private void page(Context ctx) {
    User viewer = SignIn.viewer(ctx);
    String id = ctx.pathParam("id");
    // as of now, or of the latest event if it is ahead of our clock: the live board answers either,
    // where an earlier time would replay the whole log
    long asOf = Math.max(clock.millis(), board.maxEventTime());
    Optional<AccountScore> score = readings.account(id, asOf);
    if (score.isEmpty()) {
      NotFound.render(ctx, templates, viewer, "No such account",
          "No account is known as \u201c" + id + "\u201d. An account appears when one of its people does.");
      return;
    }
    AccountScore a = score.get();
    List<PersonRow> rows = store.scores().people(new PersonQuery("", "", Long.MIN_VALUE, id, PersonQuery.Sort.SCORE,
        Optional.empty(), PEOPLE)).items();
    Map<String, String> names = new HashMap<>();
    List<AccountMember> members = rows.stream().map(r -> {
      People who = People.of(r.id(), r.traitsJson(), json);
      names.put(r.id(), who.name());
      return new AccountMember(r.id(), Format.personUrl(r.id()), who.name(), who.title(), Format.points(r.score()),
          Format.points(r.engagement()), r.stage(), r.grade());
    }).toList();
    String name = accountName(a);
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", new Chrome(name, "", viewer));
    params.put("id", id);
    params.put("name", name);
    params.put("score", Format.points(a.score()));
    params.put("size", a.people().size());
    params.put("members", members);
    params.put("receipt", Receipts.account(a, board.model(), names));
    templates.render(ctx, "account.jte", params);
  }

  /** The account's name from its traits, else its id. */
  private static String accountName(AccountScore a) {
    Object name = a.traits().get("name");
    return name instanceof String s && !s.isBlank() ? s.strip() : a.id();
  }
}
