package dev.leadpulse.core.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonState;
import dev.leadpulse.core.engine.PersonTable;
import dev.leadpulse.core.testing.Scoring;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link PersonTable} behaves as a map from person id to state, through growth and collisions. */
class PersonTableTest {
  private static final Engine ENGINE = new Engine(Scoring.model("""
      name: table
      engagement:
        - id: any
          event: Clicked
          points: 1
      """), ConditionFailures.IGNORE);

  @Property(tries = 200)
  void actsAsAMap(@ForAll @Size(max = 300) List<@StringLength(max = 4) String> keys) {
    PersonTable table = new PersonTable(1);
    Map<String, PersonState> map = new HashMap<>();
    for (String k : keys) {
      PersonState s = table.computeIfAbsent(k, ENGINE::newPerson);
      assertThat(s).isSameAs(map.computeIfAbsent(k, x -> s));
    }
    assertThat(table.size()).isEqualTo(map.size());
    map.forEach((k, s) -> assertThat(table.get(k)).isSameAs(s));
    Set<PersonState> seen = new HashSet<>();
    table.forEach(seen::add);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(map.values());
    assertThat(table.get("absent-key-longer-than-four")).isNull();
  }

  @Test
  void collidingKeysAreKeptApart() {
    // "Aa" and "BB" have the same String hash code.
    PersonTable table = new PersonTable();
    PersonState aa = table.computeIfAbsent("Aa", ENGINE::newPerson);
    PersonState bb = table.computeIfAbsent("BB", ENGINE::newPerson);
    assertThat(aa).isNotSameAs(bb);
    assertThat(table.get("Aa")).isSameAs(aa);
    assertThat(table.get("BB")).isSameAs(bb);
  }

  @Test
  void rejectsAStateKeyedOtherwise() {
    assertThatThrownBy(() -> new PersonTable().computeIfAbsent("a", k -> ENGINE.newPerson("b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
