package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Analytics;
import dev.leadpulse.store.Credentials;
import dev.leadpulse.store.Dispositions;
import dev.leadpulse.store.EventLog;
import dev.leadpulse.store.IngestTallies;
import dev.leadpulse.store.Leads;
import dev.leadpulse.store.ModelVersions;
import dev.leadpulse.store.Outbox;
import dev.leadpulse.store.PlayLog;
import dev.leadpulse.store.PlaysVersions;
import dev.leadpulse.store.Reports;
import dev.leadpulse.store.Scores;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.Tasks;
import dev.leadpulse.store.Users;
import dev.leadpulse.store.WriteBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link Store} on SQLite or PostgreSQL, chosen by the JDBC URL. Opening connects,
 * migrates the schema, and fails with a {@link dev.leadpulse.store.StoreException} that says
 * why when the URL is neither, or the database cannot be reached or migrated.
 */
public final class JdbcStore implements Store {
  /** The person-keyed tables {@link #erase} clears, with their person column. */
  private static final List<String> PERSON_TABLES = List.of("people WHERE id", "score_points WHERE person",
      "stage_changes WHERE person", "dispositions WHERE person", "play_history WHERE person",
      "play_state WHERE subject", "assignments WHERE person", "tasks WHERE person", "deliveries WHERE person");

  private final Database db;
  private final EventLog events;
  private final Scores scores;
  private final Credentials credentials;
  private final ModelVersions models;
  private final PlaysVersions plays;
  private final Reports reports;
  private final Analytics analytics;
  private final IngestTallies ingestTallies;
  private final Dispositions dispositions;
  private final Outbox outbox;
  private final Tasks tasks;
  private final PlayLog playLog;
  private final Users users;
  private final Leads leads;

  private JdbcStore(Database db, InstantSource clock) {
    this.db = db;
    this.events = new JdbcEventLog(db);
    this.scores = new JdbcScores(db);
    this.credentials = new JdbcCredentials(db, clock);
    this.models = new JdbcModelVersions(db, clock);
    this.plays = new JdbcPlaysVersions(db);
    this.reports = new JdbcReports(db);
    this.analytics = new JdbcAnalytics(db);
    this.ingestTallies = new JdbcIngestTallies(db);
    this.dispositions = new JdbcDispositions(db);
    this.outbox = new JdbcOutbox(db);
    this.tasks = new JdbcTasks(db);
    this.playLog = new JdbcPlayLog(db);
    this.users = new JdbcUsers(db, clock);
    this.leads = new JdbcLeads(db);
  }

  /** Opens the store at {@code jdbcUrl}, creating and migrating it as needed. */
  public static JdbcStore open(String jdbcUrl) {
    return open(jdbcUrl, InstantSource.system());
  }

  /** As {@link #open(String)}, with the clock that dates keys, tokens and model versions. */
  public static JdbcStore open(String jdbcUrl, InstantSource clock) {
    return new JdbcStore(Pools.open(jdbcUrl), clock);
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public Scores scores() {
    return scores;
  }

  @Override
  public Credentials credentials() {
    return credentials;
  }

  @Override
  public ModelVersions models() {
    return models;
  }

  @Override
  public PlaysVersions plays() {
    return plays;
  }

  @Override
  public Reports reports() {
    return reports;
  }

  @Override
  public Analytics analytics() {
    return analytics;
  }

  @Override
  public IngestTallies ingestTallies() {
    return ingestTallies;
  }

  @Override
  public Dispositions dispositions() {
    return dispositions;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Tasks tasks() {
    return tasks;
  }

  @Override
  public PlayLog playLog() {
    return playLog;
  }

  @Override
  public Leads leads() {
    return leads;
  }

  @Override
  public Users users() {
    return users;
  }

  @Override
  public void commit(WriteBatch batch) {
    if (batch.isEmpty()) {
      return;
    }
    db.write("commit of " + batch.events().size() + " events and " + batch.people().size() + " people",
        c -> {
          BatchWriter.write(c, batch);
          return null;
        });
  }

  @Override
  public long erase(String personId, Collection<String> userIds, Collection<String> anonymousIds) {
    List<String> users = Database.nonEmpty(userIds);
    List<String> visitors = Database.nonEmpty(anonymousIds);
    Set<String> keys = new LinkedHashSet<>(Database.nonEmpty(List.of(personId)));
    keys.addAll(users);
    keys.addAll(visitors);
    return db.write("erasing person " + personId, c -> {
      long erased = eraseEvents(c, users, visitors);
      if (!keys.isEmpty()) {
        for (String table : PERSON_TABLES) {
          try (PreparedStatement ps = c.prepareStatement(
              "DELETE FROM " + table + " IN (" + Database.placeholders(keys.size()) + ")")) {
            Database.bindAll(ps, 1, keys);
            ps.executeUpdate();
          }
        }
      }
      return erased;
    });
  }

  private static long eraseEvents(Connection c, List<String> users, List<String> visitors) throws SQLException {
    if (users.isEmpty() && visitors.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE " + EventRows.ofPerson(users, visitors))) {
      Database.bindAll(ps, Database.bindAll(ps, 1, users), visitors);
      return ps.executeUpdate();
    }
  }

  @Override
  public boolean isEmbedded() {
    return db.dialect() == Dialect.SQLITE;
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "JdbcStore[" + db.description() + "]";
  }
}
