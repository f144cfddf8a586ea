package dev.leadpulse.core.plays;

import dev.leadpulse.core.engine.AccountScore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A person's account as the plays see it: its traits and its score, each read on first use
 * and then kept, so that one decision reads each at most once, and only if a play needs it.
 *
 * <p>Why lazy: an account's score sums the engagement of every member, so one read costs as
 * much as the account is big. Read for every changed person, it made ingestion quadratic in
 * the size of accounts (10,000 people in an account: about 200 events/s). Only an
 * {@code account_score_above} trigger and a {@code when} that reads {@code account.score} need
 * it ({@link Play#readsAccountScore()}). The traits ({@code account.traits}, and the fallback
 * of {@link Situation#trait}) are cheap: the account's {@code group} calls.
 *
 * <p>Contract of {@link #lazy}: both suppliers read the same account as of the same time, so
 * the traits equal the score's {@link AccountScore#traits()}; once the score is read, the
 * traits are taken from it. Not thread-safe: one decider uses a view. Equality is identity (a
 * view stands for reads that may not have happened yet, not for their values).
 */
public final class AccountView {
  /** No account: no traits, no score; reads nothing. */
  public static final AccountView NONE = new AccountView(false, null, null, null);

  private final boolean present;
  private Supplier<Map<String, Object>> traitsSource;
  private Supplier<AccountScore> scoreSource;
  private Map<String, Object> traits;
  private AccountScore score;

  private AccountView(boolean present, Supplier<Map<String, Object>> traits, Supplier<AccountScore> score,
      AccountScore read) {
    this.present = present;
    this.traitsSource = traits;
    this.scoreSource = score;
    this.score = read;
  }

  /** An account whose score was already read. */
  public static AccountView of(AccountScore score) {
    return new AccountView(true, null, null, Objects.requireNonNull(score, "score"));
  }

  /**
   * An account read on first use: {@code traits} and {@code score} are each called at most
   * once, {@code traits} not at all when the score was read first.
   */
  public static AccountView lazy(Supplier<Map<String, Object>> traits, Supplier<AccountScore> score) {
    return new AccountView(true, Objects.requireNonNull(traits, "traits"), Objects.requireNonNull(score, "score"),
        null);
  }

  /** Whether the person has an account. */
  public boolean isPresent() {
    return present;
  }

  /** The account's traits; empty without an account. Cheap: never reads the score. */
  public Map<String, Object> traits() {
    if (!present) {
      return Map.of();
    }
    if (score != null) {
      return score.traits();
    }
    if (traits == null) {
      traits = Objects.requireNonNull(traitsSource.get(), "traits");
      traitsSource = null;
    }
    return traits;
  }

  /** The account's score; empty without an account. Dear: reads every member, the first time. */
  public Optional<AccountScore> score() {
    if (!present) {
      return Optional.empty();
    }
    if (score == null) {
      score = Objects.requireNonNull(scoreSource.get(), "score");
      scoreSource = null;
      traitsSource = null;
    }
    return Optional.of(score);
  }

  /** Whether the score has been read (for tests and diagnostics; reading it is what costs). */
  public boolean scoreRead() {
    return score != null;
  }

  @Override
  public String toString() {
    return !present ? "AccountView[none]" : score != null ? "AccountView[" + score.id() + "]" : "AccountView[unread]";
  }
}
