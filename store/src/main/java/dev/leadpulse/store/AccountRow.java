package dev.leadpulse.store;

import java.util.Objects;

/**
 * An account's current score as stored. Amounts in hundredths.
 *
 * @param members how many people belong to it
 */
public record AccountRow(String id, long score, long peopleEngagement, long accountEngagement, long fit,
    int members, long updatedAt, String traitsJson) {
  public AccountRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(traitsJson, "traitsJson");
  }
}
