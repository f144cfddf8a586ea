package dev.leadpulse.server.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.StageChange;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Scores as JSON. Amounts are decimal numbers exact to 0.01 ({@code 53}, {@code 79.94});
 * times are ISO-8601 instants; absent names (no stage, no account) are empty strings.
 */
public final class ScoreJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ScoreJson() {}

  public static ObjectNode person(PersonScore s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("score", Hundredths.toDecimal(s.score()));
    o.put("fit", Hundredths.toDecimal(s.fit()));
    o.put("engagement", Hundredths.toDecimal(s.engagement()));
    o.put("stage", s.stage());
    o.put("grade", s.grade());
    o.put("account", s.account());
    ObjectNode categories = o.putObject("categories");
    s.categories().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> categories.put(e.getKey().isEmpty() ? "(none)" : e.getKey(), Hundredths.toDecimal(e.getValue())));
    o.set("contributions", contributions(s.contributions()));
    o.set("stages", stages(s.stageHistory()));
    return o;
  }

  public static ObjectNode account(AccountScore s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("score", Hundredths.toDecimal(s.score()));
    o.put("peopleEngagement", Hundredths.toDecimal(s.peopleEngagement()));
    o.put("accountEngagement", Hundredths.toDecimal(s.accountEngagement()));
    o.put("fit", Hundredths.toDecimal(s.fit()));
    ObjectNode people = o.putObject("people");
    s.people().forEach((id, e) -> people.put(id, Hundredths.toDecimal(e)));
    o.set("contributions", contributions(s.contributions()));
    return o;
  }

  public static ArrayNode contributions(List<Contribution> lines) {
    ArrayNode a = F.arrayNode();
    for (Contribution c : lines) {
      ObjectNode l = a.addObject();
      l.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      l.put("rule", c.ruleId());
      l.put("label", c.label());
      if (!c.category().isEmpty()) {
        l.put("category", c.category());
      }
      if (!c.messageId().isEmpty()) {
        l.put("messageId", c.messageId());
      }
      l.put("time", time(c.time()));
      l.put("points", Hundredths.toDecimal(c.points()));
      l.put("value", Hundredths.toDecimal(c.value()));
    }
    return a;
  }

  public static ArrayNode stages(List<StageChange> changes) {
    ArrayNode a = F.arrayNode();
    for (StageChange c : changes) {
      ObjectNode l = a.addObject();
      l.put("time", time(c.time()));
      l.put("from", c.from());
      l.put("to", c.to());
      l.put("why", c.why());
    }
    return a;
  }

  /**
   * {@code Instant.ofEpochMilli(epochMillis).toString()}: {@code 2026-03-02T09:00:00Z}, with
   * {@code .SSS} when the milliseconds are not zero. Written by hand for the years 1970 to 9999
   * (the formatter was a large part of writing an explanation), by {@code Instant} otherwise.
   */
  public static String time(long epochMillis) {
    if (epochMillis < 0 || epochMillis >= MAX_FAST_MILLIS) {
      return Instant.ofEpochMilli(epochMillis).toString();
    }
    long seconds = epochMillis / 1000;
    int millis = (int) (epochMillis % 1000);
    java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
    char[] c = new char[millis == 0 ? 20 : 24];
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    if (millis != 0) {
      c[19] = '.';
      digits(c, 20, millis, 3);
    }
    c[c.length - 1] = 'Z';
    return new String(c);
  }

  /** 10000-01-01T00:00:00Z: from there on {@code Instant} writes a sign and five digits. */
  private static final long MAX_FAST_MILLIS = 253_402_300_800_000L;

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
