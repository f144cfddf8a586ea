package dev.leadpulse.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.ParsedMessage;
import dev.leadpulse.core.event.Rejection;
import dev.leadpulse.core.event.SegmentMessages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a CSV file of events (RFC 4180: a header row, commas, double quotes around fields
 * that hold commas or quotes, {@code ""} for a quote; one record a line). Columns:
 * {@code type}, {@code event}, {@code userId}, {@code anonymousId}, {@code timestamp},
 * {@code messageId}, {@code groupId}, {@code previousId}, {@code name}, and any number of
 * {@code properties.KEY} and {@code traits.KEY}. An empty cell is absent; a cell that reads as
 * a number or {@code true}/{@code false} becomes one. Each row is then read exactly as a JSON
 * message would be; a bad row is reported with its line number and skipped.
 */
public final class CsvEvents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("type", "event", "userId", "anonymousId", "timestamp",
      "messageId", "groupId", "previousId", "name");

  private CsvEvents() {}

  /** Like {@link NdjsonEvents#read}, for CSV; a bad header is one skipped line 1 and nothing else is read. */
  public static NdjsonEvents.Summary read(Path file, Consumer<Event> events, Consumer<NdjsonEvents.Skipped> skipped) {
    long accepted = 0;
    long rejected = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        return new NdjsonEvents.Summary(0, 0);
      }
      List<String> header = split(headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine);
      for (String column : header) {
        if (!FIELDS.contains(column) && !column.startsWith("properties.") && !column.startsWith("traits.")) {
          skipped.accept(new NdjsonEvents.Skipped(1, "", new Rejection(Rejection.BAD_VALUE, "unknown column \""
              + column + "\" (expected " + String.join(", ", FIELDS.stream().sorted().toList())
              + ", properties.KEY or traits.KEY)")));
          return new NdjsonEvents.Summary(0, 1);
        }
      }
      String text;
      int line = 1;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        ParsedMessage parsed = parse(header, text);
        switch (parsed) {
          case ParsedMessage.Accepted a -> {
            accepted++;
            events.accept(a.event());
          }
          case ParsedMessage.Rejected r -> {
            rejected++;
            skipped.accept(new NdjsonEvents.Skipped(line, r.messageId(), r.rejection()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return new NdjsonEvents.Summary(accepted, rejected);
  }

  static ParsedMessage parse(List<String> header, String line) {
    List<String> cells;
    try {
      cells = split(line);
    } catch (IllegalArgumentException e) {
      return new ParsedMessage.Rejected("", new Rejection(Rejection.INVALID_JSON, e.getMessage()));
    }
    if (cells.size() != header.size()) {
      return new ParsedMessage.Rejected("", new Rejection(Rejection.BAD_VALUE, "the row has " + cells.size()
          + " cells; the header has " + header.size()));
    }
    ObjectNode m = JSON.createObjectNode();
    for (int i = 0; i < cells.size(); i++) {
      String column = header.get(i);
      String cell = cells.get(i);
      if (cell.isEmpty()) {
        continue;
      }
      int dot = column.indexOf('.');
      if (dot < 0) {
        m.put(column, cell);
      } else {
        ObjectNode parent = m.has(column.substring(0, dot)) ? (ObjectNode) m.get(column.substring(0, dot))
            : m.putObject(column.substring(0, dot));
        putTyped(parent, column.substring(dot + 1), cell);
      }
    }
    return SegmentMessages.read(m, Optional.empty(), Optional.empty());
  }

  private static void putTyped(ObjectNode o, String key, String cell) {
    if (cell.equals("true") || cell.equals("false")) {
      o.put(key, Boolean.parseBoolean(cell));
      return;
    }
    try {
      o.put(key, Double.parseDouble(cell));
    } catch (NumberFormatException e) {
      o.put(key, cell);
    }
  }

  /** Splits one CSV record into cells. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted cell is not closed (a record must fit on one line)");
    }
    cells.add(cell.toString());
    return cells;
  }
}
