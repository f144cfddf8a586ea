package dev.leadpulse.bench;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic, realistic benchmark workload: the 20-rule model in
 * {@code bench-model.yaml} and a stream of already-parsed events.
 *
 * <p>The stream: {@code people} people, each starting with an {@code identify} (an email at
 * one of {@value #COMPANY_DOMAINS} company domains, Zipf-distributed so accounts range from
 * one person to thousands, or at a free-mail domain for a quarter of people), then track and
 * page events. How many events a person has follows a Zipf law with exponent {@code s} over
 * the people's ranks (a few very active people, a long tail who did one or two things). A
 * person's events come in sessions (seconds apart) separated by exponential gaps (hours to
 * weeks, so inactivity rules fire), spread over {@value #SPAN_DAYS} days from
 * {@link #START}; each person's times are strictly increasing, and the whole stream is
 * sorted by time.
 *
 * <p>Events are fully built {@link Event} records, allocated in stream order with their own
 * message id and user id strings, and an identify's own trait map (as a parser would hand
 * them over). To keep 10 million of
 * them in memory, property maps are drawn from a pool of a few hundred (a real parser would
 * build one per event: identical content, more garbage); trait maps are per person.
 */
public final class Workload {
  /** The first identify can be at this time (2026-08-24T00:00:00Z). */
  public static final long START = Instant.parse("2026-08-24T00:00:00Z").toEpochMilli();
  static final int SPAN_DAYS = 90;
  static final long SPAN = Duration.ofDays(SPAN_DAYS).toMillis();
  static final int COMPANY_DOMAINS = 5000;
  /** Default Zipf exponent of per-person activity. */
  public static final double ZIPF_S = 1.1;
  /** Default seed: the same arguments always give the same stream. */
  public static final long SEED = 20261122L;

  private static final int TIME_BITS = 34;
  private static final int INDEX_BITS = 63 - TIME_BITS;

  /** The events, sorted by time (ties by generation order; one person's times never tie). */
  public final Event[] events;
  /** The people's user ids, index = generation order. */
  public final String[] userIds;
  /** Events per person ({@code identify} included), by index. */
  public final int[] eventsPerPerson;

  private Workload(Event[] events, String[] userIds, int[] eventsPerPerson) {
    this.events = events;
    this.userIds = userIds;
    this.eventsPerPerson = eventsPerPerson;
  }

  /** The model's YAML text. */
  public static String modelYaml() {
    try (InputStream in = Workload.class.getResourceAsStream("bench-model.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The benchmark model, read from its YAML. */
  public static Model model() {
    return ModelReader.read(modelYaml());
  }

  /** {@link #generate(int, long, double, long)} with the default exponent and seed. */
  public static Workload generate(int people, long targetEvents) {
    return generate(people, targetEvents, ZIPF_S, SEED);
  }

  /**
   * Generates about {@code targetEvents} events (at least one identify per person; the
   * exact count is {@code events.length}) for {@code people} people.
   */
  public static Workload generate(int people, long targetEvents, double s, long seed) {
    if (people < 1 || targetEvents >= (1L << INDEX_BITS)) {
      throw new IllegalArgumentException("people must be positive and events below 2^" + INDEX_BITS);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = activityCounts(people, Math.max(0, targetEvents - people), s, random);
    long total = people;
    for (int c : counts) {
      total += c;
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("too many events: " + total);
    }
    Pools pools = new Pools(random.split());
    Event[] unsorted = new Event[(int) total];
    long[] keys = new long[(int) total];
    String[] userIds = new String[people];
    int[] perPerson = new int[people];
    int pos = 0;
    for (int p = 0; p < people; p++) {
      // Person p's own random stream, so a person's events do not depend on the others'.
      SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + p);
      String userId = userId(p);
      userIds[p] = userId;
      perPerson[p] = counts[p] + 1;
      long t = START + (long) (r.nextDouble() * SPAN * 0.5);
      unsorted[pos] = Event.identify(messageId(r), userId, t, pools.traits(r, p));
      keys[pos] = key(t, pos);
      pos++;
      int k = counts[p];
      long available = START + SPAN - t;
      double inSession = Math.min(45_000.0, available / (2.0 * Math.max(k, 1)));
      double betweenSessions = Math.max(1.0, (available - k * inSession) / (k / 6.0 + 1));
      for (int j = 0; j < k; j++) {
        boolean newSession = j == 0 ? r.nextDouble() < 0.3 : r.nextDouble() < 1.0 / 6;
        double gap = newSession ? -Math.log(1 - r.nextDouble()) * betweenSessions : r.nextDouble() * 2 * inSession;
        // Never past the end of the span: leave room for the person's remaining events.
        long room = START + SPAN - t - (k - j);
        t += 1 + (long) Math.min(gap, Math.max(0, room) * 0.5);
        unsorted[pos] = pools.activity(r, messageId(r), userId, t);
        keys[pos] = key(t, pos);
        pos++;
      }
    }
    Arrays.sort(keys);
    Event[] sorted = new Event[unsorted.length];
    long mask = (1L << INDEX_BITS) - 1;
    for (int i = 0; i < keys.length; i++) {
      int from = (int) (keys[i] & mask);
      // Re-allocated in stream order with their own id strings, as a parser hands them over:
      // otherwise every event would be a cache miss in generation (per-person) order.
      sorted[i] = copy(unsorted[from]);
      unsorted[from] = null;
    }
    return new Workload(sorted, userIds, perPerson);
  }

  private static Event copy(Event e) {
    return new Event(fresh(e.messageId()), e.type(), e.name(), fresh(e.userId()), e.anonymousId(), e.time(),
        e.properties(), copyTraits(e.traits()), e.groupId(), e.previousId());
  }

  /**
   * A copy of {@code s} with its own characters and no cached hash, as a parser makes it.
   * {@code new String(s)} is not that: it shares {@code s}'s byte array (and copies its hash),
   * so before 2026-11-23 (second session) every event's user id, message id and identify
   * email still read their bytes from where generation, in person order, had put them: a
   * cache miss per event that real ingest does not pay.
   */
  private static String fresh(String s) {
    return new String(s.toCharArray());
  }

  /**
   * An identify's traits, rebuilt in stream order with their own strings, as a parser builds
   * them with the message (same keys, order and values). Before 2026-11-23 they stayed where
   * generation (in person order) put them, so reading an identify's email was a cache miss
   * no real ingest pays.
   */
  private static Map<String, Object> copyTraits(Map<String, Object> traits) {
    if (traits.isEmpty()) {
      return traits;
    }
    Map<String, Object> t = new LinkedHashMap<>();
    // Numbers too: a parser boxes each one with its message (Double.valueOf always allocates).
    traits.forEach((k, v) -> t.put(k, v instanceof String s ? fresh(s) : v instanceof Double d ? Double.valueOf(d) : v));
    return Collections.unmodifiableMap(t);
  }

  private static long key(long time, int index) {
    long offset = time - START;
    if (offset < 0 || offset >= (1L << TIME_BITS)) {
      throw new IllegalStateException("time out of range: " + Instant.ofEpochMilli(time));
    }
    return offset << INDEX_BITS | index;
  }

  /** Activity events per person: Zipf shares of {@code activity}, randomly rounded. */
  static int[] activityCounts(int people, long activity, double s, SplittableRandom random) {
    double[] w = new double[people];
    double sum = 0;
    for (int i = 0; i < people; i++) {
      w[i] = Math.pow(i + 1, -s);
      sum += w[i];
    }
    // Ranks are shuffled over people so that user ids say nothing about activity.
    int[] rankOf = new int[people];
    for (int i = 0; i < people; i++) {
      rankOf[i] = i;
    }
    for (int i = people - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = rankOf[i];
      rankOf[i] = rankOf[j];
      rankOf[j] = x;
    }
    int[] counts = new int[people];
    for (int p = 0; p < people; p++) {
      double expected = activity * w[rankOf[p]] / sum;
      long n = (long) expected;
      if (random.nextDouble() < expected - n) {
        n++;
      }
      counts[p] = (int) Math.min(n, Integer.MAX_VALUE / 4);
    }
    return counts;
  }

  static String userId(int p) {
    return "usr_" + Long.toString(0x10_0000_0000L + p * 7919L % 0x0F_FFFF_FFFFL, 36);
  }

  /** A random UUID-shaped message id (36 characters), as Segment libraries send. */
  static String messageId(SplittableRandom r) {
    long hi = r.nextLong();
    long lo = r.nextLong();
    return new java.util.UUID(hi & ~0xF000L | 0x4000L, lo & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
  }

  /** The pools events draw their names, properties and traits from. */
  static final class Pools {
    private static final String[] TITLES = {"Software Engineer", "Senior Engineer", "Engineering Manager",
        "Product Manager", "Data Analyst", "Designer", "Marketing Manager", "Sales Rep", "Student", "Consultant",
        "Director of Engineering", "VP Engineering", "Head of Growth", "CTO", "CEO", "Founder", "Developer",
        "Operations Manager", "Account Executive", "Chief Revenue Officer"};
    private static final String[] INDUSTRIES = {"software", "fintech", "retail", "healthcare", "education",
        "manufacturing", "media", "logistics", "government", "consulting"};
    private static final String[] FREE = {"gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com"};
    private static final String[] FIRST = {"alex", "sam", "maria", "li", "fatima", "john", "aisha", "noah",
        "emma", "carlos", "yuki", "olga", "raj", "ines", "tom", "zoe"};
    private static final String[] WORDS = {"acme", "globex", "initech", "umbrella", "stark", "wayne", "hooli",
        "vandelay", "soylent", "tyrell", "cyberdyne", "wonka", "aperture", "blue", "north", "bright", "cloud",
        "data", "flow", "peak"};
    private static final String[] FEATURES = {"dashboards", "alerts", "sso", "audit-log", "export", "api-keys",
        "workflows", "templates", "roles", "webhooks", "sandbox", "analytics", "comments", "search", "imports",
        "scheduling", "custom-fields", "reports", "mobile", "integrations"};
    private static final String[] PROVIDERS = {"salesforce", "hubspot", "slack", "github", "jira", "zapier"};
    private static final String[] CAMPAIGNS = {"onboarding-1", "onboarding-2", "onboarding-3", "newsletter",
        "webinar-invite", "trial-ending", "feature-launch"};
    private static final String[] ENDPOINTS = {"/v1/items", "/v1/items/{id}", "/v1/users", "/v1/search",
        "/v1/events", "/v1/reports"};

    private final String[] domains = new String[COMPANY_DOMAINS];
    private final double[] domainCdf = new double[COMPANY_DOMAINS];
    private final Map<String, Object>[] pages;
    private final double[] pageCdf;
    private final Map<String, Object>[] featureUses;
    private final Map<String, Object>[] apiCalls;
    private final Map<String, Object>[] providers;
    private final Map<String, Object>[] campaigns;
    private final Map<String, Object>[] formats;

    /** Activity events by name, with their shares. */
    private static final String[] NAMES = {"Page Viewed", "Feature Used", "API Called", "Button Clicked",
        "Search Performed", "Email Clicked", "Project Created", "Report Exported", "Dashboard Shared",
        "Member Invited", "Integration Connected", "Signed Up", "Trial Started", "Webinar Attended",
        "Demo Requested"};
    private static final double[] SHARES = {40, 14, 12, 9, 6, 4, 3, 3, 1.5, 1.5, 0.6, 0.5, 0.5, 0.3, 0.1};
    private final double[] nameCdf = cdf(SHARES);

    @SuppressWarnings("unchecked")
    Pools(SplittableRandom r) {
      double[] dw = new double[COMPANY_DOMAINS];
      for (int i = 0; i < COMPANY_DOMAINS; i++) {
        domains[i] = WORDS[r.nextInt(WORDS.length)] + "-" + WORDS[r.nextInt(WORDS.length)] + i + ".com";
        dw[i] = 1.0 / (i + 1);
      }
      System.arraycopy(cdf(dw), 0, domainCdf, 0, COMPANY_DOMAINS);
      java.util.List<String> paths = new java.util.ArrayList<>();
      java.util.List<Double> pw = new java.util.ArrayList<>();
      addPath(paths, pw, "/", 15);
      addPath(paths, pw, "/pricing", 10);
      addPath(paths, pw, "/billing", 2);
      addPath(paths, pw, "/features", 8);
      addPath(paths, pw, "/changelog", 3);
      addPath(paths, pw, "/integrations", 4);
      addPath(paths, pw, "/about", 3);
      addPath(paths, pw, "/app/dashboard", 12);
      addPath(paths, pw, "/app/settings", 4);
      for (int i = 0; i < 60; i++) {
        addPath(paths, pw, "/docs/" + WORDS[i % WORDS.length] + "-guide-" + i, 25.0 / 60);
      }
      for (int i = 0; i < 80; i++) {
        addPath(paths, pw, "/blog/post-" + i, 14.0 / 80);
      }
      pages = new Map[paths.size()];
      double[] weights = new double[paths.size()];
      for (int i = 0; i < pages.length; i++) {
        String p = paths.get(i);
        pages[i] = props("path", p, "url", "https://www.example.com" + p, "title", "Example | " + p,
            "referrer", i % 3 == 0 ? "https://www.google.com/" : "");
        weights[i] = pw.get(i);
      }
      pageCdf = cdf(weights);
      featureUses = new Map[FEATURES.length * 3];
      for (int i = 0; i < FEATURES.length; i++) {
        featureUses[3 * i] = props("feature", FEATURES[i], "tier", "free");
        featureUses[3 * i + 1] = props("feature", FEATURES[i], "tier", "premium");
        // A client that forgets the tier: conditions on it fail and are counted.
        featureUses[3 * i + 2] = props("feature", FEATURES[i]);
      }
      apiCalls = new Map[ENDPOINTS.length * 3];
      double[] statuses = {200.0, 404.0, 503.0};
      for (int i = 0; i < ENDPOINTS.length; i++) {
        for (int j = 0; j < 3; j++) {
          apiCalls[3 * i + j] = props("endpoint", ENDPOINTS[i], "method", "GET", "status", statuses[j]);
        }
      }
      providers = new Map[PROVIDERS.length];
      for (int i = 0; i < PROVIDERS.length; i++) {
        providers[i] = props("provider", PROVIDERS[i]);
      }
      campaigns = new Map[CAMPAIGNS.length];
      for (int i = 0; i < CAMPAIGNS.length; i++) {
        campaigns[i] = props("campaign", CAMPAIGNS[i], "link", "https://www.example.com/?utm=" + CAMPAIGNS[i]);
      }
      formats = new Map[] {props("format", "csv"), props("format", "pdf"), props("format", "xlsx")};
    }

    private static void addPath(java.util.List<String> paths, java.util.List<Double> weights, String p, double w) {
      paths.add(p);
      weights.add(w);
    }

    /** An unmodifiable insertion-ordered map, as the JSON parser builds. */
    private static Map<String, Object> props(Object... kv) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) {
        m.put((String) kv[i], kv[i + 1]);
      }
      return Collections.unmodifiableMap(m);
    }

    private static double[] cdf(double[] w) {
      double[] c = new double[w.length];
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        sum += w[i];
        c[i] = sum;
      }
      for (int i = 0; i < w.length; i++) {
        c[i] /= sum;
      }
      return c;
    }

    private static int pick(double[] cdf, SplittableRandom r) {
      int i = Arrays.binarySearch(cdf, r.nextDouble());
      return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
    }

    Map<String, Object> traits(SplittableRandom r, int p) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String domain = r.nextDouble() < 0.25 ? FREE[r.nextInt(FREE.length)] : domains[pick(domainCdf, r)];
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("email", first + "." + p + "@" + domain);
      t.put("name", Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + p);
      if (r.nextDouble() < 0.8) {
        t.put("title", TITLES[r.nextInt(TITLES.length)]);
      }
      if (r.nextDouble() < 0.7) {
        double[] sizes = {5, 12, 40, 80, 150, 400, 900, 2500, 12000};
        t.put("company_size", sizes[r.nextInt(sizes.length)]);
      }
      if (r.nextDouble() < 0.6) {
        t.put("industry", INDUSTRIES[r.nextInt(INDUSTRIES.length)]);
      }
      t.put("plan", r.nextDouble() < 0.8 ? "free" : "team");
      return Collections.unmodifiableMap(t);
    }

    Event activity(SplittableRandom r, String messageId, String userId, long t) {
      String name = NAMES[pick(nameCdf, r)];
      return switch (name) {
        case "Page Viewed" -> new Event(messageId, MessageType.PAGE, name, userId, "", t, pages[pick(pageCdf, r)],
            Map.of(), "", "");
        case "Feature Used" -> {
          double x = r.nextDouble();
          int f = r.nextInt(FEATURES.length);
          yield Event.track(messageId, userId, name, t, featureUses[3 * f + (x < 0.7 ? 0 : x < 0.95 ? 1 : 2)]);
        }
        case "API Called" -> {
          double x = r.nextDouble();
          yield Event.track(messageId, userId, name, t,
              apiCalls[3 * r.nextInt(ENDPOINTS.length) + (x < 0.93 ? 0 : x < 0.99 ? 1 : 2)]);
        }
        case "Integration Connected" -> Event.track(messageId, userId, name, t, providers[r.nextInt(providers.length)]);
        case "Email Clicked" -> Event.track(messageId, userId, name, t, campaigns[r.nextInt(campaigns.length)]);
        case "Report Exported" -> Event.track(messageId, userId, name, t, formats[r.nextInt(formats.length)]);
        default -> Event.track(messageId, userId, name, t, Map.of());
      };
    }
  }
}
