package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.account;
import static dev.leadpulse.store.jdbc.Fixtures.change;
import static dev.leadpulse.store.jdbc.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.AccountRow;
import dev.leadpulse.store.Page;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accounts paged by score; a person's score history; the log of stage changes. */
@BothDatabases
class AccountsAndHistoryTest extends StoreTestBase {

  @Test
  void accountsAreUpsertedAndPagedByScoreWithTiesById() {
    store.commit(batch(List.of(account("c", 50), account("a", 50), account("b", 90), account("d", 10)),
        List.of(), List.of()));
    store.commit(batch(List.of(account("d", 70)), List.of(), List.of()));
    assertThat(store.scores().account("d").orElseThrow().score()).isEqualTo(70);
    assertThat(store.scores().account("d").orElseThrow()).isEqualTo(new AccountRow("d", 70, 35, 0, 35, 3,
        Fixtures.T0, "{}"));
    assertThat(store.scores().accountCount()).isEqualTo(4);

    List<String> ids = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<AccountRow> page = store.scores().accounts(cursor, 1);
      page.items().forEach(a -> ids.add(a.id()));
      cursor = page.next();
    } while (cursor.isPresent());
    assertThat(ids).containsExactly("b", "d", "a", "c");
  }

  @Test
  void historyGivesTheLatestPointsOldestFirst() {
    store.commit(batch(List.of(), List.of(point("u1", 3, 300), point("u1", 1, 100), point("u2", 2, 999),
        point("u1", 2, 200)), List.of()));
    assertThat(store.scores().history("u1", 10)).extracting(ScorePoint::score).containsExactly(100L, 200L, 300L);
    assertThat(store.scores().history("u1", 2)).extracting(ScorePoint::score).containsExactly(200L, 300L);
    assertThat(store.scores().history("u1", 1).get(0)).isEqualTo(point("u1", 3, 300));
    assertThat(store.scores().history("nobody", 5)).isEmpty();
  }

  @Test
  void stageChangesGetGrowingSeqsAndAreReadAfterASeq() {
    assertThat(store.scores().latestStageChangeSeq()).isZero();
    store.commit(batch(List.of(), List.of(), List.of(change("u1", "", "MQL"), change("u2", "", "MQL"))));
    store.commit(batch(List.of(), List.of(), List.of(change("u1", "MQL", "SQL"))));

    List<StageChangeRow> all = store.scores().stageChangesAfter(0, 100);
    assertThat(all).extracting(StageChangeRow::person).containsExactly("u1", "u2", "u1");
    assertThat(all).extracting(StageChangeRow::seq).isSorted().doesNotHaveDuplicates().allMatch(s -> s > 0);
    assertThat(all.get(2)).isEqualTo(new StageChangeRow(all.get(2).seq(), "u1", Fixtures.T0, "MQL", "SQL",
        "score reached 50", Fixtures.T0 + 1));
    assertThat(store.scores().stageChangesAfter(all.get(0).seq(), 1)).containsExactly(all.get(1));
    assertThat(store.scores().stageChangesAfter(all.get(2).seq(), 10)).isEmpty();
    assertThat(store.scores().latestStageChangeSeq()).isEqualTo(all.get(2).seq());
    assertThat(store.scores().stageChangesOf("u1")).extracting(StageChangeRow::to).containsExactly("MQL", "SQL");
  }

  private static WriteBatch batch(List<AccountRow> accounts, List<ScorePoint> points, List<StageChangeRow> changes) {
    return new WriteBatch(List.of(), List.of(), List.of(), accounts, points, changes);
  }
}
