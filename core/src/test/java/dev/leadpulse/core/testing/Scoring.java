package dev.leadpulse.core.testing;

import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import java.util.List;

/** Small helpers to read a model from YAML, feed a scoreboard and read a person. */
public final class Scoring {
  private Scoring() {}

  /** The model in {@code yaml} (a text block); fails the test when it is invalid. */
  public static Model model(String yaml) {
    return ModelReader.read(yaml);
  }

  /** A scoreboard for {@code model} fed with {@code events} in the order given. */
  public static Scoreboard fed(Model model, Event... events) {
    return fed(model, ConditionFailures.IGNORE, events);
  }

  /** A scoreboard for {@code model} fed with {@code events} in the order given. */
  public static Scoreboard fed(Model model, ConditionFailures failures, Event... events) {
    Scoreboard board = new Scoreboard(model, failures);
    for (Event e : events) {
      board.accept(e);
    }
    return board;
  }

  /** The score of {@code person} as of {@code asOf}; fails when the board does not know them. */
  public static PersonScore person(Scoreboard board, String person, long asOf) {
    return board.person(person, asOf).orElseThrow(() -> new AssertionError("no person " + person));
  }

  /** The engagement lines of {@code rule}. */
  public static List<Contribution> lines(PersonScore score, String rule) {
    return score.contributions().stream()
        .filter(c -> c.kind() == Contribution.Kind.ENGAGEMENT && c.ruleId().equals(rule)).toList();
  }

  /** Hundredths of a whole number of points. */
  public static long points(long whole) {
    return whole * 100;
  }
}
