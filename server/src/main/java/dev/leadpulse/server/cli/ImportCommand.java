package dev.leadpulse.server.cli;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.store.CsvEvents;
import dev.leadpulse.store.NdjsonEvents;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse import}: bulk-loads events from NDJSON or CSV into the store, with a
 * progress bar and a summary. Events already stored (same {@code messageId}) are skipped.
 * Scores are computed from the imported events when the server next starts; to add events to
 * a running server, send them to its {@code /v1/import} endpoint instead.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Bulk-load events (NDJSON or CSV) into the store; the server scores them when it starts.")
final class ImportCommand implements Callable<Integer> {
  private static final int BATCH = 5_000;
  private static final int SHOWN = 20;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "E.ndjson|E.csv", description = "the events to load")
  Path events;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(events)) {
      err.println("leadpulse: cannot read the events " + events);
      return LeadPulseCommand.BAD_INPUT;
    }
    boolean csv = events.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    long lines = countLines(events);
    long before;
    long skippedShown = 0;
    List<NdjsonEvents.Skipped> skipped = new ArrayList<>();
    NdjsonEvents.Summary summary;
    long stored;
    try (Store s = Store.open(store.jdbcUrl())) {
      before = s.events().count();
      Progress bar = new Progress(err, "importing " + events.getFileName(), lines);
      long receivedAt = Instant.now().toEpochMilli();
      List<StoredEvent> batch = new ArrayList<>(BATCH);
      long[] read = {0};
      Consumer<Event> sink = e -> {
        batch.add(new StoredEvent(e, "import", receivedAt, "", Instant.ofEpochMilli(e.time()).toString()));
        if (batch.size() == BATCH) {
          commit(s, batch);
        }
        bar.update(++read[0] + skipped.size());
      };
      summary = csv ? CsvEvents.read(events, sink, skipped::add) : NdjsonEvents.read(events, sink, skipped::add);
      commit(s, batch);
      bar.finish(summary.accepted() + summary.skipped());
      stored = s.events().count() - before;
    }
    for (NdjsonEvents.Skipped k : skipped) {
      if (skippedShown++ < SHOWN) {
        err.println(k.format(events.toString()));
      }
    }
    if (skipped.size() > SHOWN) {
      err.println("… and " + (skipped.size() - SHOWN) + " more rejected lines");
    }
    out.printf("imported %,d events into %s: %,d new, %,d already stored, %,d lines rejected%n",
        summary.accepted(), store.describe(), stored, summary.accepted() - stored, summary.skipped());
    return summary.skipped() > 0 ? LeadPulseCommand.BAD_INPUT : LeadPulseCommand.OK;
  }

  private static void commit(Store s, List<StoredEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    s.commit(new WriteBatch(batch, List.of(), List.of(), List.of(), List.of(), List.of()));
    batch.clear();
  }

  private static long countLines(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return in.lines().filter(l -> !l.isBlank()).count();
    }
  }
}
