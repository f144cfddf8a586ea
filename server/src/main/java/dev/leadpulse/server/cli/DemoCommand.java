package dev.leadpulse.server.cli;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.server.demo.TrialActivity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse demo}: the SaaS-trial model scoring a few hundred simulated trial users
 * in real time. Prints each stage change as it happens (the hot-lead feed), then the hot
 * leads with why they are hot.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Watch LeadPulse score simulated trial users in real time.")
final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM dd HH:mm").withZone(ZoneOffset.UTC);

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--people", defaultValue = "300", description = "trial users to simulate (default: ${DEFAULT-VALUE})")
  int people;

  @Option(names = "--days", defaultValue = "14", description = "days of activity (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--seed", defaultValue = "7", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--pace", defaultValue = "15",
      description = "milliseconds to pause at each stage change, so you can watch (default: ${DEFAULT-VALUE})")
  long pace;

  @Option(names = "--top", defaultValue = "10", description = "hot leads to list (default: ${DEFAULT-VALUE})")
  int top;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Model model = ModelReader.read(resource("/demo/saas-trial.yaml"));
    long now = Instant.now().truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
    long start = now - Duration.ofDays(days).toMillis();
    List<Event> events = new TrialActivity(seed).generate(people, days, start);
    Scoreboard board = new Scoreboard(model, new CountingFailures());
    out.printf("LeadPulse demo: model %s, %d trial users, %d events over %d days%n%n", model.name(), people,
        events.size(), days);
    out.println("Live feed of stage changes:");
    long t0 = System.nanoTime();
    int changes = 0;
    for (Event e : events) {
      if (e.time() > now) {
        continue;
      }
      Scoreboard.Accepted a = board.accept(e);
      for (StageChange c : a.update().stageChanges()) {
        changes++;
        out.printf("  %s  %-28s %-4s → %-4s %s%n", WHEN.format(Instant.ofEpochMilli(c.time())), name(board, a.person(), c.time()),
            c.from().isEmpty() ? "—" : c.from(), c.to(), c.why());
        out.flush();
        if (pace > 0) {
          Thread.sleep(pace);
        }
      }
    }
    long micros = (System.nanoTime() - t0) / 1000;
    out.printf("%n%d stage changes; %d events scored in %d ms.%n%n", changes, events.size(), micros / 1000);
    hotLeads(board, now, out);
    return LeadPulseCommand.OK;
  }

  private void hotLeads(Scoreboard board, long now, PrintWriter out) {
    List<PersonScore> ranked = board.people().stream().filter(p -> !board.isAnonymous(p))
        .map(p -> board.person(p, now).orElseThrow())
        .sorted(Comparator.comparingLong(PersonScore::score).reversed()).limit(top).toList();
    out.printf("Hot leads as of %s:%n", WHEN.format(Instant.ofEpochMilli(now)));
    out.printf("  %-28s %7s %5s %-4s %-20s %s%n", "who", "score", "grade", "stage", "account", "why now");
    for (PersonScore s : ranked) {
      out.printf("  %-28s %7s %5s %-4s %-20s %s%n", s.traits().getOrDefault("email", s.id()),
          Hundredths.format(s.score()), s.grade(), s.stage().isEmpty() ? "—" : s.stage(),
          s.account().isEmpty() ? "—" : s.account(), why(s));
    }
  }

  /** The three rules that give the most, in words: "Used a premium feature ×4 (+72)". */
  static String why(PersonScore s) {
    Map<String, long[]> byRule = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Contribution c : s.contributions()) {
      if (c.kind() == Contribution.Kind.ENGAGEMENT && c.value() > 0) {
        long[] sum = byRule.computeIfAbsent(c.ruleId(), k -> new long[2]);
        sum[0] += c.value();
        sum[1]++;
        labels.put(c.ruleId(), c.label());
      }
    }
    return byRule.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(3)
        .map(e -> labels.get(e.getKey()) + (e.getValue()[1] > 1 ? " ×" + e.getValue()[1] : "")
            + " (+" + Hundredths.format(e.getValue()[0]) + ")")
        .collect(Collectors.joining(", "));
  }

  private static String name(Scoreboard board, String person, long at) {
    return board.person(person, at).map(s -> String.valueOf(s.traits().getOrDefault("email", person))).orElse(person);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("the demo model " + path + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
