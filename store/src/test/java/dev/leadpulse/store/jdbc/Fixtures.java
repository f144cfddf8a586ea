package dev.leadpulse.store.jdbc;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import java.util.Map;

/** Rows for tests: events about 300 bytes long with nested properties, people, accounts. */
final class Fixtures {
  static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  private Fixtures() {}

  /** A track event of {@code user} at {@code T0 + minutes}, with numbers, a list and a nested object. */
  static StoredEvent track(String messageId, String user, int minutes) {
    Map<String, Object> properties = Map.of(
        "plan", "pro", "seats", 12.0, "ratio", 0.25, "trial", true,
        "tags", List.of("a", 2.0, false), "page", Map.of("path", "/settings/billing", "depth", 3.0));
    Event event = new Event(messageId, MessageType.TRACK, "Feature Used", user, "anon-" + user,
        T0 + minutes * 60_000L, properties, Map.of(), "", "");
    return new StoredEvent(event, "src_web", T0 + minutes * 60_000L + 5, "2026-01-01T00:00:01Z",
        "2026-01-01T00:00:00Z");
  }

  /** An identify call of an anonymous visitor with traits. */
  static StoredEvent identifyVisitor(String messageId, String anonymousId, int minutes) {
    Event event = new Event(messageId, MessageType.IDENTIFY, "", "", anonymousId, T0 + minutes * 60_000L,
        Map.of(), Map.of("email", "v@example.com", "employees", 250.0), "", "");
    return new StoredEvent(event, "import", T0, "", "");
  }

  static PersonRow person(String id, long score, long lastEventAt, String stage, String grade, String account) {
    return new PersonRow(id, false, score, score / 2, score - score / 2, stage, grade, account, lastEventAt,
        lastEventAt, "{\"email\":\"" + id + "@example.com\"}");
  }

  static AccountRow account(String id, long score) {
    return new AccountRow(id, score, score / 2, 0, score - score / 2, 3, T0, "{}");
  }

  static ScorePoint point(String person, int minutes, long score) {
    return new ScorePoint(person, T0 + minutes * 60_000L, score, 0, score, score >= 5000 ? "MQL" : "");
  }

  static StageChangeRow change(String person, String from, String to) {
    return new StageChangeRow(0, person, T0, from, to, "score reached 50", T0 + 1);
  }

  static WriteBatch events(List<StoredEvent> events) {
    return new WriteBatch(events, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static WriteBatch people(List<PersonRow> people) {
    return new WriteBatch(List.of(), people, List.of(), List.of(), List.of(), List.of());
  }
}
