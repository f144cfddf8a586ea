package dev.leadpulse.store;

import dev.leadpulse.store.jdbc.JdbcStore;
import java.util.Collection;

/**
 * Everything LeadPulse keeps, behind a handful of narrow interfaces. Opened from a JDBC URL
 * ({@code jdbc:sqlite:/path/leadpulse.db} or {@code jdbc:postgresql://host/db?user=…}); the
 * schema is migrated to the newest version on open.
 *
 * <p>The event log is the source of truth: scores, stages and accounts are derived from it
 * and can always be recomputed. {@link #commit} writes a batch of new events together with
 * the scores they changed in one transaction, so that what is stored is always consistent.
 * Thread-safe.
 */
public interface Store extends AutoCloseable {

  /** Opens (creating and migrating as needed) the store at {@code jdbcUrl}. */
  static Store open(String jdbcUrl) {
    return JdbcStore.open(jdbcUrl);
  }

  /** The events, in the order they were stored. */
  EventLog events();

  /** Current scores of people and accounts, their history and stage changes. */
  Scores scores();

  /** Write keys (one per source) and admin tokens, stored hashed. */
  Credentials credentials();

  /** The scoring model's published versions. */
  ModelVersions models();

  /** The plays file's published versions. */
  PlaysVersions plays();

  /** The feedback reports: response times, acceptance, untouched hot leads. */
  Reports reports();

  /** The analytics page's aggregates: score distribution, funnel, conversion by score. */
  Analytics analytics();

  /** Ingestion health: events accepted and rejected per day. */
  IngestTallies ingestTallies();

  /** Sales reps' verdicts on leads. */
  Dispositions dispositions();

  /** The outbox of alerts the plays send. */
  Outbox outbox();

  /** Tasks the plays made for owners. */
  Tasks tasks();

  /** What the plays did (each person's history) and remember (trigger state, owners). */
  PlayLog playLog();

  /** The hot-lead inbox. */
  Leads leads();

  /** Dashboard users and their sessions. */
  Users users();

  /**
   * Writes {@code batch} in one transaction and returns once it is durably committed
   * (fsync'd): after a crash, either all of it is there or none. Events whose
   * {@code messageId} is already stored are skipped, never counted twice.
   *
   * @throws StoreException when the transaction fails; nothing of the batch is then stored
   */
  void commit(WriteBatch batch);

  /**
   * Erases everything held on a person, in one transaction: their events (by every user id
   * and anonymous id they were known by, as {@link EventLog#of} finds them), and their score
   * rows, score history, stage changes, dispositions and play rows (history, state, owner,
   * tasks, deliveries) under {@code personId} and each of
   * those ids. Returns the number of events erased.
   */
  long erase(String personId, Collection<String> userIds, Collection<String> anonymousIds);

  /** Whether this store is the embedded SQLite one (as opposed to PostgreSQL). */
  boolean isEmbedded();

  @Override
  void close();
}
