package dev.leadpulse.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds {@code /v1/batch} bodies of Segment {@code track} messages of about 300 bytes each,
 * shaped like a SaaS product's activity: user ids Zipf-distributed (s = 1.1) over
 * {@code people} users, 12 event names in realistic proportions with the properties the
 * benchmark model's rules read ({@code bench-model.yaml}: page paths, feature and tier, API
 * status, integration provider), a Segment library {@code context}, a unique
 * {@code messageId} per message and the current time as {@code timestamp} and {@code sentAt}.
 *
 * <p>Thread-safe: each call draws from its own random generator split from the seed.
 */
final class TrackBatches {
  /** Event names with their share in per mille, and a few property sets each. */
  private static final Object[][] EVENTS = {
      {"Page Viewed", 400, new String[] {
          "{\"path\":\"/pricing\",\"title\":\"Pricing\",\"referrer\":\"https://www.google.com/\"}",
          "{\"path\":\"/docs/getting-started\",\"title\":\"Getting started\",\"referrer\":\"\"}",
          "{\"path\":\"/docs/api/events\",\"title\":\"Events API\",\"referrer\":\"\"}",
          "{\"path\":\"/blog/product-led-sales\",\"title\":\"Product-led sales\",\"referrer\":\"https://news.ycombinator.com/\"}",
          "{\"path\":\"/billing\",\"title\":\"Billing\",\"referrer\":\"\"}",
          "{\"path\":\"/app/projects\",\"title\":\"Projects\",\"referrer\":\"\"}",
          "{\"path\":\"/\",\"title\":\"Home\",\"referrer\":\"https://www.linkedin.com/\"}"}},
      {"Feature Used", 140, new String[] {
          "{\"feature\":\"reports\",\"tier\":\"premium\"}",
          "{\"feature\":\"dashboards\",\"tier\":\"standard\"}",
          "{\"feature\":\"alerts\",\"tier\":\"premium\"}",
          "{\"feature\":\"exports\",\"tier\":\"standard\"}",
          "{\"feature\":\"sso\"}"}},
      {"API Called", 120, new String[] {
          "{\"endpoint\":\"/v2/records\",\"status\":200,\"ms\":42}",
          "{\"endpoint\":\"/v2/records\",\"status\":201,\"ms\":57}",
          "{\"endpoint\":\"/v2/search\",\"status\":500,\"ms\":903}"}},
      {"Email Clicked", 80, new String[] {
          "{\"campaign\":\"trial-day-3\",\"link\":\"https://example.com/docs\"}",
          "{\"campaign\":\"webinar-invite\",\"link\":\"https://example.com/webinar\"}"}},
      {"Project Created", 60, new String[] {"{\"template\":\"blank\"}", "{\"template\":\"crm-sync\"}"}},
      {"Report Exported", 50, new String[] {"{\"format\":\"csv\"}", "{\"format\":\"pdf\"}"}},
      {"Member Invited", 35, new String[] {"{\"role\":\"editor\"}", "{\"role\":\"admin\"}"}},
      {"Dashboard Shared", 35, new String[] {"{\"audience\":\"team\"}"}},
      {"Integration Connected", 25, new String[] {
          "{\"provider\":\"salesforce\"}", "{\"provider\":\"slack\"}", "{\"provider\":\"zapier\"}"}},
      {"Signed Up", 25, new String[] {"{\"plan\":\"trial\",\"source\":\"website\"}"}},
      {"Trial Started", 25, new String[] {"{\"plan\":\"growth\",\"days\":14}"}},
      {"Demo Requested", 5, new String[] {"{\"size\":\"51-200\"}"}},
  };

  private static final String CONTEXT = ",\"context\":{\"library\":{\"name\":\"analytics-java\",\"version\":\"3.5.4\"},"
      + "\"ip\":\"203.0.113.7\",\"userAgent\":\"Mozilla/5.0 (X11; Linux x86_64)\"}}";

  private final String runId;
  private final int people;
  private final double[] zipfCdf;
  private final int[] eventByPermille = new int[1000];
  private final int[] rankToUser;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong seeds;

  /** {@code runId} prefixes every message id, so that runs against one store never collide. */
  TrackBatches(String runId, int people, long seed) {
    this.runId = runId;
    this.people = people;
    this.zipfCdf = zipfCdf(people, 1.1);
    int at = 0;
    for (int e = 0; e < EVENTS.length; e++) {
      for (int i = 0; i < (int) EVENTS[e][1]; i++) {
        eventByPermille[at++] = e;
      }
    }
    while (at < 1000) {
      eventByPermille[at++] = 0;
    }
    SplittableRandom shuffle = new SplittableRandom(seed);
    rankToUser = new int[people];
    for (int i = 0; i < people; i++) {
      rankToUser[i] = i;
    }
    for (int i = people - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int t = rankToUser[i];
      rankToUser[i] = rankToUser[j];
      rankToUser[j] = t;
    }
    this.seeds = new AtomicLong(seed * 31 + 7);
  }

  /** A batch body of {@code size} track messages for any users, timestamped now. */
  byte[] batch(int size, String writeKey) {
    return batch(size, writeKey, 0, 1);
  }

  /**
   * A batch body of {@code size} track messages, timestamped now, for the users of
   * {@code sender} only (those whose number is {@code sender} modulo {@code senders}), so that
   * a sender that sends its batches one after another delivers each user's events in order,
   * as one Segment source (a device, a backend instance owning its users) does.
   */
  byte[] batch(int size, String writeKey, int sender, int senders) {
    SplittableRandom random = new SplittableRandom(seeds.incrementAndGet() * 0x9E3779B97F4A7C15L);
    String now = Instant.now().toString();
    long first = sequence.getAndAdd(size);
    StringBuilder b = new StringBuilder(size * 330 + 200);
    b.append("{\"batch\":[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        b.append(',');
      }
      Object[] event = EVENTS[eventByPermille[random.nextInt(1000)]];
      String[] properties = (String[]) event[2];
      b.append("{\"type\":\"track\",\"messageId\":\"").append(runId).append('-').append(padded(first + i))
          .append("\",\"userId\":\"user-").append(user(random, sender, senders)).append("\",\"event\":\"").append((String) event[0])
          .append("\",\"properties\":").append(properties[random.nextInt(properties.length)])
          .append(",\"timestamp\":\"").append(now).append('"').append(CONTEXT);
    }
    b.append("],\"sentAt\":\"").append(now).append("\",\"writeKey\":\"").append(writeKey).append("\"}");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A batch of one {@code Demo Requested} (75 points in the model, no limit) for {@code userId}. */
  byte[] marker(String userId, String writeKey) {
    String now = Instant.now().toString();
    return ("{\"batch\":[{\"type\":\"track\",\"messageId\":\"" + runId + "-m" + sequence.getAndIncrement()
        + "\",\"userId\":\"" + userId + "\",\"event\":\"Demo Requested\",\"properties\":{\"size\":\"51-200\"},"
        + "\"timestamp\":\"" + now + "\"" + CONTEXT + "],\"sentAt\":\"" + now + "\",\"writeKey\":\"" + writeKey
        + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** Twelve digits, so that message ids sort as their numbers do (the engine's tie-break). */
  private static String padded(long n) {
    String digits = Long.toString(n);
    return "000000000000".substring(Math.min(12, digits.length())) + digits;
  }

  /** A Zipf-drawn user; with several senders, drawn from {@code sender}'s users with their Zipf weights. */
  private int user(SplittableRandom random, int sender, int senders) {
    if (senders == 1) {
      return user(random);
    }
    Partition part = partitions(senders)[sender];
    return part.users()[search(part.cdf(), random.nextDouble())];
  }

  /** One sender's users and the cumulative distribution of their Zipf weights. */
  private record Partition(int[] users, double[] cdf) {}

  private volatile Partition[] partitions = new Partition[0];

  private Partition[] partitions(int senders) {
    Partition[] p = partitions;
    if (p.length == senders) {
      return p;
    }
    synchronized (this) {
      if (partitions.length != senders) {
        Partition[] built = new Partition[senders];
        for (int c = 0; c < senders; c++) {
          int n = (people - c + senders - 1) / senders;
          int[] users = new int[n];
          double[] cdf = new double[n];
          double sum = 0;
          for (int rank = 0, k = 0; rank < people; rank++) {
            if (rankToUser[rank] % senders == c) {
              sum += zipfCdf[rank] - (rank == 0 ? 0 : zipfCdf[rank - 1]);
              users[k] = rankToUser[rank];
              cdf[k++] = sum;
            }
          }
          for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
          }
          built[c] = new Partition(users, cdf);
        }
        partitions = built;
      }
      return partitions;
    }
  }

  private static int search(double[] cdf, double u) {
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int user(SplittableRandom random) {
    return rankToUser[search(zipfCdf, random.nextDouble())];
  }

  private static double[] zipfCdf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1 / Math.pow(k, s);
      cdf[k - 1] = sum;
    }
    for (int k = 0; k < n; k++) {
      cdf[k] /= sum;
    }
    return cdf;
  }
}
