package dev.leadpulse.core.engine;

import java.util.List;
import java.util.Map;

/**
 * A person's score as of a time, with everything that explains it. Amounts in hundredths.
 *
 * @param categories  category → its engagement value after decay and cap ("" for uncategorised)
 * @param stage       the stage name, or empty
 * @param grade       the grade ("B2"), or empty when the model has no grades
 * @param account     the account id, or empty
 * @param stageHistory every stage change up to {@code asOf}, oldest first
 */
public record PersonScore(String id, long asOf, long score, long fit, long engagement,
    Map<String, Long> categories, String stage, String grade, String account,
    Map<String, Object> traits, List<Contribution> contributions, List<StageChange> stageHistory) {
  public PersonScore {
    categories = Map.copyOf(categories);
    contributions = List.copyOf(contributions);
    stageHistory = List.copyOf(stageHistory);
  }
}
