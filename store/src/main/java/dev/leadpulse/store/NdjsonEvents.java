package dev.leadpulse.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a file of Segment messages, one JSON object a line (NDJSON). Blank lines are
 * skipped silently; a line that is not valid JSON, or not a valid message, is reported
 * with its line number and skipped; reading goes on.
 */
public final class NdjsonEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A line that was not read, and why. */
  public record Skipped(int line, String messageId, Rejection rejection) {
    /** {@code events.ndjson:12: track needs an event name} */
    public String format(String fileName) {
      return fileName + ":" + line + ": " + (messageId.isEmpty() ? "" : "message " + messageId + ": ")
          + rejection.message();
    }
  }

  /** How many lines were read as events, and how many skipped. */
  public record Summary(long accepted, long skipped) {}

  private NdjsonEvents() {}

  /**
   * Passes every valid event of {@code file}, in file order, to {@code events}, and every
   * skipped line to {@code skipped}.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Summary read(Path file, Consumer<Event> events, Consumer<Skipped> skipped) {
    long accepted = 0;
    long rejected = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int line = 0;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        ParsedMessage parsed = parse(text);
        switch (parsed) {
          case ParsedMessage.Accepted a -> {
            accepted++;
            events.accept(a.event());
          }
          case ParsedMessage.Rejected r -> {
            rejected++;
            skipped.accept(new Skipped(line, r.messageId(), r.rejection()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return new Summary(accepted, rejected);
  }

  /** One line of NDJSON as a message. */
  public static ParsedMessage parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage();
      return new ParsedMessage.Rejected("", new Rejection(Rejection.INVALID_JSON, "not valid JSON" + why));
    }
    return SegmentMessages.read(node, Optional.empty(), Optional.empty());
  }
}
