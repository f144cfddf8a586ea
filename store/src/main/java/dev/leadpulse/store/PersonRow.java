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
 * @param explanation  the full explanation (contributions, stage history), as a JSON object; or
 *                     {@link #KEEP_EXPLANATION} to keep the one stored (the server refreshes a
 *                     busy person's explanation at most once a second, so the stored one may
 *                     be up to about a second older than {@code updatedAt})
 */
public record PersonRow(String id, boolean anonymous, long score, long fit, long engagement, String stage,
    String grade, String account, long lastEventAt, long updatedAt, String traitsJson, String explanation) {
  /** As the explanation of a person already stored: keep the stored explanation. */
  public static final String KEEP_EXPLANATION = "";

  public PersonRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(traitsJson, "traitsJson");
    Objects.requireNonNull(explanation, "explanation");
  }
}
