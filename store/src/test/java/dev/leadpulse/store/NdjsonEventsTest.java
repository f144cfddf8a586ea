package dev.leadpulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.core.event.Event;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an NDJSON file: good lines in file order, bad lines reported by number, blank lines ignored. */
class NdjsonEventsTest {
  @TempDir
  Path dir;

  @Test
  void readsGoodLinesInOrderAndReportsBadOnesByLineNumber() throws Exception {
    Path file = Files.writeString(dir.resolve("e.ndjson"), """
        {"type":"track","event":"B","messageId":"2","userId":"u","timestamp":"2026-01-02T00:00:00Z"}

        not json
        {"type":"track","event":"A","messageId":"1","userId":"u","timestamp":"2026-01-01T00:00:00Z"}
        {"type":"track","messageId":"3","userId":"u","timestamp":"2026-01-01T00:00:00Z"}
        """);
    List<Event> events = new ArrayList<>();
    List<NdjsonEvents.Skipped> skipped = new ArrayList<>();
    NdjsonEvents.Summary summary = NdjsonEvents.read(file, events::add, skipped::add);
    assertThat(summary).isEqualTo(new NdjsonEvents.Summary(2, 2));
    assertThat(events).extracting(Event::messageId).containsExactly("2", "1");
    assertThat(skipped).extracting(NdjsonEvents.Skipped::line).containsExactly(3, 5);
    assertThat(skipped.get(0).format("e.ndjson")).startsWith("e.ndjson:3: not valid JSON");
    assertThat(skipped.get(1).format("e.ndjson")).isEqualTo("e.ndjson:5: message 3: track needs an event name (\"event\")");
  }

  @Test
  void anUnreadableFileIsAnError() {
    assertThatThrownBy(() -> NdjsonEvents.read(dir.resolve("missing.ndjson"), e -> { }, s -> { }))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.ndjson");
  }
}
