package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.PersonRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How people and accounts map to rows of {@code people} and {@code accounts} and back. */
final class PeopleRows {
  static final String PERSON_COLUMNS = "id, anonymous, score, fit, engagement, stage, grade, account,"
      + " last_event_at, updated_at, traits";

  /** Inserts a person, or replaces every field of the stored one. */
  static final String UPSERT_PERSON = "INSERT INTO people (" + PERSON_COLUMNS + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
      + " anonymous = excluded.anonymous, score = excluded.score, fit = excluded.fit,"
      + " engagement = excluded.engagement, stage = excluded.stage, grade = excluded.grade,"
      + " account = excluded.account, last_event_at = excluded.last_event_at,"
      + " updated_at = excluded.updated_at, traits = excluded.traits";

  static final String ACCOUNT_COLUMNS = "id, score, people_engagement, account_engagement, fit, members,"
      + " updated_at, traits";

  /** Inserts an account, or replaces every field of the stored one. */
  static final String UPSERT_ACCOUNT = "INSERT INTO accounts (" + ACCOUNT_COLUMNS + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
      + " score = excluded.score, people_engagement = excluded.people_engagement,"
      + " account_engagement = excluded.account_engagement, fit = excluded.fit, members = excluded.members,"
      + " updated_at = excluded.updated_at, traits = excluded.traits";

  private PeopleRows() {}

  static void bind(PreparedStatement ps, PersonRow p) throws SQLException {
    ps.setString(1, p.id());
    ps.setBoolean(2, p.anonymous());
    ps.setLong(3, p.score());
    ps.setLong(4, p.fit());
    ps.setLong(5, p.engagement());
    ps.setString(6, p.stage());
    ps.setString(7, p.grade());
    ps.setString(8, p.account());
    ps.setLong(9, p.lastEventAt());
    ps.setLong(10, p.updatedAt());
    ps.setString(11, p.traitsJson());
  }

  static PersonRow person(ResultSet rs) throws SQLException {
    return new PersonRow(rs.getString(1), rs.getBoolean(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getString(11));
  }

  static void bind(PreparedStatement ps, AccountRow a) throws SQLException {
    ps.setString(1, a.id());
    ps.setLong(2, a.score());
    ps.setLong(3, a.peopleEngagement());
    ps.setLong(4, a.accountEngagement());
    ps.setLong(5, a.fit());
    ps.setInt(6, a.members());
    ps.setLong(7, a.updatedAt());
    ps.setString(8, a.traitsJson());
  }

  static AccountRow account(ResultSet rs) throws SQLException {
    return new AccountRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
        rs.getInt(6), rs.getLong(7), rs.getString(8));
  }
}
