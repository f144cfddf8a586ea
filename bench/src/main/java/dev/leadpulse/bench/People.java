package dev.leadpulse.bench;

import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonState;
import dev.leadpulse.core.engine.PersonTable;
import java.util.HashMap;

/**
 * The caller's map from user id to state, as the benchmarks' {@code table} parameter
 * chooses: {@code person-table} (core's {@link PersonTable}, open addressing) or
 * {@code hash-map} (a {@code HashMap<String, PersonState>}, as the benchmarks used before
 * 2026-11-23). Either way each event costs one lookup by its own user id string.
 */
abstract class People {
  /** The state of {@code userId}, created on their first event. */
  abstract PersonState of(String userId);

  abstract int size();

  /** Every state, in no particular order. */
  abstract void forEach(java.util.function.Consumer<PersonState> action);

  /**
   * Bytes of the table itself beyond the states: the arrays of a {@link PersonTable}; for a
   * {@code HashMap}, one 32-byte node per entry and a 4-byte slot per table entry
   * (compressed references).
   */
  abstract long tableBytes();

  static People of(String table, Engine engine) {
    return switch (table) {
      case "person-table" -> new Table(engine);
      case "hash-map" -> new Map(engine);
      default -> throw new IllegalArgumentException("table: person-table or hash-map, not " + table);
    };
  }

  private static final class Table extends People {
    private final Engine engine;
    private final PersonTable table = new PersonTable();

    Table(Engine engine) {
      this.engine = engine;
    }

    @Override
    PersonState of(String userId) {
      PersonState p = table.get(userId);
      return p != null ? p : table.computeIfAbsent(userId, engine::newPerson);
    }

    @Override
    int size() {
      return table.size();
    }

    @Override
    void forEach(java.util.function.Consumer<PersonState> action) {
      table.forEach(action);
    }

    @Override
    long tableBytes() {
      return table.footprint();
    }
  }

  private static final class Map extends People {
    private final Engine engine;
    private final HashMap<String, PersonState> map = new HashMap<>();

    Map(Engine engine) {
      this.engine = engine;
    }

    @Override
    PersonState of(String userId) {
      PersonState p = map.get(userId);
      if (p == null) {
        p = engine.newPerson(userId);
        map.put(userId, p);
      }
      return p;
    }

    @Override
    int size() {
      return map.size();
    }

    @Override
    void forEach(java.util.function.Consumer<PersonState> action) {
      map.values().forEach(action);
    }

    @Override
    long tableBytes() {
      int cap = 16;
      while (cap * 0.75 < map.size()) {
        cap <<= 1;
      }
      return 32L * map.size() + 4L * cap;
    }
  }
}
