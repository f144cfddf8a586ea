package dev.leadpulse.store.jdbc;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.store.LoggedEvent;
import dev.leadpulse.store.StoreException;
import dev.leadpulse.store.StoredEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** How an event maps to a row of {@code events} and back. */
final class EventRows {
  /** The columns {@link #read} expects, in its order. */
  static final String COLUMNS = "seq, message_id, source, type, name, user_id, anonymous_id, event_time,"
      + " received_at, sent_at, timestamp, properties, traits, group_id, previous_id";

  /** Appends an event unless its message id is already stored. */
  static final String INSERT = "INSERT INTO events (message_id, source, type, name, user_id, anonymous_id,"
      + " event_time, received_at, sent_at, timestamp, properties, traits, group_id, previous_id)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING";

  private EventRows() {}

  /**
   * The condition for a person's events, to bind with {@code users} then {@code visitors}
   * (neither both empty): their user ids, and their anonymous ids on events without a user
   * id. It follows the two partial indexes of the schema, so that it is an index lookup.
   */
  static String ofPerson(List<String> users, List<String> visitors) {
    List<String> where = new ArrayList<>(2);
    if (!users.isEmpty()) {
      where.add("(user_id IN (" + Database.placeholders(users.size()) + ") AND user_id <> '')");
    }
    if (!visitors.isEmpty()) {
      where.add("(anonymous_id IN (" + Database.placeholders(visitors.size()) + ") AND user_id = '')");
    }
    return "(" + String.join(" OR ", where) + ")";
  }

  /** Binds {@code stored} to {@link #INSERT}. */
  static void bind(PreparedStatement ps, StoredEvent stored) throws SQLException {
    Event e = stored.event();
    ps.setString(1, e.messageId());
    ps.setString(2, stored.source());
    ps.setString(3, e.type().wireName());
    ps.setString(4, e.name());
    ps.setString(5, e.userId());
    ps.setString(6, e.anonymousId());
    ps.setLong(7, e.time());
    ps.setLong(8, stored.receivedAt());
    ps.setString(9, stored.sentAt());
    ps.setString(10, stored.timestamp());
    ps.setString(11, Json.write(e.properties()));
    ps.setString(12, Json.write(e.traits()));
    ps.setString(13, e.groupId());
    ps.setString(14, e.previousId());
  }

  /** The event in the current row, selected with {@link #COLUMNS}. */
  static LoggedEvent read(ResultSet rs) throws SQLException {
    String wireType = rs.getString(4);
    MessageType type = MessageType.fromWire(wireType)
        .orElseThrow(() -> new StoreException("stored event has an unknown type \"" + wireType + "\""));
    Event event = new Event(rs.getString(2), type, rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getLong(8), Json.read(rs.getString(12)), Json.read(rs.getString(13)), rs.getString(14),
        rs.getString(15));
    StoredEvent stored = new StoredEvent(event, rs.getString(3), rs.getLong(9), rs.getString(10), rs.getString(11));
    return new LoggedEvent(rs.getLong(1), stored);
  }
}
