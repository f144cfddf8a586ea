package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.T0;
import static dev.leadpulse.store.jdbc.Fixtures.account;
import static dev.leadpulse.store.jdbc.Fixtures.change;
import static dev.leadpulse.store.jdbc.Fixtures.person;
import static dev.leadpulse.store.jdbc.Fixtures.point;
import static dev.leadpulse.store.jdbc.Fixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.StoreException;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A commit writes all of its batch in one transaction, or none of it. */
@BothDatabases
class CommitTest extends StoreTestBase {

  @Test
  void aBatchTheDatabaseRefusesPartWayLeavesNothingBehind() {
    refuseStageChangesWhy("refuse");
    WriteBatch batch = new WriteBatch(List.of(track("m1", "u1", 1), track("m2", "u2", 2)),
        List.of(person("u1", 100, T0, "", "", "acme")), List.of(), List.of(account("acme", 100)),
        List.of(point("u1", 1, 100)), List.of(change("u1", "", "MQL"),
            new StageChangeRow(0, "u2", T0, "", "MQL", "refuse", T0)));

    assertThatThrownBy(() -> store.commit(batch))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("commit of 2 events and 1 people failed on the "
            + (backend == Backend.SQLITE ? "SQLite" : "PostgreSQL") + " database")
        .hasMessageContaining("refused by test");

    assertThat(store.events().count()).isZero();
    assertThat(store.scores().person("u1")).isEmpty();
    assertThat(store.scores().account("acme")).isEmpty();
    assertThat(store.scores().history("u1", 10)).isEmpty();
    assertThat(store.scores().stageChangesAfter(0, 10)).isEmpty();

    store.commit(new WriteBatch(batch.events(), batch.people(), List.of(), batch.accounts(), batch.scorePoints(),
        List.of(change("u2", "", "MQL"))));
    assertThat(store.events().count()).isEqualTo(2);
    assertThat(store.scores().stageChangesAfter(0, 10)).hasSize(1);
  }

  @Test
  void theLastRowForAPersonOrAccountInABatchWins() {
    store.commit(new WriteBatch(List.of(), List.of(person("u1", 100, T0, "", "", ""), person("u1", 300, T0, "MQL", "", "")),
        List.of(), List.of(account("acme", 5), account("acme", 7)), List.of(), List.of()));
    assertThat(store.scores().person("u1").orElseThrow().score()).isEqualTo(300);
    assertThat(store.scores().account("acme").orElseThrow().score()).isEqualTo(7);
  }

  @Test
  void removedPeopleAreDeletedAndOthersKept() {
    store.commit(Fixtures.people(List.of(person("anon-1", 10, T0, "", "", ""), person("u1", 20, T0, "", "", ""))));
    store.commit(new WriteBatch(List.of(), List.of(person("u1", 30, T0, "", "", "")), List.of("anon-1"),
        List.of(), List.of(), List.of()));
    assertThat(store.scores().person("anon-1")).isEmpty();
    assertThat(store.scores().person("u1").orElseThrow().score()).isEqualTo(30);
    assertThat(store.scores().peopleCount()).isEqualTo(1);
  }

  @Test
  void anEmptyBatchIsANoOp() {
    store.commit(WriteBatch.EMPTY);
    assertThat(store.events().count()).isZero();
  }

  /** A trigger that makes the database refuse a stage change: an honest failure part-way through a batch. */
  private void refuseStageChangesWhy(String why) {
    switch (backend) {
      case SQLITE -> database.execute("CREATE TRIGGER refuse BEFORE INSERT ON stage_changes WHEN NEW.why = '" + why
          + "' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
      case POSTGRESQL -> {
        database.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.why = '" + why + "' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$");
        database.execute("CREATE TRIGGER refuse BEFORE INSERT ON stage_changes FOR EACH ROW EXECUTE FUNCTION refuse()");
      }
    }
  }
}
