package dev.leadpulse.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.server.pipeline.Rescoring;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.store.Store;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;

/**
 * The dashboard's pages, wired together: the sign-in guard in front of them, the pages, the live
 * feed, and the static assets (own CSS and script under {@code /assets}, htmx and Chart.js from
 * WebJars under {@code /webjars}).
 */
public final class Dashboard implements AutoCloseable {
  /** Path prefixes that are dashboard pages (and so need a session); "/" itself is the inbox. */
  private static final List<String> PAGES = List.of("/inbox", "/people/", "/accounts/", "/model", "/plays",
      "/analytics", "/roi", "/live", "/signout");

  private final SignIn signIn;
  private final InboxPage inbox;
  private final PersonPage person;
  private final AccountPage account;
  private final ModelPage model;
  private final PlaysPage playsPage;
  private final AnalyticsPage analytics;
  private final RoiPage roi;
  private final LiveFeed live;

  public Dashboard(Store store, Readings readings, LiveBoard board, ActivePlays plays, Rescoring rescoring,
      ObjectMapper json, Clock clock) {
    Templates templates = new Templates();
    this.signIn = new SignIn(store.users(), templates, clock);
    this.live = LiveFeed.start(store.scores());
    this.inbox = new InboxPage(store, readings, board, plays, json, templates, clock, live::inboxChanged);
    this.person = new PersonPage(store, readings, board, plays, json, templates, clock);
    this.account = new AccountPage(store, readings, board, json, templates, clock);
    this.model = new ModelPage(store.models(), board, rescoring, templates, clock);
    this.playsPage = new PlaysPage(store.outbox(), store.plays(), plays, templates, clock);
    this.analytics = new AnalyticsPage(store, board, plays, json, templates, clock);
    this.roi = new RoiPage(store, board, plays, templates, clock);
  }

  /** Adds the dashboard to a server's configuration. */
  public void configure(JavalinConfig c) {
    c.staticFiles.enableWebjars();
    c.staticFiles.add(s -> {
      s.hostedPath = "/assets";
      s.directory = "/web";
      s.location = Location.CLASSPATH;
    });
    c.routes.before(ctx -> {
      if (isPage(ctx)) {
        signIn.guard(ctx);
      }
    });
    signIn.register(c.routes);
    inbox.register(c.routes);
    person.register(c.routes);
    account.register(c.routes);
    model.register(c.routes);
    playsPage.register(c.routes);
    analytics.register(c.routes);
    roi.register(c.routes);
    live.register(c.routes);
  }

  private static boolean isPage(Context ctx) {
    String path = ctx.path();
    return path.equals("/") || PAGES.stream().anyMatch(path::startsWith);
  }

  @Override
  public void close() {
    live.close();
  }
}
