package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.T0;
import static dev.leadpulse.store.jdbc.Fixtures.change;
import static dev.leadpulse.store.jdbc.Fixtures.identifyVisitor;
import static dev.leadpulse.store.jdbc.Fixtures.person;
import static dev.leadpulse.store.jdbc.Fixtures.point;
import static dev.leadpulse.store.jdbc.Fixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Erasing a person removes every row about them, by every id they were known by, and nothing else. */
@BothDatabases
class EraseTest extends StoreTestBase {

  @Test
  void erasingAPersonRemovesEveryTraceAndKeepsOthers() {
    store.commit(new WriteBatch(
        List.of(track("m1", "u1", 1), identifyVisitor("m2", "visitor-1", 2), track("m3", "u2", 3),
            identifyVisitor("m4", "visitor-2", 4)),
        List.of(person("u1", 100, T0, "MQL", "", ""), person("visitor-1", 5, T0, "", "", ""),
            person("u2", 50, T0, "", "", "")),
        List.of(), List.of(),
        List.of(point("u1", 1, 100), point("visitor-1", 1, 5), point("u2", 1, 50)),
        List.of(change("u1", "", "MQL"), change("u2", "", "MQL"))));
    store.dispositions().add(new Disposition(0, "u1", "accepted", "call back", "rep", T0));
    store.dispositions().add(new Disposition(0, "u2", "accepted", "", "rep", T0));

    long erased = store.erase("u1", List.of("u1"), List.of("visitor-1", ""));

    assertThat(erased).isEqualTo(2);
    assertThat(store.events().of(List.of("u1"), List.of("visitor-1"), 10)).isEmpty();
    assertThat(store.scores().person("u1")).isEmpty();
    assertThat(store.scores().person("visitor-1")).isEmpty();
    assertThat(store.scores().history("u1", 10)).isEmpty();
    assertThat(store.scores().history("visitor-1", 10)).isEmpty();
    assertThat(store.scores().stageChangesOf("u1")).isEmpty();
    assertThat(store.dispositions().of("u1")).isEmpty();
    for (String table : List.of("events", "people", "score_points", "stage_changes", "dispositions")) {
      assertThat(database.number("SELECT COUNT(*) FROM " + table + " WHERE " + String.join(" OR ",
          personColumns(table).stream().map(c -> c + " IN ('u1', 'visitor-1')").toList())))
          .as("rows left about u1 in " + table).isZero();
    }

    assertThat(store.events().count()).isEqualTo(2);
    assertThat(store.scores().person("u2")).isPresent();
    assertThat(store.scores().stageChangesOf("u2")).hasSize(1);
    assertThat(store.dispositions().of("u2")).hasSize(1);
  }

  @Test
  void erasingSomeoneUnknownErasesNothing() {
    store.commit(Fixtures.events(List.of(track("m1", "u1", 1))));
    assertThat(store.erase("ghost", List.of("ghost"), List.of())).isZero();
    assertThat(store.erase("", List.of(), List.of())).isZero();
    assertThat(store.events().count()).isEqualTo(1);
  }

  private static List<String> personColumns(String table) {
    return switch (table) {
      case "events" -> List.of("user_id", "anonymous_id");
      case "people" -> List.of("id");
      default -> List.of("person");
    };
  }
}
