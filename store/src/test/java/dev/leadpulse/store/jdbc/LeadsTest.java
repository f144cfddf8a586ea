package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.Leads.Lead;
import dev.leadpulse.store.Leads.Query;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.TaskRow;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox query: people in a stage by score, with owner, stage entry, verdict and open task. */
@BothDatabases
class LeadsTest extends StoreTestBase {
  private static final long T0 = Fixtures.T0;

  @BeforeEach
  void leads() {
    store.commit(new WriteBatch(List.of(), List.of(
        Fixtures.person("ann", 9000, T0, "SQL", "A1", "acme.com"),
        Fixtures.person("bob", 7000, T0, "MQL", "B2", "acme.com"),
        Fixtures.person("cat", 6000, T0, "MQL", "A2", "globex.com"),
        Fixtures.person("dan", 3000, T0, "", "C3", "acme.com")), List.of(), List.of(), List.of(),
        List.of(new StageChangeRow(0, "ann", T0 - 50_000, "", "MQL", "score reached 50", T0),
            new StageChangeRow(0, "ann", T0 - 20_000, "MQL", "SQL", "score reached 90", T0),
            new StageChangeRow(0, "bob", T0 - 10_000, "", "MQL", "score reached 50", T0)),
        new PlayRows(List.of(), List.of(), List.of(new PlayRows.Assignment("ann", "ana", "p", T0),
            new PlayRows.Assignment("bob", "raj", "p", T0)), List.of(),
            List.of(new TaskRow(0, "bob", "p", "raj", "Call Bob", "", "high", T0, T0 + 900_000, "open"),
                new TaskRow(0, "bob", "p", "raj", "Later", "", "low", T0, T0 + 5_000_000, "open")),
            List.of())));
  }

  private static Query all() {
    return new Query("", "", Set.of(), "", false, 50);
  }

  @Test
  void peopleInAStageComeHighestScoreFirstWithTheirOwnerStageEntryAndTask() {
    List<Lead> leads = store.leads().list(all());
    assertThat(leads).extracting(Lead::person).containsExactly("ann", "bob", "cat");
    Lead ann = leads.get(0);
    assertThat(ann.owner()).isEqualTo("ana");
    assertThat(ann.inStageSince()).isEqualTo(T0 - 20_000);
    assertThat(ann.openTaskDue()).isEqualTo(-1);
    Lead bob = leads.get(1);
    assertThat(bob.openTaskDue()).isEqualTo(T0 + 900_000);
    assertThat(leads.get(2).owner()).isEmpty();
    assertThat(leads.get(2).inStageSince()).isEqualTo(T0);
  }

  @Test
  void filtersByStageGradeLetterOwnersAndAccount() {
    assertThat(store.leads().list(new Query("MQL", "", Set.of(), "", false, 50))).extracting(Lead::person)
        .containsExactly("bob", "cat");
    assertThat(store.leads().list(new Query("", "A", Set.of(), "", false, 50))).extracting(Lead::person)
        .containsExactly("ann", "cat");
    assertThat(store.leads().list(new Query("", "B2", Set.of(), "", false, 50))).extracting(Lead::person)
        .containsExactly("bob");
    assertThat(store.leads().list(new Query("", "", Set.of("raj", "ana"), "", false, 50))).extracting(Lead::person)
        .containsExactly("ann", "bob");
    assertThat(store.leads().list(new Query("", "", Set.of(), "globex.com", false, 50))).extracting(Lead::person)
        .containsExactly("cat");
    assertThat(store.leads().list(new Query("", "", Set.of(), "", false, 1))).extracting(Lead::person)
        .containsExactly("ann");
  }

  @Test
  void aClosingVerdictSinceTheStageEntryHidesALeadUnlessClosedOnesAreAsked() {
    store.dispositions().add(new Disposition(0, "bob", "rejected", "", "ana", T0));
    store.dispositions().add(new Disposition(0, "ann", "rejected", "", "ana", T0 - 40_000));
    store.dispositions().add(new Disposition(0, "cat", "contacted", "", "raj", T0 + 1));
    assertThat(store.leads().list(all())).extracting(Lead::person).containsExactly("ann", "cat");
    Lead ann = store.leads().of("ann").orElseThrow();
    assertThat(ann.verdict()).isEqualTo("rejected");
    assertThat(ann.touched()).as("rejected before entering SQL: a new trigger").isFalse();
    assertThat(store.leads().of("cat").orElseThrow().touched()).isTrue();
    assertThat(store.leads().list(new Query("", "", Set.of(), "", true, 50))).extracting(Lead::person)
        .containsExactly("ann", "bob", "cat");
    assertThat(store.leads().of("bob").orElseThrow().closed()).isTrue();
    assertThat(store.leads().of("nobody")).isEmpty();
    assertThat(store.leads().of("dan").orElseThrow().stage()).isEmpty();
  }
}
