package dev.leadpulse.store;

import java.util.Objects;

/**
 * A person's current score as stored. Amounts in hundredths; text fields are empty, never
 * null, when absent.
 *
 * @param id           the person key: the user id, or the anonymous id of a visitor
 * @param anonymous    whether no user id is linked yet
 * @param stage        the current stage, or empty
 * @param grade        the grade ("A1"), or empty
 * @param account      the account id, or empty
 * @param lastEventAt  the time of their latest event, epoch ms
 * @param updatedAt    the evaluation time ({@code asOf}) of these figures, epoch ms
 * @param traitsJson   the merged traits, as a JSON object
 */
public record PersonRow(String id, boolean anonymous, long score, long fit, long engagement, String stage,
    String grade, String account, long lastEventAt, long updatedAt, String traitsJson) {
  public PersonRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(traitsJson, "traitsJson");
  }
}
