package dev.leadpulse.core.engine;

import java.util.List;
import java.util.Map;

/**
 * An account's score as of a time: the sum of its people's engagement, its own account-rule
 * awards (decayed like a person's) and its account fit rules. Amounts in hundredths.
 *
 * @param people        member person key → their engagement as of {@code asOf}
 * @param contributions the account-rule awards and account fit lines
 */
public record AccountScore(String id, long asOf, long score, long peopleEngagement, long accountEngagement,
    long fit, Map<String, Object> traits, Map<String, Long> people, List<Contribution> contributions) {
  public AccountScore {
    people = Map.copyOf(people);
    contributions = List.copyOf(contributions);
  }
}
