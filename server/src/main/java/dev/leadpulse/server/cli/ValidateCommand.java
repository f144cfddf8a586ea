package dev.leadpulse.server.cli;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.store.NdjsonEvents;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse validate}: every problem of a model file (and of a plays file, with
 * {@code --plays}) with its line and rule or play id, on standard error; exit 0 only when
 * every file given is valid. With {@code --events}, also scores the
 * events and warns of conditions that failed at run time (a missing property, a wrong type).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a model or plays file; list every problem with its line and rule.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "M.yaml", description = "the scoring model")
  Path model;

  @Option(names = "--plays", paramLabel = "FILE", description = "a plays file (owners, plays, alert settings)")
  Path plays;

  @Option(names = "--events", paramLabel = "E.ndjson",
      description = "also score these events and warn of conditions that fail at run time")
  Path events;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (model == null && plays == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --model M.yaml, --plays FILE, or both");
    }
    if (plays != null && !validPlays(out, err)) {
      return LeadPulseCommand.BAD_INPUT;
    }
    if (model == null) {
      return LeadPulseCommand.OK;
    }
    Optional<Model> loaded = ModelFiles.load(model, err);
    if (loaded.isEmpty()) {
      return LeadPulseCommand.BAD_INPUT;
    }
    Model m = loaded.get();
    out.printf("%s: valid model %s (%d fit rules, %d engagement rules, %d stages)%n", model, m.name(),
        m.fit().size(), m.engagement().size(), m.stages().size());
    if (events == null) {
      return LeadPulseCommand.OK;
    }
    CountingFailures failures = new CountingFailures();
    Scoreboard board = new Scoreboard(m, failures);
    NdjsonEvents.Summary summary = NdjsonEvents.read(events, board::accept,
        s -> err.println(s.format(events.toString())));
    long latest = board.latestEventTime().orElse(0L);
    board.people().forEach(p -> board.person(p, latest));
    failures.tallies().forEach((rule, t) -> err.println("warning: " + rule + ": condition failed " + t.count()
        + (t.count() == 1 ? " time" : " times") + " (counted as false), first: " + t.firstMessage()));
    out.printf("%s: %d events scored, %d skipped, %d condition failures%n", events, summary.accepted(),
        summary.skipped(), failures.total());
    return summary.skipped() > 0 ? LeadPulseCommand.BAD_INPUT : LeadPulseCommand.OK;
  }

  /** Prints every problem of the plays file with its line and play, or a one-line summary when it is valid. */
  private boolean validPlays(PrintWriter out, PrintWriter err) {
    String text;
    try {
      text = java.nio.file.Files.readString(plays, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      err.println("leadpulse: cannot read the plays file " + plays + ": " + e.getMessage());
      return false;
    }
    try {
      dev.leadpulse.core.plays.Plays p = dev.leadpulse.core.model.yaml.PlaysReader.read(text);
      out.printf("%s: valid plays file (%d owners, %d plays)%n", plays, p.owners().size(), p.plays().size());
      return true;
    } catch (dev.leadpulse.core.model.yaml.InvalidPlaysException e) {
      e.problems().forEach(problem -> err.println(problem.format(plays.toString())));
      err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + plays);
      return false;
    }
  }
}
