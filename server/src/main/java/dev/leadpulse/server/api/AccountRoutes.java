package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.Page;
import dev.leadpulse.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;

/** Accounts: the list by score (stored), and one account with its people and contributions (live, any time). */
public final class AccountRoutes {
  private final ObjectMapper json;
  private final Store store;
  private final Readings readings;
  private final Clock clock;

  public AccountRoutes(ObjectMapper json, Store store, Readings readings, Clock clock) {
    this.json = json;
    this.store = store;
    this.readings = readings;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/accounts", this::list);
    routes.get("/api/accounts/{id}", this::one);
  }

  private void list(Context ctx) {
    String cursor = Params.text(ctx, "cursor");
    Page<AccountRow> page = store.scores().accounts(cursor.isEmpty() ? Optional.empty() : Optional.of(cursor),
        Params.limit(ctx, 50, 1000));
    ObjectNode out = json.createObjectNode();
    ArrayNode items = out.putArray("items");
    for (AccountRow a : page.items()) {
      items.addObject().put("id", a.id()).put("score", Hundredths.toDecimal(a.score()))
          .put("peopleEngagement", Hundredths.toDecimal(a.peopleEngagement()))
          .put("accountEngagement", Hundredths.toDecimal(a.accountEngagement()))
          .put("fit", Hundredths.toDecimal(a.fit())).put("members", a.members())
          .put("updatedAt", ScoreJson.time(a.updatedAt()));
    }
    page.next().ifPresentOrElse(n -> out.put("next", n), () -> out.putNull("next"));
    ctx.json(out);
  }

  private void one(Context ctx) {
    long asOf = Params.time(ctx, "asOf").orElse(clock.millis());
    AccountScore a = readings.account(ctx.pathParam("id"), asOf)
        .orElseThrow(() -> ApiException.notFound("no account \"" + ctx.pathParam("id") + "\""));
    ObjectNode o = json.createObjectNode();
    o.put("asOf", ScoreJson.time(asOf));
    o.setAll(ScoreJson.account(a));
    o.set("traits", json.valueToTree(a.traits()));
    ctx.json(o);
  }
}
