package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.CompileException;
import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.core.plays.Play;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Trigger;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plays file (owners, plays, settings). Every problem is found in one pass and
 * reported with its line and the play or owner it concerns ({@code play hot-trial},
 * {@code owner ana}); a mistyped key is an error with a "did you mean".
 */
public final class PlaysReader {
  static final Set<String> TOP_KEYS = Set.of("owners", "plays", "settings");
  static final Set<String> OWNER_KEYS = Set.of("id", "name", "email", "team", "regions", "industries");
  static final Set<String> PLAY_KEYS = Set.of("id", "on", "when", "actions", "cooldown", "priority", "hysteresis",
      "description");
  static final Set<String> SETTINGS_KEYS = Set.of("alerts_per_owner_per_hour", "person_url", "smtp_host", "smtp_port",
      "mail_from", "max_attempts");
  static final List<String> TRIGGERS = List.of("stage_entered", "score_above", "score_dropped", "event", "inactive",
      "account_score_above");
  private static final Pattern DROPPED = Pattern.compile("(\\S+)\\s+within\\s+(\\S+)");

  private final List<Problem> problems = new ArrayList<>();

  private PlaysReader() {}

  /** The plays in {@code yaml}; throws {@link InvalidPlaysException} listing every problem. */
  public static Plays read(String yaml) {
    PlaysReader r = new PlaysReader();
    Optional<Plays> plays = r.readPlays(yaml);
    if (!r.problems.isEmpty() || plays.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(r.problems);
      Collections.sort(sorted);
      throw new InvalidPlaysException(sorted);
    }
    return plays.get();
  }

  /** Every problem in {@code yaml}, in line order; empty for a valid plays file. */
  public static List<Problem> problems(String yaml) {
    try {
      read(yaml);
      return List.of();
    } catch (InvalidPlaysException e) {
      return e.problems();
    }
  }

  private Optional<Plays> readPlays(String yaml) {
    Optional<Node.Mapping> root = YamlTree.rootMapping(yaml, problems, "a plays file must be a map with owners and plays");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping map = root.get();
    Fields f = new Fields(map, "", problems, TOP_KEYS, "the plays file");
    Plays.Settings settings = f.mapping("settings").map(this::settings).orElse(Plays.Settings.DEFAULT);
    List<Owner> owners = owners(f);
    Map<String, Owner> byId = new HashMap<>();
    owners.forEach(o -> byId.put(o.id(), o));
    if (!f.has("plays")) {
      problems.add(new Problem(map.line(), "", "a plays file needs \"plays\": a list of plays"));
    }
    List<Play> plays = new ArrayList<>();
    Map<String, Integer> playLines = new HashMap<>();
    for (Node item : f.sequence("plays").map(Node.Sequence::items).orElse(List.of())) {
      String id = RuleReader.idOf(item);
      if (!id.isEmpty() && playLines.containsKey(id)) {
        problems.add(new Problem(item.line(), "play " + id, "play id " + id + " is used twice (first on line "
            + playLines.get(id) + ")"));
        continue;
      }
      playLines.put(id, item.line());
      new PlayReader(problems, byId).read(item).ifPresent(plays::add);
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Plays(owners, plays, settings));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(map.line(), "", e.getMessage()));
      return Optional.empty();
    }
  }

  private List<Owner> owners(Fields top) {
    List<Owner> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Node item : top.sequence("owners").map(Node.Sequence::items).orElse(List.of())) {
      if (!(item instanceof Node.Mapping m)) {
        problems.add(new Problem(item.line(), "", "an owner must be a map with id, name and email, not " + item.kind()));
        continue;
      }
      String id = RuleReader.idOf(item);
      Fields f = new Fields(m, id.isEmpty() ? "" : "owner " + id, problems, OWNER_KEYS, "an owner");
      int before = problems.size();
      f.requiredText("id", "an owner");
      if (!id.isEmpty() && seen.containsKey(id)) {
        f.problem("id", "owner " + id + " is listed twice (first on line " + seen.get(id) + ")");
      }
      seen.putIfAbsent(id, item.line());
      String email = f.text("email").orElse("");
      if (!email.isEmpty() && !email.contains("@")) {
        f.problem("email", "email \"" + email + "\" is not an address");
      }
      List<String> regions = f.texts("regions").orElse(List.of());
      List<String> industries = f.texts("industries").orElse(List.of());
      if (problems.size() == before) {
        try {
          out.add(new Owner(id, f.text("name").orElse(id), email, f.text("team").orElse(""), regions, industries));
        } catch (IllegalArgumentException e) {
          f.problem("id", e.getMessage());
        }
      }
    }
    return out;
  }

  private Plays.Settings settings(Node.Mapping map) {
    Fields f = new Fields(map, "", problems, SETTINGS_KEYS, "settings");
    Plays.Settings d = Plays.Settings.DEFAULT;
    return new Plays.Settings(f.integer("alerts_per_owner_per_hour", 1, 100_000).orElse(d.alertsPerOwnerPerHour()),
        f.text("person_url").orElse(d.personUrl()), f.text("smtp_host").orElse(d.smtpHost()),
        f.integer("smtp_port", 1, 65_535).orElse(d.smtpPort()), f.text("mail_from").orElse(d.mailFrom()),
        f.integer("max_attempts", 1, 50).orElse(d.maxAttempts()));
  }

  /** {@code on:} text to a trigger; reports what is wrong with it. */
  static Optional<Trigger> trigger(Fields f, String text, Optional<BigDecimal> hysteresis) {
    String[] parts = text.strip().split("\\s+", 2);
    String kind = parts[0];
    String arg = parts.length > 1 ? parts[1].strip() : "";
    if (!TRIGGERS.contains(kind)) {
      f.problem("on", "on \"" + text + "\" is not a trigger" + Suggestions.closest(kind, TRIGGERS)
          .map(s -> "; did you mean \"" + s + "\"?").orElse("; write one of " + String.join(", ", TRIGGERS)));
      return Optional.empty();
    }
    if (arg.isEmpty()) {
      f.problem("on", kind + " needs " + switch (kind) {
        case "stage_entered" -> "a stage name (stage_entered PQL)";
        case "event" -> "an event name (event Demo Requested)";
        case "inactive" -> "a duration (inactive 14d)";
        case "score_dropped" -> "a drop and a window (score_dropped 20 within 7d)";
        default -> "a score (" + kind + " 80)";
      });
      return Optional.empty();
    }
    return switch (kind) {
      case "stage_entered" -> Optional.of(new Trigger.StageEntered(arg));
      case "event" -> Optional.of(new Trigger.EventNamed(arg));
      case "inactive" -> duration(f, arg).map(Trigger.Inactive::new);
      case "score_dropped" -> {
        Matcher m = DROPPED.matcher(arg);
        if (!m.matches()) {
          f.problem("on", "score_dropped needs a drop and a window: score_dropped 20 within 7d, not \"" + text + "\"");
          yield Optional.empty();
        }
        Optional<Long> drop = score(f, m.group(1)).filter(d -> positive(f, d));
        Optional<Duration> within = duration(f, m.group(2));
        yield drop.isPresent() && within.isPresent()
            ? Optional.of(new Trigger.ScoreDropped(drop.get(), within.get())) : Optional.empty();
      }
      default -> {
        Optional<Long> threshold = score(f, arg);
        long h = hysteresis.map(Hundredths::of).orElse(threshold.map(t -> Math.abs(t) / 10).orElse(0L));
        if (h < 0) {
          f.problem("hysteresis", "hysteresis must not be negative");
          yield Optional.empty();
        }
        yield threshold.map(t -> kind.equals("score_above") ? new Trigger.ScoreAbove(t, h)
            : new Trigger.AccountScoreAbove(t, h));
      }
    };
  }

  private static boolean positive(Fields f, long drop) {
    if (drop <= 0) {
      f.problem("on", "score_dropped needs a positive drop");
    }
    return drop > 0;
  }

  private static Optional<Long> score(Fields f, String text) {
    try {
      return Optional.of(Hundredths.of(new BigDecimal(text)));
    } catch (NumberFormatException | ArithmeticException e) {
      f.problem("on", "\"" + text + "\" is not a score: write a number (80, 72.5)");
      return Optional.empty();
    }
  }

  private static Optional<Duration> duration(Fields f, String text) {
    Optional<Duration> d = Durations.parse(text);
    if (d.isEmpty()) {
      f.problem("on", "\"" + text + "\" is not a duration: write a whole number and m, h or d (30m, 24h, 7d)");
    }
    return d;
  }

  /** A play's {@code when}: CEL over the person and account (stage variables, plus account.score). */
  static Optional<Condition> when(Fields f) {
    return f.text("when").flatMap(source -> {
      try {
        return Optional.of(Condition.compile(source, Context.STAGE));
      } catch (CompileException e) {
        int valueLine = f.node("when").map(Node::line).orElse(f.line("when"));
        f.problem("when", valueLine + e.line() - 1 + (source.contains("\n") ? 1 : 0),
            "when does not compile (column " + e.column() + "): " + e.getMessage());
        return Optional.empty();
      }
    });
  }
}
