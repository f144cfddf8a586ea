package dev.leadpulse.core.engine.properties;

import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Feeds scoreboards and takes a snapshot of everyone's scores, for comparing two boards. */
final class Boards {
  private Boards() {}

  static Scoreboard fed(Model model, List<Event> events) {
    Scoreboard board = new Scoreboard(model, ConditionFailures.IGNORE);
    events.forEach(board::accept);
    return board;
  }

  /** Every person's score as of {@code asOf}, by person key. */
  static Map<String, PersonScore> people(Scoreboard board, long asOf) {
    Map<String, PersonScore> out = new TreeMap<>();
    for (String p : board.people()) {
      out.put(p, board.person(p, asOf).orElseThrow());
    }
    return out;
  }

  /** Every account's score as of {@code asOf}, by account id. */
  static Map<String, AccountScore> accounts(Scoreboard board, long asOf) {
    Map<String, AccountScore> out = new TreeMap<>();
    for (String a : board.accounts()) {
      out.put(a, board.account(a, asOf));
    }
    return out;
  }
}
