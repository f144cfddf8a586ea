package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.Outbox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The outbox on JDBC. A claim is one UPDATE … RETURNING, so a lease is taken atomically. */
final class JdbcOutbox implements Outbox {
  private static final String COLUMNS = PlayRowsWriter.DELIVERY_COLUMNS;

  private final Database db;

  JdbcOutbox(Database db) {
    this.db = db;
  }

  @Override
  public List<Delivery> claimDue(long now, long leaseUntil, int limit) {
    // a read first, so that polling an idle outbox never takes the (single) writing connection
    if (db.read("looking for due deliveries", c -> Queries.first(c, "SELECT 1 FROM deliveries WHERE status = 'pending'"
        + " AND next_attempt_at <= ? LIMIT 1", rs -> 1, now)).isEmpty()) {
      return List.of();
    }
    List<Delivery> claimed = new ArrayList<>(db.write("claiming due deliveries", c -> Queries.list(c,
        "UPDATE deliveries SET next_attempt_at = ? WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending'"
            + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?) RETURNING " + COLUMNS,
        PlayRowsWriter::delivery, leaseUntil, now, limit)));
    claimed.sort(Comparator.comparingLong(Delivery::createdAt).thenComparing(Delivery::id));
    return claimed;
  }

  @Override
  public void delivered(String id, long now) {
    db.write("marking delivery " + id + " delivered", c -> Queries.update(c,
        "UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = ''"
            + " WHERE id = ?", now, id));
  }

  @Override
  public void failed(String id, String reason, long nextAttemptAt) {
    db.write("marking delivery " + id + " failed", c -> Queries.update(c,
        "UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?"
            + " AND status = 'pending'", nextAttemptAt, reason, id));
  }

  @Override
  public void dead(String id, String reason, long now) {
    db.write("dead-lettering delivery " + id, c -> Queries.update(c,
        "UPDATE deliveries SET status = 'dead', attempts = attempts + 1, last_error = ?, delivered_at = ?"
            + " WHERE id = ?", reason, now, id));
  }

  @Override
  public List<Delivery> list(String status, int limit) {
    return db.read("listing deliveries", c -> status.isEmpty()
        ? Queries.list(c, "SELECT " + COLUMNS + " FROM deliveries ORDER BY created_at DESC, id LIMIT ?",
            PlayRowsWriter::delivery, limit)
        : Queries.list(c, "SELECT " + COLUMNS + " FROM deliveries WHERE status = ? ORDER BY created_at DESC, id"
            + " LIMIT ?", PlayRowsWriter::delivery, status, limit));
  }

  @Override
  public Optional<Delivery> get(String id) {
    return db.read("reading delivery " + id, c -> Queries.first(c, "SELECT " + COLUMNS + " FROM deliveries WHERE id = ?",
        PlayRowsWriter::delivery, id));
  }

  @Override
  public boolean retry(String id, long now) {
    return db.write("retrying delivery " + id, c -> Queries.update(c,
        "UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = ?, delivered_at = 0"
            + " WHERE id = ? AND status <> 'delivered'", now, id)) > 0;
  }
}
