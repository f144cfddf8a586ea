package dev.leadpulse.server.demo;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic product activity of trial users, reproducible from a seed: a few are very
 * active (Zipf-skewed propensity), most try the product a little and drift away. Each user
 * first browses anonymously, then signs up (identify + Trial Started) and uses the product
 * in sessions of a few events: projects, invitations, premium features, pricing and billing
 * pages, now and then a demo request.
 */
public final class TrialActivity {
  private static final String[] FIRST = {"Dana", "Lee", "Kim", "Sam", "Alex", "Noor", "Ana", "Raj", "Mia", "Tom",
      "Ivy", "Omar", "Zoe", "Liam", "Eva", "Yuki", "Ben", "Sara", "Luca", "Nina"};
  private static final String[] LAST = {"Ruiz", "Patel", "Chen", "Okafor", "Smith", "Kowalski", "Haddad", "Silva",
      "Nguyen", "Berg", "Moreau", "Tanaka", "Rossi", "Khan", "Müller"};
  private static final String[] COMPANIES = {"northwind.example", "acme.example", "globex.example",
      "initech.example", "umbrella.example", "hooli.example", "stark.example", "wayne.example", "tyrell.example",
      "cyberdyne.example", "gmail.com", "outlook.com"};
  private static final String[] TITLES = {"VP of Engineering", "Head of Product", "CTO", "Software Engineer",
      "Data Analyst", "Product Manager", "Director of Operations", "Student", "Designer", "Founder & CEO"};
  private static final String[] INDUSTRIES = {"software", "fintech", "retail", "education", "healthcare"};
  private static final String[] FEATURES = {"gantt", "automations", "reports", "sso", "list", "board", "calendar"};

  private final Random random;
  private int sequence;

  public TrialActivity(long seed) {
    this.random = new Random(seed);
  }

  /** The events of {@code people} users over {@code days} days from {@code start}, in time order. */
  public List<Event> generate(int people, int days, long start) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      person(i, days, start, out);
    }
    out.sort(Event.ORDER);
    return out;
  }

  /**
   * The first {@value #NAMED_COMPANY_PEOPLE} people work at the named companies (so a small demo
   * is the same as ever); past them, colleagues come in groups of {@value #BUYING_GROUP}, as in
   * a real trial base where most accounts are small. Free-mail users stay on free mail.
   */
  private static String company(int index, String drawn) {
    if (index < NAMED_COMPANY_PEOPLE || drawn.equals("gmail.com") || drawn.equals("outlook.com")) {
      return drawn;
    }
    return "co" + (index / BUYING_GROUP) + "-" + drawn;
  }

  private static final int NAMED_COMPANY_PEOPLE = 1000;
  private static final int BUYING_GROUP = 8;

  private void person(int index, int days, long start, List<Event> out) {
    double propensity = 1.0 / Math.pow(index + 1.0, 0.55);
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    String domain = company(index, COMPANIES[random.nextInt(COMPANIES.length)]);
    String userId = "user-" + (1000 + index);
    String anonymousId = "anon-" + Integer.toHexString(0x10000 + index * 7919);
    long signup = start + Duration.ofHours(random.nextInt(Math.max(1, days * 24 / 2))).toMillis();
    long t = signup - Duration.ofMinutes(20 + random.nextInt(600)).toMillis();
    for (int v = 0; v < 1 + random.nextInt(3); v++) {
      t += Duration.ofMinutes(1 + random.nextInt(4)).toMillis();
      out.add(page(anonymousId, "", t, random.nextBoolean() ? "/pricing" : "/features"));
    }
    Map<String, Object> traits = Map.of("email", first.toLowerCase() + "." + last.toLowerCase() + "@" + domain,
        "name", first + " " + last, "title", TITLES[random.nextInt(TITLES.length)],
        "company_size", (double) (5 + random.nextInt(3000)), "industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)],
        "plan", "trial");
    out.add(new Event(id(), MessageType.IDENTIFY, "", userId, anonymousId, signup, Map.of(), traits, "", ""));
    out.add(track(userId, "Trial Started", signup + 1000, Map.of("plan", "pro")));
    long end = start + Duration.ofDays(days).toMillis();
    double interest = propensity;
    for (long day = signup; day < end; day += Duration.ofDays(1).toMillis()) {
      if (random.nextDouble() < 0.15 + 0.8 * interest) {
        session(userId, day + Duration.ofMinutes(random.nextInt(12 * 60)).toMillis(), interest, out);
      }
      interest *= 0.8 + 0.2 * random.nextDouble() * (1 + propensity);
    }
  }

  private void session(String userId, long at, double interest, List<Event> out) {
    long t = at;
    int events = 1 + random.nextInt(2 + (int) (interest * 8));
    for (int e = 0; e < events; e++) {
      t += Duration.ofMinutes(1 + random.nextInt(8)).toMillis();
      double roll = random.nextDouble();
      if (roll < 0.25) {
        out.add(track(userId, "Project Created", t, Map.of("template", "blank")));
      } else if (roll < 0.50) {
        String feature = FEATURES[random.nextInt(FEATURES.length)];
        String tier = feature.equals("list") || feature.equals("board") || feature.equals("calendar") ? "free" : "premium";
        out.add(track(userId, "Feature Used", t, Map.of("feature", feature, "tier", tier)));
      } else if (roll < 0.70) {
        out.add(page("", userId, t, "/pricing"));
      } else if (roll < 0.80) {
        out.add(page("", userId, t, "/docs"));
      } else if (roll < 0.88) {
        out.add(track(userId, "Member Invited", t, Map.of("role", random.nextBoolean() ? "editor" : "viewer")));
      } else if (roll < 0.96 || interest < 0.5) {
        out.add(page("", userId, t, "/billing"));
      } else {
        out.add(track(userId, "Demo Requested", t, Map.of("source", "in-app")));
      }
    }
  }

  private Event track(String userId, String name, long t, Map<String, Object> properties) {
    return new Event(id(), MessageType.TRACK, name, userId, "", t, properties, Map.of(), "", "");
  }

  private Event page(String anonymousId, String userId, long t, String path) {
    return new Event(id(), MessageType.PAGE, "Page Viewed", userId, anonymousId, t,
        Map.of("path", path, "name", path.substring(1)), Map.of(), "", "");
  }

  private String id() {
    return String.format("demo-%08d", sequence++);
  }
}
