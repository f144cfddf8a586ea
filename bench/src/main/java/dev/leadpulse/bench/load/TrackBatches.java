package dev.leadpulse.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes {@code /v1/batch} bodies of Segment {@code track} messages of about 300 bytes each,
 * shaped like a SaaS product's activity: user ids Zipf-distributed (s = 1.1) over
 * {@code people} users, 12 event names in realistic proportions with the properties the
 * benchmark model's rules read ({@code bench-model.yaml}: page paths, feature and tier, API
 * status, integration provider), a Segment library {@code context}, a unique
 * {@code messageId} per message (the run id, a dash and twelve digits) and the current time,
 * to the millisecond ({@code 2026-11-23T19:36:42.123Z}), as {@code timestamp} and
 * {@code sentAt}. Bodies are UTF-8, written straight into the caller's {@link ByteBuilder}
 * from bytes prepared once.
 *
 * <p>Thread-safe: each batch draws from its own random generator split from the seed.
 */
final class TrackBatches {
  /** An event name, its share in per mille, and the property sets it is sent with. */
  private record EventKind(String name, int perMille, String... properties) {}

  private static final EventKind[] EVENTS = {
      new EventKind("Page Viewed", 400,
          "{\"path\":\"/pricing\",\"title\":\"Pricing\",\"referrer\":\"https://www.google.com/\"}",
          "{\"path\":\"/docs/getting-started\",\"title\":\"Getting started\",\"referrer\":\"\"}",
          "{\"path\":\"/docs/api/events\",\"title\":\"Events API\",\"referrer\":\"\"}",
          "{\"path\":\"/blog/product-led-sales\",\"title\":\"Product-led sales\",\"referrer\":\"https://news.ycombinator.com/\"}",
          "{\"path\":\"/billing\",\"title\":\"Billing\",\"referrer\":\"\"}",
          "{\"path\":\"/app/projects\",\"title\":\"Projects\",\"referrer\":\"\"}",
          "{\"path\":\"/\",\"title\":\"Home\",\"referrer\":\"https://www.linkedin.com/\"}"),
      new EventKind("Feature Used", 140,
          "{\"feature\":\"reports\",\"tier\":\"premium\"}",
          "{\"feature\":\"dashboards\",\"tier\":\"standard\"}",
          "{\"feature\":\"alerts\",\"tier\":\"premium\"}",
          "{\"feature\":\"exports\",\"tier\":\"standard\"}",
          "{\"feature\":\"sso\"}"),
      new EventKind("API Called", 120,
          "{\"endpoint\":\"/v2/records\",\"status\":200,\"ms\":42}",
          "{\"endpoint\":\"/v2/records\",\"status\":201,\"ms\":57}",
          "{\"endpoint\":\"/v2/search\",\"status\":500,\"ms\":903}"),
      new EventKind("Email Clicked", 80,
          "{\"campaign\":\"trial-day-3\",\"link\":\"https://example.com/docs\"}",
          "{\"campaign\":\"webinar-invite\",\"link\":\"https://example.com/webinar\"}"),
      new EventKind("Project Created", 60, "{\"template\":\"blank\"}", "{\"template\":\"crm-sync\"}"),
      new EventKind("Report Exported", 50, "{\"format\":\"csv\"}", "{\"format\":\"pdf\"}"),
      new EventKind("Member Invited", 35, "{\"role\":\"editor\"}", "{\"role\":\"admin\"}"),
      new EventKind("Dashboard Shared", 35, "{\"audience\":\"team\"}"),
      new EventKind("Integration Connected", 25,
          "{\"provider\":\"salesforce\"}", "{\"provider\":\"slack\"}", "{\"provider\":\"zapier\"}"),
      new EventKind("Signed Up", 25, "{\"plan\":\"trial\",\"source\":\"website\"}"),
      new EventKind("Trial Started", 25, "{\"plan\":\"growth\",\"days\":14}"),
      new EventKind("Demo Requested", 5, "{\"size\":\"51-200\"}"),
  };

  private static final String CONTEXT = ",\"context\":{\"library\":{\"name\":\"analytics-java\",\"version\":\"3.5.4\"},"
      + "\"ip\":\"203.0.113.7\",\"userAgent\":\"Mozilla/5.0 (X11; Linux x86_64)\"}}";

  private static final byte[] BATCH_OPEN = utf8("{\"batch\":[");
  private static final byte[] USER_ID = utf8("\",\"userId\":\"user-");
  private static final byte[] TIMESTAMP = utf8(",\"timestamp\":\"");
  private static final byte[] TIMESTAMP_END_AND_CONTEXT = utf8("\"" + CONTEXT);
  private static final byte[] SENT_AT = utf8("],\"sentAt\":\"");
  /** Per event kind: what follows the user id up to the properties' value. */
  private static final byte[][] EVENT_NAMES = new byte[EVENTS.length][];
  /** Per event kind: its property sets as JSON objects. */
  private static final byte[][][] PROPERTIES = new byte[EVENTS.length][][];

  static {
    for (int e = 0; e < EVENTS.length; e++) {
      EVENT_NAMES[e] = utf8("\",\"event\":\"" + EVENTS[e].name() + "\",\"properties\":");
      PROPERTIES[e] = new byte[EVENTS[e].properties().length][];
      for (int p = 0; p < PROPERTIES[e].length; p++) {
        PROPERTIES[e][p] = utf8(EVENTS[e].properties()[p]);
      }
    }
  }

  private final String runId;
  private final String writeKey;
  /** The start of every message up to its number: {@code {"type":"track","messageId":"<run id>-}. */
  private final byte[] messageStart;
  /** What follows {@code sentAt}'s time: the write key and the end of the body. */
  private final byte[] batchEnd;
  private final int people;
  private final double[] zipfCdf;
  private final int[] eventByPermille = new int[1000];
  private final int[] rankToUser;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong seeds;

  /**
   * {@code runId} prefixes every message id, so that runs against one store never collide;
   * {@code writeKey} is written into every body.
   */
  TrackBatches(String runId, String writeKey, int people, long seed) {
    this.runId = runId;
    this.writeKey = writeKey;
    this.messageStart = utf8("{\"type\":\"track\",\"messageId\":\"" + runId + "-");
    this.batchEnd = utf8("\",\"writeKey\":\"" + writeKey + "\"}");
    this.people = people;
    this.zipfCdf = zipfCdf(people, 1.1);
    int at = 0;
    for (int e = 0; e < EVENTS.length; e++) {
      for (int i = 0; i < EVENTS[e].perMille(); i++) {
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

  /**
   * Replaces the contents of {@code out} with a batch body of {@code size} track messages,
   * timestamped now, for the users of {@code sender} only (those whose number is
   * {@code sender} modulo {@code senders}; all users when {@code senders} is 1), so that a
   * sender that sends its batches one after another delivers each user's events in order, as
   * one Segment source (a device, a backend instance owning its users) does.
   */
  void write(ByteBuilder out, int size, int sender, int senders) {
    SplittableRandom random = new SplittableRandom(scatter(seeds.incrementAndGet()));
    byte[] now = IsoMillis.bytes(System.currentTimeMillis());
    long first = sequence.getAndAdd(size);
    out.clear().append(BATCH_OPEN);
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append((byte) ',');
      }
      int event = eventByPermille[random.nextInt(1000)];
      out.append(messageStart).appendPadded(first + i, 12)
          .append(USER_ID).appendDecimal(user(random, sender, senders))
          .append(EVENT_NAMES[event]).append(PROPERTIES[event][random.nextInt(PROPERTIES[event].length)])
          .append(TIMESTAMP).append(now).append(TIMESTAMP_END_AND_CONTEXT);
    }
    out.append(SENT_AT).append(now).append(batchEnd);
  }

  /** A batch of one {@code Demo Requested} (75 points in the model, no limit) for {@code userId}. */
  byte[] marker(String userId) {
    String now = new String(IsoMillis.bytes(System.currentTimeMillis()), StandardCharsets.US_ASCII);
    return utf8("{\"batch\":[{\"type\":\"track\",\"messageId\":\"" + runId + "-m" + sequence.getAndIncrement()
        + "\",\"userId\":\"" + userId + "\",\"event\":\"Demo Requested\",\"properties\":{\"size\":\"51-200\"},"
        + "\"timestamp\":\"" + now + "\"" + CONTEXT + "],\"sentAt\":\"" + now + "\",\"writeKey\":\"" + writeKey
        + "\"}");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A Zipf-drawn user; with several senders, drawn from {@code sender}'s users with their Zipf weights. */
  /**
   * Consecutive batch numbers as unrelated generator states. {@code SplittableRandom} steps its
   * state by a fixed gamma, so states that differ by a small multiple of it (as {@code k × gamma}
   * did) give the same draws shifted by a few places: batches would repeat each other.
   */
  private static long scatter(long k) {
    long z = k * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

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
