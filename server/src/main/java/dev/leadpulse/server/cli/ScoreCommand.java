package dev.leadpulse.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.store.NdjsonEvents;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse score}: offline scoring, no server, no store. Prints one JSON object:
 * {@code {"asOf", "model", "people": {id: …}, "visitors": {anonymousId: …}, "accounts": {id: …}}}.
 * Events after {@code --as-of} are left out. Malformed lines are reported with their line
 * numbers and skipped; the exit status is then 2.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score events against a model, offline, and print the scores as JSON.")
final class ScoreCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "M.yaml", description = "the scoring model")
  Path model;

  @Option(names = "--events", required = true, paramLabel = "E.ndjson", description = "Segment messages, one per line")
  Path events;

  @Option(names = "--as-of", paramLabel = "T", description = "score as of this ISO-8601 time (default: now)")
  String asOf;

  @Option(names = "--compact", description = "print the JSON on one line")
  boolean compact;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Instant> at = parseAsOf(err);
    if (at.isEmpty()) {
      return LeadPulseCommand.BAD_INPUT;
    }
    if (!Files.isReadable(events)) {
      err.println("leadpulse: cannot read the events " + events);
      return LeadPulseCommand.BAD_INPUT;
    }
    Optional<Model> loaded = ModelFiles.load(model, err);
    if (loaded.isEmpty()) {
      return LeadPulseCommand.BAD_INPUT;
    }
    CountingFailures failures = new CountingFailures();
    Scoreboard board = new Scoreboard(loaded.get(), failures);
    long asOfMillis = at.get().toEpochMilli();
    List<NdjsonEvents.Skipped> skipped = new ArrayList<>();
    NdjsonEvents.Summary summary = NdjsonEvents.read(events, (Event e) -> {
      if (e.time() <= asOfMillis) {
        board.accept(e);
      }
    }, skipped::add);
    skipped.forEach(s -> err.println(s.format(events.toString())));
    ObjectNode result = render(board, loaded.get(), asOfMillis);
    ObjectMapper json = new ObjectMapper();
    if (!compact) {
      json.enable(SerializationFeature.INDENT_OUTPUT);
    }
    out.println(json.writeValueAsString(result));
    failures.tallies().forEach((rule, t) -> err.println("warning: " + rule + ": condition failed " + t.count()
        + (t.count() == 1 ? " time" : " times") + " (counted as false), first: " + t.firstMessage()));
    if (summary.skipped() > 0) {
      err.println("leadpulse: skipped " + summary.skipped() + " of " + (summary.accepted() + summary.skipped())
          + " messages in " + events);
      return LeadPulseCommand.BAD_INPUT;
    }
    return LeadPulseCommand.OK;
  }

  private Optional<Instant> parseAsOf(PrintWriter err) {
    if (asOf == null) {
      return Optional.of(Instant.now());
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(asOf).toInstant());
    } catch (DateTimeParseException e) {
      err.println("leadpulse: --as-of \"" + asOf + "\" is not an ISO-8601 time (e.g. 2026-03-05T00:00:00Z)");
      return Optional.empty();
    }
  }

  static ObjectNode render(Scoreboard board, Model model, long asOf) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("asOf", ScoreJson.time(asOf));
    root.putObject("model").put("name", model.name()).put("version", model.version());
    ObjectNode people = root.putObject("people");
    ObjectNode visitors = root.putObject("visitors");
    for (String id : board.people()) {
      board.person(id, asOf).ifPresent(s -> (board.isAnonymous(id) ? visitors : people).set(id, ScoreJson.person(s)));
    }
    ObjectNode accounts = root.putObject("accounts");
    for (String id : board.accounts()) {
      accounts.set(id, ScoreJson.account(board.account(id, asOf)));
    }
    return root;
  }
}
