package dev.leadpulse.server.web;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.store.LoggedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's events, newest first, each with what it earned: the engagement lines of the score
 * that the event produced (matched by message id and time, so an inactivity award, which carries
 * the id of the last activity but its own later time, is not taken for that activity's).
 */
public final class Timeline {
  /** The page shows at most this many events, the newest. */
  static final int EVENTS = 200;
  private static final int SHOWN_PROPERTIES = 4;

  private Timeline() {}

  /** One thing that earned points, as the timeline shows it. */
  public record Earned(String label, long value) {
    public String signed() {
      return Format.signed(value);
    }

    public boolean negative() {
      return value < 0;
    }
  }

  /**
   * An event on the timeline.
   *
   * @param type   track, page, screen, identify, group, alias; or {@code award} for points
   *               earned without an event of their own (inactivity)
   * @param detail a few of its properties or traits, in words
   */
  public record Entry(String type, String title, String detail, long time, List<Earned> earned) {
    public String when() {
      return Format.dayTime(time);
    }

    public String iso() {
      return Format.iso(time);
    }

    public long total() {
      return earned.stream().mapToLong(Earned::value).sum();
    }

    public String totalText() {
      return Format.signed(total());
    }
  }

  /**
   * The entries for {@code events} (newest first, as the log gives them) and the score's
   * engagement lines, with the lines that no event accounts for (inactivity) as entries of their
   * own, where they fall in time among the events shown.
   */
  static List<Entry> of(List<LoggedEvent> events, List<Contribution> contributions) {
    Map<String, List<Contribution>> byEvent = new HashMap<>();
    for (Contribution c : contributions) {
      if (c.kind() == Contribution.Kind.ENGAGEMENT) {
        byEvent.computeIfAbsent(c.messageId() + "\u0000" + c.time(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (LoggedEvent logged : events) {
      Event e = logged.stored().event();
      List<Contribution> lines = byEvent.remove(e.messageId() + "\u0000" + e.time());
      entries.add(new Entry(e.type().wireName(), title(e), detail(e), e.time(), earned(lines)));
    }
    long oldest = events.isEmpty() ? Long.MIN_VALUE : events.get(events.size() - 1).stored().event().time();
    boolean complete = events.size() < EVENTS;
    byEvent.values().stream().flatMap(List::stream)
        .filter(c -> complete || c.time() >= oldest)
        .forEach(c -> entries.add(new Entry("award", c.label(), "", c.time(), List.of(new Earned(c.label(),
            c.value())))));
    entries.sort((a, b) -> Long.compare(b.time(), a.time()));
    return entries;
  }

  private static List<Earned> earned(List<Contribution> lines) {
    if (lines == null) {
      return List.of();
    }
    return lines.stream().map(c -> new Earned(c.label(), c.value())).toList();
  }

  private static String title(Event e) {
    return switch (e.type()) {
      case TRACK -> e.name();
      case PAGE -> "Viewed page " + firstOf(e.properties(), "name", "title", "path", "url");
      case SCREEN -> "Viewed screen " + firstOf(e.properties(), "name");
      case IDENTIFY -> "Identified";
      case GROUP -> "Joined account " + e.groupId();
      case ALIAS -> "Linked " + e.previousId();
    };
  }

  private static String detail(Event e) {
    Map<String, Object> shown = e.type().isActivity() ? e.properties() : e.traits();
    return shown.entrySet().stream().filter(p -> !(p.getValue() instanceof Map) && !(p.getValue() instanceof List))
        .limit(SHOWN_PROPERTIES).map(p -> p.getKey() + ": " + plain(p.getValue()))
        .collect(Collectors.joining(" \u00b7 "));
  }

  private static String firstOf(Map<String, Object> properties, String... keys) {
    for (String k : keys) {
      Object v = properties.get(k);
      if (v != null && !String.valueOf(v).isBlank()) {
        return String.valueOf(v);
      }
    }
    return "";
  }

  /** Numbers arrive as doubles: 3.0 reads as 3. */
  private static String plain(Object v) {
    if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    String s = String.valueOf(v);
    return s.length() > 80 ? s.substring(0, 79) + "\u2026" : s;
  }
}
