package dev.leadpulse.core.engine;

import java.util.List;
import java.util.Map;

/**
 * Where a person stands as of a time: the figures of their {@link PersonScore} without the
 * contributions that explain them. Reading it costs what the totals cost, not a line per award,
 * so it suits callers that only store or compare figures. Amounts in hundredths.
 *
 * @param stage        the stage name, or empty
 * @param grade        the grade ("B2"), or empty when the model has no grades
 * @param account      the account id, or empty
 * @param traits       the merged traits as of the person's last event
 * @param stageHistory every stage change up to {@code asOf}, oldest first
 */
public record PersonStanding(String id, long asOf, long score, long fit, long engagement, String stage,
    String grade, String account, Map<String, Object> traits, List<StageChange> stageHistory) {
  public PersonStanding {
    stageHistory = List.copyOf(stageHistory);
  }
}
