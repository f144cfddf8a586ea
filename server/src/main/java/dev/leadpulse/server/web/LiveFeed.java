package dev.leadpulse.server.web;

import dev.leadpulse.store.Scores;
import dev.leadpulse.store.StageChangeRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events for open dashboard pages, at {@code /live}: an {@code inbox} event whenever
 * someone's stage changed (a lead arrived, moved or left), at most once a second. It watches the
 * stored stage changes, so it tells only what is committed. Pages react with htmx
 * ({@code hx-trigger="sse:inbox"}).
 */
final class LiveFeed implements AutoCloseable {
  private static final long POLL_MILLIS = 1_000;

  private final Scores scores;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "leadpulse-live-feed");
    t.setDaemon(true);
    return t;
  });
  private volatile long seenSeq;

  private LiveFeed(Scores scores) {
    this.scores = scores;
  }

  static LiveFeed start(Scores scores) {
    LiveFeed feed = new LiveFeed(scores);
    feed.seenSeq = feed.latestSeq(0);
    feed.poller.scheduleWithFixedDelay(feed::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    return feed;
  }

  void register(RoutesConfig routes) {
    routes.sse("/live", client -> {
      client.keepAlive();
      client.onClose(() -> clients.remove(client));
      clients.add(client);
      client.sendComment("connected");
    });
  }

  /** Tells every open page that the inbox changed (after a verdict, say). */
  void inboxChanged() {
    for (SseClient client : clients) {
      if (client.terminated()) {
        clients.remove(client);
      } else {
        client.sendEvent("inbox", Long.toString(seenSeq));
      }
    }
  }

  private void poll() {
    try {
      long latest = latestSeq(seenSeq);
      if (latest > seenSeq) {
        seenSeq = latest;
        inboxChanged();
      }
    } catch (RuntimeException e) {
      // the store is closing or briefly unavailable: try again at the next tick
    }
  }

  /** The newest stage change's seq, reading forward from {@code from}. */
  private long latestSeq(long from) {
    long seq = from;
    while (true) {
      List<StageChangeRow> rows = scores.stageChangesAfter(seq, 1000);
      if (rows.isEmpty()) {
        return seq;
      }
      seq = rows.get(rows.size() - 1).seq();
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
    clients.forEach(SseClient::close);
  }
}
