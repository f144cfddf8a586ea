package dev.leadpulse.store;

import java.util.Optional;

/**
 * A filter and order for listing people. Empty strings mean "any".
 *
 * @param minScore in hundredths; {@code Long.MIN_VALUE} for any
 * @param sort     by score (highest first) or by last activity (latest first); ties by id
 * @param cursor   from a previous page's {@code next}, or empty for the first page
 * @param limit    1 to 1000
 */
public record PersonQuery(String stage, String grade, long minScore, String account, Sort sort,
    Optional<String> cursor, int limit) {
  /** The orders a list of people can come in. */
  public enum Sort { SCORE, LAST_ACTIVITY }

  public PersonQuery {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
    }
  }

  public static PersonQuery all(int limit) {
    return new PersonQuery("", "", Long.MIN_VALUE, "", Sort.SCORE, Optional.empty(), limit);
  }
}
