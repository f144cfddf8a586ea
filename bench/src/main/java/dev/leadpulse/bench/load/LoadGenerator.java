package dev.leadpulse.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * HTTP load on the Segment batch endpoint ({@code POST /v1/batch}), from its own JVM, over
 * keep-alive connections, one per sender ({@link BatchConnection}). Batches of {@code --batch}
 * track messages of about 300 bytes ({@link TrackBatches}: Zipf-distributed users, the
 * benchmark model's events). Three phases:
 *
 * <ol>
 *   <li><b>warm-up</b> ({@code --warmup} s, closed loop, not reported);
 *   <li><b>max</b> ({@code --max-seconds} s): {@code --concurrency} requests always in flight;
 *       reports acknowledged events per second and the batch latency;
 *   <li><b>rate</b> ({@code --rate-seconds} s): open loop at {@code --rate-fraction} of the max
 *       phase's rate (or {@code --rate} events/s), over {@code --senders} senders: each batch
 *       has an intended send time on a fixed schedule and its latency is measured from that
 *       time, not from when it was actually sent, so a stalled server is charged for the
 *       requests it held back (no coordinated omission).
 * </ol>
 *
 * <p>Senders and users: by default ({@code --own-users true}) each sender owns a share of the
 * users (user number modulo the number of senders) and sends its batches one after another,
 * so each user's events arrive in time order, as from one Segment source per user (a device,
 * or a backend instance that owns its users). With {@code --own-users false} every sender
 * draws from all users, as load-balanced backend instances would: concurrent batches then
 * carry the same busy users, and their events arrive out of time order.
 *
 * During both measured phases a {@link VisibilityProbe} measures event-to-score visibility
 * through {@code GET /api/people/{id}}. Only {@code 200} answers with {@code "success":true}
 * count as acknowledged; anything else is counted as a failure.
 *
 * <p>Run (against a server started with these keys, e.g. by {@code bench/run-load.sh}):
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.leadpulse.bench.load.LoadGenerator \
 *   --url http://127.0.0.1:8080 --write-key KEY --admin-token TOKEN \
 *   --label sqlite --warmup 5 --max-seconds 20 --rate-seconds 20 --results results.tsv
 * </pre>
 *
 * With {@code --results} it appends one tab-separated line: label, acknowledged events/s,
 * max-phase p50 and p99 (ms), rate (events/s), rate-phase p50, p99 and p99.9 (ms),
 * visibility p50 and p99 (ms, rate phase), failures.
 */
public final class LoadGenerator {
  /**
   * Senders are platform threads: waiting for an answer is then one blocking system call,
   * which costs less CPU than a virtual thread's park and wake-up through the poller.
   */
  private static final Thread.Builder SENDER_THREADS = Thread.ofPlatform().daemon().name("sender-", 0);

  private final Target target;
  private final TrackBatches batches;
  private final int batchSize;
  private final boolean ownUsers;

  private LoadGenerator(Target target, TrackBatches batches, int batchSize, boolean ownUsers) {
    this.target = target;
    this.batches = batches;
    this.batchSize = batchSize;
    this.ownUsers = ownUsers;
  }

  /** What one phase measured. */
  record Phase(double eventsPerSecond, Latencies batchLatency, Latencies visibility, long failures) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String writeKey = o.getOrDefault("write-key", "");
    int batch = Integer.parseInt(o.getOrDefault("batch", "100"));
    int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "32"));
    String label = o.getOrDefault("label", "server");
    String runId = UUID.randomUUID().toString().substring(0, 8);
    TrackBatches batches = new TrackBatches(runId, writeKey, Integer.parseInt(o.getOrDefault("people", "100000")),
        Long.parseLong(o.getOrDefault("seed", "20261123")));
    Target target = new Target(o.getOrDefault("url", "http://127.0.0.1:8080"), writeKey,
        o.getOrDefault("admin-token", ""));
    LoadGenerator gen = new LoadGenerator(target, batches, batch,
        Boolean.parseBoolean(o.getOrDefault("own-users", "true")));
    int senders = Integer.parseInt(o.getOrDefault("senders", "64"));
    String probeUser = "probe-" + runId;

    double warmup = Double.parseDouble(o.getOrDefault("warmup", "5"));
    if (warmup > 0) {
      gen.closedLoop(concurrency, warmup, null);
    }
    Phase max = gen.closedLoop(concurrency, Double.parseDouble(o.getOrDefault("max-seconds", "20")),
        probeUser + "-max");
    System.out.printf("[%s] max: %,.0f events/s acknowledged; batch latency %s; event-to-score %s; failures %d%n",
        label, max.eventsPerSecond(), max.batchLatency().summary(), max.visibility().summary(), max.failures());
    double rate = o.containsKey("rate") ? Double.parseDouble(o.get("rate"))
        : max.eventsPerSecond() * Double.parseDouble(o.getOrDefault("rate-fraction", "0.5"));
    Phase fixed = gen.openLoop(rate, Double.parseDouble(o.getOrDefault("rate-seconds", "20")), senders,
        probeUser);
    System.out.printf("[%s] fixed rate %,.0f events/s (achieved %,.0f): batch latency from intended send time %s;"
        + " event-to-score %s; failures %d%n", label, rate, fixed.eventsPerSecond(), fixed.batchLatency().summary(),
        fixed.visibility().summary(), fixed.failures());
    if (o.containsKey("results")) {
      String line = String.join("\t", label, f(max.eventsPerSecond()), f(max.batchLatency().millis(50)),
          f(max.batchLatency().millis(99)), f(rate), f(fixed.batchLatency().millis(50)),
          f(fixed.batchLatency().millis(99)), f(fixed.batchLatency().millis(99.9)), f(fixed.visibility().millis(50)),
          f(fixed.visibility().millis(99)), Long.toString(max.failures() + fixed.failures())) + "\n";
      Files.writeString(Path.of(o.get("results")), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    System.exit(0);
  }

  /** {@code concurrency} senders, each sending its next batch as soon as the last is answered. */
  private Phase closedLoop(int concurrency, double seconds, String probeUser) throws InterruptedException {
    Latencies latency = new Latencies();
    AtomicLong acked = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    VisibilityProbe probe = probeUser == null ? null : startProbe(probeUser);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      int sender = i;
      senders.add(SENDER_THREADS.start(() -> {
        try (BatchConnection connection = target.batchConnection()) {
          ByteBuilder body = connection.newBody(batchSize * 330 + 200);
          while (System.nanoTime() < end) {
            write(body, sender, concurrency);
            long sent = System.nanoTime();
            if (connection.post(body)) {
              acked.addAndGet(batchSize);
              latency.add(System.nanoTime() - sent);
            } else {
              failed.incrementAndGet();
            }
          }
        }
      }));
    }
    for (Thread t : senders) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return finish(probe, acked.get() / elapsed, latency, failed.get());
  }

  /**
   * Batches on a fixed schedule at {@code eventsPerSecond}, handed round-robin to
   * {@code senders} senders that each send theirs in order (one connection each); latency is
   * measured from the intended send time, so a batch that waited behind a slow one is
   * charged for its wait.
   */
  private Phase openLoop(double eventsPerSecond, double seconds, int senders, String probeUser)
      throws InterruptedException {
    Latencies latency = new Latencies();
    AtomicLong acked = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    VisibilityProbe probe = startProbe(probeUser);
    long interval = (long) (1e9 * batchSize / eventsPerSecond);
    long start = System.nanoTime();
    long batchesToSend = (long) (seconds * 1e9 / interval);
    List<LinkedBlockingQueue<Long>> queues = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      LinkedBlockingQueue<Long> queue = new LinkedBlockingQueue<>();
      int sender = s;
      queues.add(queue);
      threads.add(SENDER_THREADS.start(() -> {
        try (BatchConnection connection = target.batchConnection()) {
          ByteBuilder body = connection.newBody(batchSize * 330 + 200);
          for (long intended = queue.take(); intended != Long.MIN_VALUE; intended = queue.take()) {
            write(body, sender, senders);
            if (connection.post(body)) {
              acked.addAndGet(batchSize);
              latency.add(System.nanoTime() - intended);
            } else {
              failed.incrementAndGet();
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    for (long i = 0; i < batchesToSend; i++) {
      long intended = start + i * interval;
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      queues.get((int) (i % senders)).add(intended);
    }
    queues.forEach(q -> q.add(Long.MIN_VALUE));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Thread t : threads) {
      if (!t.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
        System.err.println("some batches were still unanswered 30 s after the last was due");
        break;
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return finish(probe, acked.get() / elapsed, latency, failed.get());
  }

  /** Writes a batch for {@code sender} into {@code body}: of its own users, or anyone's when senders share users. */
  private void write(ByteBuilder body, int sender, int senders) {
    if (ownUsers) {
      batches.write(body, batchSize, sender, senders);
    } else {
      batches.write(body, batchSize, 0, 1);
    }
  }

  private VisibilityProbe startProbe(String userId) {
    VisibilityProbe probe = new VisibilityProbe(target, batches, userId, 50);
    Thread.ofPlatform().daemon().name("visibility-probe").start(probe);
    return probe;
  }

  private static Phase finish(VisibilityProbe probe, double eventsPerSecond, Latencies latency, long failed) {
    if (probe == null) {
      return new Phase(eventsPerSecond, latency, new Latencies(), failed);
    }
    probe.stop();
    return new Phase(eventsPerSecond, latency, probe.visible(), failed + probe.failures());
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "NaN" : String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      o.put(args[i].substring(2), args[++i]);
    }
    return o;
  }
}
