package dev.leadpulse.server.cli;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.server.app.LeadPulseServer;
import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.server.demo.DemoTraffic;
import dev.leadpulse.server.demo.TrialActivity;
import dev.leadpulse.server.web.Reasons;
import dev.leadpulse.store.Page;
import dev.leadpulse.store.PersonQuery;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.TaskRow;
import dev.leadpulse.store.Users;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse demo}: the server with a demo workspace (the SaaS-trial model, the demo
 * plays, an admin token and a write key) on an embedded store, fed by a generator of realistic trial-user
 * activity over the real tracking API. Prints the URL and keys, the live feed of stage changes
 * as they are recorded, and the hot leads with why they are hot; then keeps the activity going
 * until stopped (or exits, with {@code --exit}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the server with simulated trial users and watch their scores move.")
final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM dd HH:mm").withZone(ZoneOffset.UTC);

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--people", defaultValue = "300", description = "trial users to simulate (default: ${DEFAULT-VALUE})")
  int people;

  @Option(names = "--days", defaultValue = "14", description = "days of past activity (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--seed", defaultValue = "7", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--pace", defaultValue = "15",
      description = "milliseconds to pause at each stage change, so you can watch (default: ${DEFAULT-VALUE})")
  long pace;

  @Option(names = "--top", defaultValue = "10", description = "hot leads to list (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--port", defaultValue = "8080", description = "port for the server (default: ${DEFAULT-VALUE}; 0 picks one)")
  int port;

  @Option(names = "--data", paramLabel = "DIR", description = "keep the demo store here (default: a new temporary folder)")
  Path data;

  @Option(names = "--exit", description = "stop after the past activity and the hot leads, instead of running on")
  boolean exit;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data != null ? Files.createDirectories(data) : Files.createTempDirectory("leadpulse-demo");
    Path model = dir.resolve("saas-trial.yaml");
    Files.writeString(model, resource("/demo/saas-trial.yaml"));
    Path plays = dir.resolve("plays.yaml");
    Files.writeString(plays, resource("/demo/plays.yaml"));
    String adminToken = "lpa_demo_" + random();
    String writeKey = "wk_demo_" + random();
    ServerConfig cfg = new ServerConfig("127.0.0.1", port, ServerConfig.sqliteIn(dir), Optional.of(model),
        Optional.of(adminToken), Optional.of(writeKey), 200_000, Clock.systemUTC(), Optional.of(plays));
    try (LeadPulseServer server = ServeCommand.start(cfg, err)) {
      String url = "http://localhost:" + server.port();
      demoUsers(server.store().users());
      out.printf("LeadPulse demo is running at %s%n  dashboard:   %s  (sign in as admin, ana or raj; password %s)%n"
          + "  admin token: %s%n  write key:   %s%n  store:       %s%n%n", url, url, DEMO_PASSWORD, adminToken,
          writeKey, dir);
      out.printf("  try: curl -s -H 'Authorization: Bearer %s' '%s/api/people?limit=5'%n%n", adminToken, url);
      long now = Instant.now().truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
      List<Event> past = new TrialActivity(seed).generate(people, days, now - Duration.ofDays(days).toMillis())
          .stream().filter(e -> e.time() <= now).toList();
      out.printf("Sending %d events of %d trial users over the last %d days to %s/v1/batch%n%n", past.size(), people,
          days, url);
      out.println("Live feed of stage changes:");
      out.flush();
      DemoTraffic traffic = new DemoTraffic(url, writeKey);
      long t0 = System.nanoTime();
      traffic.send(past, 500);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      long seq = printFeed(server, 0, out);
      out.printf("%n%d events stored and scored in %d ms.%n%n", past.size(), millis);
      hotLeads(server, now, out);
      tasks(server, out);
      if (exit) {
        server.close();
        if (data == null) {
          deleteTree(dir);
        }
        return LeadPulseCommand.OK;
      }
      out.printf("%nLive activity continues (Ctrl-C to stop); open %s in a browser to work the leads.%n", url);
      out.flush();
      TrialActivity live = new TrialActivity(seed + 1);
      List<Event> next = live.generate(people, days, now);
      for (int i = 0; ; i = (i + 5) % Math.max(1, next.size() - 5)) {
        traffic.sendNow(next.subList(i, Math.min(next.size(), i + 5)));
        seq = printFeed(server, seq, out);
        Thread.sleep(500);
      }
    }
  }

  /** The demo's dashboard password, for every demo user. */
  static final String DEMO_PASSWORD = "leadpulse";

  /** The demo's dashboard users: an admin, and a rep for each owner of the demo plays. */
  private static void demoUsers(Users users) {
    users.put("admin", Users.Role.ADMIN, "", DEMO_PASSWORD);
    users.put("ana", Users.Role.REP, "ana", DEMO_PASSWORD);
    users.put("raj", Users.Role.REP, "raj", DEMO_PASSWORD);
  }

  /** Prints the stage changes recorded after {@code seq}; returns the last one's seq. */
  private long printFeed(LeadPulseServer server, long seq, PrintWriter out) throws InterruptedException {
    while (true) {
      List<StageChangeRow> changes = server.store().scores().stageChangesAfter(seq, 500);
      if (changes.isEmpty()) {
        return seq;
      }
      for (StageChangeRow c : changes) {
        seq = c.seq();
        out.printf("  %s  %-30s %-4s → %-4s %s%n", WHEN.format(Instant.ofEpochMilli(c.time())),
            email(server, c.person()), c.from().isEmpty() ? "—" : c.from(), c.to(), c.why());
        out.flush();
        if (pace > 0) {
          Thread.sleep(pace);
        }
      }
    }
  }

  private static String email(LeadPulseServer server, String person) {
    return server.store().scores().person(person).map(PersonRow::traitsJson)
        .map(t -> t.replaceAll(".*\"email\":\"([^\"]*)\".*", "$1")).filter(e -> e.contains("@")).orElse(person);
  }

  /** The newest tasks the demo's plays made: who owns the lead, and why now. */
  private void tasks(LeadPulseServer server, PrintWriter out) {
    List<TaskRow> tasks = server.store().tasks().list("", "", top);
    out.printf("%nTasks the plays made (newest first; %s):%n", "GET /api/tasks");
    for (TaskRow t : tasks) {
      out.printf("  %-4s %-6s %s%n", t.owner().isEmpty() ? "—" : t.owner(), t.priority(), t.title());
    }
    out.flush();
  }

  /** The top leads as of {@code now}, the minute the simulated activity ends (so a seed always gives the same). */
  private void hotLeads(LeadPulseServer server, long now, PrintWriter out) {
    Page<PersonRow> page = server.store().scores().people(new PersonQuery("", "", Long.MIN_VALUE, "",
        PersonQuery.Sort.SCORE, Optional.empty(), Math.max(1, top * 3)));
    out.printf("Hot leads as of %s:%n", WHEN.format(Instant.ofEpochMilli(now)));
    out.printf("  %-30s %7s %5s %-4s %-20s %s%n", "who", "score", "grade", "stage", "account", "why now");
    page.items().stream().filter(p -> !p.anonymous()).limit(top).forEach(p -> {
      Optional<PersonScore> s = server.pipeline().live().read(b -> b.person(p.id(), Math.max(now,
          b.lastEventTime(p.id()).orElse(now))));
      s.ifPresent(score -> out.printf("  %-30s %7s %5s %-4s %-20s %s%n", email(server, p.id()),
          Hundredths.format(score.score()), score.grade(), score.stage().isEmpty() ? "—" : score.stage(),
          score.account().isEmpty() ? "—" : score.account(), why(score)));
    });
    out.flush();
  }

  /** The three rules that give the most, in words: "Used a premium feature ×4 (+72)". */
  static String why(PersonScore s) {
    return Reasons.top(s, 3).stream().filter(r -> r.value() > 0)
        .map(r -> r.text() + " (+" + Hundredths.format(r.value()) + ")").collect(Collectors.joining(", "));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String random() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("the demo model " + path + " is missing from the build");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
