package dev.leadpulse.server.web;

import dev.leadpulse.store.Scores;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events for open dashboard pages, at {@code /live}: an {@code inbox} event whenever
 * someone's stage changed (a lead arrived, moved or left) or a verdict was given, at most about
 * once a second, and a comment every {@link #HEARTBEAT_MILLIS} to keep the connection open. It
 * watches the stored stage changes, so it tells only what is committed. Pages react with htmx
 * ({@code hx-trigger="sse:inbox"}).
 *
 * <p>Each open page holds one request, served on its own virtual thread, which waits for the next
 * change and writes it; it ends when the browser goes away or the feed is closed.
 */
final class LiveFeed implements AutoCloseable {
  private static final long POLL_MILLIS = 1_000;
  private static final long HEARTBEAT_MILLIS = 15_000;

  private final Scores scores;
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "leadpulse-live-feed");
    t.setDaemon(true);
    return t;
  });
  private final Object changes = new Object();
  private long version;
  private long seenSeq;
  private boolean closed;

  private LiveFeed(Scores scores) {
    this.scores = scores;
  }

  static LiveFeed start(Scores scores) {
    LiveFeed feed = new LiveFeed(scores);
    feed.seenSeq = scores.latestStageChangeSeq();
    feed.poller.scheduleWithFixedDelay(feed::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    return feed;
  }

  void register(RoutesConfig routes) {
    routes.get("/live", this::stream);
  }

  /** Tells every open page that the inbox changed (after a verdict, say). */
  void inboxChanged() {
    synchronized (changes) {
      version++;
      changes.notifyAll();
    }
  }

  private void stream(Context ctx) throws InterruptedException {
    try {
      follow(ctx);
    } catch (IOException pageWentAway) {
      // the browser closed the page or lost the connection: its request simply ends
    }
  }

  private void follow(Context ctx) throws IOException, InterruptedException {
    ctx.contentType("text/event-stream").header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no");
    OutputStream out = ctx.res().getOutputStream();
    write(out, ": connected\n\n");
    long told;
    synchronized (changes) {
      told = version;
    }
    while (true) {
      long now;
      synchronized (changes) {
        long deadline = System.currentTimeMillis() + HEARTBEAT_MILLIS;
        while (!closed && version == told && System.currentTimeMillis() < deadline) {
          changes.wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        if (closed) {
          return;
        }
        now = version;
      }
      if (now == told) {
        write(out, ": still here\n\n");
      } else {
        told = now;
        write(out, "event: inbox\ndata: " + now + "\n\n");
      }
    }
  }

  /** Writes and flushes; an {@link IOException} means the page went away, which ends its request. */
  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private void poll() {
    try {
      long latest = scores.latestStageChangeSeq();
      if (latest > seenSeq) {
        seenSeq = latest;
        inboxChanged();
      }
    } catch (RuntimeException e) {
      // the store is closing or briefly unavailable: try again at the next tick
    }
  }

  /** Ends every open page's stream (call before the HTTP server stops) and stops watching. */
  @Override
  public void close() {
    poller.shutdownNow();
    synchronized (changes) {
      closed = true;
      changes.notifyAll();
    }
  }
}
