package dev.leadpulse.server.observe;

import dev.leadpulse.server.ingest.IngestMetrics;
import dev.leadpulse.server.pipeline.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's metrics, in Prometheus text format at {@code /metrics}: events received,
 * accepted and rejected by reason; request, scoring and commit latency histograms; the time
 * from receipt to visible score; queue depth; people, accounts and scheduled wake-ups.
 */
public final class ServerMetrics implements IngestMetrics, PipelineMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter received;
  private final Counter accepted;
  private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
  private final Timer request;
  private final Timer scoring;
  private final Timer commit;
  private final Timer visible;
  private final Counter commits;
  private final Counter wakeUps;

  public ServerMetrics() {
    received = Counter.builder("leadpulse.events.received").description("messages received by the tracking API")
        .register(registry);
    accepted = Counter.builder("leadpulse.events.accepted").description("events stored and scored")
        .register(registry);
    request = histogram("leadpulse.ingest.request", "tracking API requests, first byte to answer");
    scoring = histogram("leadpulse.scoring", "scoring one group commit's events");
    commit = histogram("leadpulse.commit", "committing one group to the store");
    visible = histogram("leadpulse.event.visible", "from an event's receipt to its score being stored");
    commits = Counter.builder("leadpulse.commits").description("group commits").register(registry);
    wakeUps = Counter.builder("leadpulse.wakeups").description("people rescored by the scheduler")
        .register(registry);
  }

  private Timer histogram(String name, String description) {
    return Timer.builder(name).description(description).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000)).maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
  }

  /** Registers a gauge read at each scrape. */
  public void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }

  /** The metrics in Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void received(int messages) {
    received.increment(messages);
  }

  @Override
  public void accepted(int events) {
    accepted.increment(events);
  }

  @Override
  public void rejected(String reason, int messages) {
    rejected.computeIfAbsent(reason, r -> Counter.builder("leadpulse.events.rejected")
        .description("messages or requests refused, by reason").tag("reason", r).register(registry))
        .increment(messages);
  }

  @Override
  public void requestNanos(long nanos) {
    request.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void committed(int events, long scoringNanos, long commitNanos) {
    commits.increment();
    scoring.record(scoringNanos, TimeUnit.NANOSECONDS);
    commit.record(commitNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void wokeUp(int people) {
    wakeUps.increment(people);
  }

  @Override
  public void visibleAfter(long millis) {
    visible.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
  }
}
