package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Dispositions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Dispositions on JDBC; ids are assigned by the database and grow, so id order is the order added. */
final class JdbcDispositions implements Dispositions {
  private static final String COLUMNS = "id, person, verdict, note, author, time";

  private final Database db;

  JdbcDispositions(Database db) {
    this.db = db;
  }

  @Override
  public Disposition add(Disposition d) {
    return db.write("recording a disposition of " + d.person(), c -> Queries.first(c,
        "INSERT INTO dispositions (person, verdict, note, author, time) VALUES (?, ?, ?, ?, ?) RETURNING " + COLUMNS,
        JdbcDispositions::disposition, d.person(), d.verdict(), d.note(), d.author(), d.time()).orElseThrow());
  }

  @Override
  public List<Disposition> of(String person) {
    return db.read("reading the dispositions of " + person, c -> Queries.list(c,
        "SELECT " + COLUMNS + " FROM dispositions WHERE person = ? ORDER BY id", JdbcDispositions::disposition,
        person));
  }

  private static Disposition disposition(ResultSet rs) throws SQLException {
    return new Disposition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getLong(6));
  }
}
