package dev.leadpulse.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plays file's versions. Unlike the model's, a published version is active at once (plays
 * need no rescoring): it takes effect for the next trigger.
 */
public interface PlaysVersions {

  /**
   * One version.
   *
   * @param version     1, 2, … in the order published
   * @param author      who published it ({@code file:NAME} for {@code serve --plays})
   * @param publishedAt epoch ms, by the server's clock
   * @param status      {@code active} or {@code retired}
   */
  record PlaysVersion(int version, String yaml, String author, long publishedAt, String status) {
    public PlaysVersion {
      Objects.requireNonNull(yaml, "yaml");
      Objects.requireNonNull(author, "author");
      if (!status.equals("active") && !status.equals("retired")) {
        throw new IllegalArgumentException("status must be active or retired, not " + status);
      }
    }
  }

  /** Stores {@code yaml} as a new version and makes it the active one, in one transaction. */
  PlaysVersion publish(String yaml, String author, long now);

  Optional<PlaysVersion> active();

  Optional<PlaysVersion> get(int version);

  /** Every version, newest first. */
  List<PlaysVersion> list();
}
