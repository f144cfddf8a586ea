package dev.leadpulse.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.server.api.AccountRoutes;
import dev.leadpulse.server.api.AdminAuth;
import dev.leadpulse.server.api.ApiErrors;
import dev.leadpulse.server.api.ModelRoutes;
import dev.leadpulse.server.api.OpsRoutes;
import dev.leadpulse.server.api.PeopleRoutes;
import dev.leadpulse.server.api.PlayRoutes;
import dev.leadpulse.server.api.PlaysFileRoutes;
import dev.leadpulse.server.api.ReportRoutes;
import dev.leadpulse.server.ingest.IngestLimits;
import dev.leadpulse.server.ingest.IngestRoutes;
import dev.leadpulse.server.observe.IngestDays;
import dev.leadpulse.server.observe.ServerMetrics;
import dev.leadpulse.server.pipeline.LiveBoard;
import dev.leadpulse.server.pipeline.Privacy;
import dev.leadpulse.server.pipeline.ReactionsChange;
import dev.leadpulse.server.pipeline.Readings;
import dev.leadpulse.server.pipeline.Rescoring;
import dev.leadpulse.server.pipeline.ScoringPipeline;
import dev.leadpulse.server.plays.ActivePlays;
import dev.leadpulse.server.plays.DeliveryWorker;
import dev.leadpulse.server.plays.PlayReactor;
import dev.leadpulse.server.web.Dashboard;
import dev.leadpulse.store.Store;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The running server, wired in plain code: the store, the model, the live board replayed
 * from the log, the scoring pipeline (with the plays reacting inside its commits), the HTTP
 * routes, and the delivery worker draining the plays' outbox. {@link #close} stops taking events
 * (503), commits what was accepted, stops HTTP, and closes the store.
 */
public final class LeadPulseServer implements AutoCloseable {
  /** How often the ingestion tallies counted in memory are added to the store. */
  public static final Duration INGEST_DAYS_EVERY = Duration.ofSeconds(5);

  private final Store store;
  private final ScoringPipeline pipeline;
  private final Javalin http;
  private final FirstStart.NewKeys newKeys;
  private final int modelVersion;
  private final Optional<DeliveryWorker> delivery;
  private final Dashboard dashboard;
  private final IngestDays ingestDays;
  private volatile boolean closed;

  private LeadPulseServer(Store store, ScoringPipeline pipeline, Javalin http, FirstStart.NewKeys newKeys,
      int modelVersion, Optional<DeliveryWorker> delivery, Dashboard dashboard, IngestDays ingestDays) {
    this.delivery = delivery;
    this.ingestDays = ingestDays;
    this.dashboard = dashboard;
    this.store = store;
    this.pipeline = pipeline;
    this.http = http;
    this.newKeys = newKeys;
    this.modelVersion = modelVersion;
  }

  /**
   * Opens the store, replays it and starts listening. {@code replayed} hears how many events
   * were replayed so far (for a progress bar).
   */
  public static LeadPulseServer start(ServerConfig config, LongConsumer replayed) {
    Store store = Store.open(config.jdbcUrl());
    DeliveryWorker[] delivery = {null};
    IngestDays[] days = {null};
    try {
      ActiveModel.Chosen model = ActiveModel.choose(store.models(), config.model());
      FirstStart.NewKeys keys = FirstStart.ensureKeys(store.credentials(), store.users(), config.adminToken(), config.writeKey());
      LiveBoard live = LiveBoard.load(store.events(), model.model(), model.version(), replayed);
      ObjectMapper json = new ObjectMapper();
      ServerMetrics metrics = new ServerMetrics();
      days[0] = new IngestDays(store.ingestTallies(), metrics, metrics, config.clock(), INGEST_DAYS_EVERY);
      ActivePlays plays = ActivePlays.choose(store.plays(), config.plays(), config.clock().millis());
      delivery[0] = DeliveryWorker.start(store.outbox(), plays, json, config.clock());
      PlayReactor reactions = new PlayReactor(plays.get(), plays.current().since(), store, json,
          config.clock().millis(), delivery[0]::nudge);
      ScoringPipeline pipeline = new ScoringPipeline(store, live, json, config.clock(), days[0],
          config.maxPendingEvents(), reactions);
      plays.onPublish(v -> ReactionsChange.apply(pipeline, () -> reactions.use(v.plays(), v.since()),
          config.clock()).join());
      Readings readings = new Readings(store, live);
      Rescoring rescoring = new Rescoring(store, pipeline, config.clock());
      Privacy privacy = new Privacy(pipeline, store, config.clock());
      metrics.gauge("leadpulse.queue.events", "events waiting for a commit", pipeline::pendingEvents);
      metrics.gauge("leadpulse.wakeups.scheduled", "people with a scheduled change", pipeline::scheduledWakeUps);
      metrics.gauge("leadpulse.people", "people scored", () -> store.scores().peopleCount());
      metrics.gauge("leadpulse.accounts", "accounts scored", () -> store.scores().accountCount());
      metrics.gauge("leadpulse.condition.failures", "conditions that failed at run time (counted as false)",
          () -> live.failures().tallies().values().stream().mapToLong(t -> t.count()).sum());
      AdminAuth admin = new AdminAuth(store.credentials());
      IngestRoutes ingest = new IngestRoutes(json, IngestLimits.SEGMENT, store.credentials(), pipeline, days[0],
          config.clock());
      PeopleRoutes people = new PeopleRoutes(json, store, readings, privacy, config.clock());
      AccountRoutes accounts = new AccountRoutes(json, store, readings, config.clock());
      ModelRoutes models = new ModelRoutes(json, store, live, rescoring);
      PlayRoutes playRoutes = new PlayRoutes(json, store, readings, config.clock());
      PlaysFileRoutes playsFile = new PlaysFileRoutes(json, store, plays, config.clock());
      ReportRoutes reports = new ReportRoutes(json, store, config.clock());
      Dashboard dashboard = new Dashboard(store, readings, live, plays, rescoring, json, config.clock());
      LeadPulseServer[] self = new LeadPulseServer[1];
      OpsRoutes ops = new OpsRoutes(json, store, pipeline, metrics, () -> self[0] != null && !self[0].closed);
      Javalin http = Javalin.create(c -> {
        c.concurrency.useVirtualThreads = true;
        c.http.maxRequestSize = 8L * 1024 * 1024;
        c.jsonMapper(new JavalinJackson(json, false));
        c.startup.showJavalinBanner = false;
        c.routes.before("/api/*", admin);
        ApiErrors.register(c.routes);
        ingest.register(c.routes);
        people.register(c.routes);
        accounts.register(c.routes);
        models.register(c.routes);
        ops.register(c.routes);
        playRoutes.register(c.routes);
        playsFile.register(c.routes);
        reports.register(c.routes);
        dashboard.configure(c);
      });
      http.start(config.host(), config.port());
      self[0] = new LeadPulseServer(store, pipeline, http, keys, model.version(), Optional.of(delivery[0]), dashboard,
          days[0]);
      return self[0];
    } catch (RuntimeException e) {
      if (delivery[0] != null) {
        delivery[0].close();
      }
      if (days[0] != null) {
        days[0].close();
      }
      store.close();
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  public int modelVersion() {
    return modelVersion;
  }

  /** Keys generated on this start, to be shown once. */
  public java.util.Optional<String> newAdminToken() {
    return newKeys.adminToken();
  }

  /** The password of the first dashboard user, {@code admin}, when made on this start. */
  public java.util.Optional<String> newAdminPassword() {
    return newKeys.adminPassword();
  }

  public java.util.Optional<String> newWriteKey() {
    return newKeys.writeKey();
  }

  public Store store() {
    return store;
  }

  public ScoringPipeline pipeline() {
    return pipeline;
  }

  /** The daily ingestion tallies, counted in memory and stored every {@link #INGEST_DAYS_EVERY}. */
  public IngestDays ingestDays() {
    return ingestDays;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pipeline.close();
    dashboard.close();
    http.stop();
    delivery.ifPresent(DeliveryWorker::close);
    ingestDays.close();
    store.close();
  }
}
