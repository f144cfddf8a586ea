package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.TaskRow;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plays' rows: written with the commit, read back; the outbox's lease, retries, dead
 * letters and manual retry; erasure takes the play rows too.
 */
@BothDatabases
class PlayRowsTest extends StoreTestBase {
  static final Delivery HOOK = Delivery.pending("msg_1", "u1", "hot", "webhook", "http://x/hook", 3, "ana", "{}", 100);
  static final Delivery SLACK = Delivery.pending("msg_2", "u1", "hot", "slack", "http://x/slack", 2, "ana", "{}", 100);

  private void commit(PlayRows rows) {
    store.commit(new WriteBatch(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()).withPlays(rows));
  }

  private static PlayRows rows() {
    return new PlayRows(
        List.of(new PlayRows.History(0, "u1", "hot", 100, "fired", "entered PQL", "", "ana", true),
            new PlayRows.History(0, "u1", "low", 100, "suppressed", "entered PQL", "suppressed by hot", "", false)),
        List.of(new PlayRows.State("u1", "hot", 100, false)),
        List.of(new PlayRows.Assignment("u1", "ana", "hot", 100)),
        List.of(new PlayRows.Cursor("smb", 1)),
        List.of(new TaskRow(0, "u1", "hot", "ana", "Call Dana", "entered PQL", "high", 100, 900, "open")),
        List.of(HOOK, SLACK));
  }

  @Test
  void playRowsAreWrittenWithTheCommitAndReadBack() {
    commit(rows());

    assertThat(store.playLog().of("u1")).extracting(PlayRows.History::play, PlayRows.History::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hot", "fired"),
            org.assertj.core.groups.Tuple.tuple("low", "suppressed"));
    assertThat(store.playLog().alertedSince(100)).singleElement().extracting(PlayRows.History::owner).isEqualTo("ana");
    assertThat(store.playLog().alertedSince(101)).isEmpty();
    assertThat(store.playLog().states()).containsExactly(new PlayRows.State("u1", "hot", 100, false));
    assertThat(store.playLog().assignments()).containsExactly(new PlayRows.Assignment("u1", "ana", "hot", 100));
    assertThat(store.playLog().cursors()).containsExactly(new PlayRows.Cursor("smb", 1));
    assertThat(store.tasks().of("u1")).singleElement().satisfies(t -> {
      assertThat(t.id()).isPositive();
      assertThat(t.title()).isEqualTo("Call Dana");
    });
    assertThat(store.tasks().list("ana", "open", 10)).hasSize(1);
    assertThat(store.tasks().list("raj", "", 10)).isEmpty();
    assertThat(store.outbox().list("pending", 10)).extracting(Delivery::id).containsExactlyInAnyOrder("msg_1", "msg_2");

    commit(new PlayRows(List.of(), List.of(new PlayRows.State("u1", "hot", 200, true)), List.of(),
        List.of(new PlayRows.Cursor("smb", 0)), List.of(), List.of(HOOK)));
    assertThat(store.playLog().states()).containsExactly(new PlayRows.State("u1", "hot", 200, true));
    assertThat(store.playLog().cursors()).containsExactly(new PlayRows.Cursor("smb", 0));
    assertThat(store.outbox().list("", 10)).as("a delivery id is written once").hasSize(2);
  }

  @Test
  void aClaimLeasesDueDeliveriesUntilTheyAreMarked() {
    commit(rows());

    assertThat(store.outbox().claimDue(99, 1_000, 10)).as("not yet due").isEmpty();
    assertThat(store.outbox().claimDue(100, 1_000, 10)).extracting(Delivery::id).containsExactly("msg_1", "msg_2");
    assertThat(store.outbox().claimDue(999, 2_000, 10)).as("leased").isEmpty();

    store.outbox().delivered("msg_1", 150);
    store.outbox().failed("msg_2", "503 Service Unavailable", 500);
    assertThat(store.outbox().claimDue(1_000, 2_000, 10)).as("the lease ran out for msg_2 only")
        .singleElement().satisfies(d -> {
          assertThat(d.id()).isEqualTo("msg_2");
          assertThat(d.attempts()).isEqualTo(1);
          assertThat(d.lastError()).isEqualTo("503 Service Unavailable");
        });
    assertThat(store.outbox().get("msg_1").orElseThrow()).satisfies(d -> {
      assertThat(d.status()).isEqualTo("delivered");
      assertThat(d.deliveredAt()).isEqualTo(150);
    });
  }

  @Test
  void deadLettersKeepTheirReasonAndCanBeRetried() {
    commit(rows());
    store.outbox().dead("msg_2", "410 Gone: the receiver removed this hook", 300);
    store.outbox().delivered("msg_1", 300);

    assertThat(store.outbox().list("dead", 10)).singleElement().satisfies(d -> {
      assertThat(d.lastError()).startsWith("410 Gone");
      assertThat(d.attempts()).isEqualTo(1);
    });
    assertThat(store.outbox().retry("msg_1", 400)).as("a delivered one stays delivered").isFalse();
    assertThat(store.outbox().retry("nope", 400)).isFalse();
    assertThat(store.outbox().retry("msg_2", 400)).isTrue();
    assertThat(store.outbox().claimDue(400, 500, 10)).extracting(Delivery::id).containsExactly("msg_2");
  }

  @Test
  void erasureTakesThePersonsPlayRows() {
    commit(rows());

    store.erase("u1", List.of("u1"), List.of());

    assertThat(store.playLog().of("u1")).isEmpty();
    assertThat(store.playLog().states()).isEmpty();
    assertThat(store.playLog().assignments()).isEmpty();
    assertThat(store.tasks().of("u1")).isEmpty();
    assertThat(store.outbox().list("", 10)).isEmpty();
  }
}
