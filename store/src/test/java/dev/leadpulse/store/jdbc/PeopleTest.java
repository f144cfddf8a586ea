package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.T0;
import static dev.leadpulse.store.jdbc.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.store.Page;
import dev.leadpulse.store.PersonQuery;
import dev.leadpulse.store.PersonQuery.Sort;
import dev.leadpulse.store.PersonRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** People: upserted by id; listed a page at a time, filtered, in either order, stable under ties. */
@BothDatabases
class PeopleTest extends StoreTestBase {

  @Test
  void aPersonIsUpsertedAndReadBackEqual() {
    PersonRow first = person("u1", 100, T0, "", "", "");
    store.commit(Fixtures.people(List.of(first)));
    assertThat(store.scores().person("u1")).contains(first);

    PersonRow later = new PersonRow("u1", true, 7_250, 2_000, 5_250, "MQL", "A1", "acme", T0 + 9, T0 + 10,
        "{\"plan\":\"pro\"}");
    store.commit(Fixtures.people(List.of(later)));
    assertThat(store.scores().person("u1")).contains(later);
    assertThat(store.scores().peopleCount()).isEqualTo(1);
    assertThat(store.scores().person("nobody")).isEmpty();
  }

  @Test
  void pagesByScoreVisitEveryoneOnceInOrderDespiteTies() {
    // 25 people on 5 distinct scores: every page boundary falls inside a tie.
    store.commit(Fixtures.people(IntStream.range(0, 25)
        .mapToObj(i -> person(String.format("p%02d", i), (i % 5) * 100, T0 + i, "", "", "")).toList()));

    List<PersonRow> all = readAll(PersonQuery.all(7));
    assertThat(all).hasSize(25);
    assertThat(all).extracting(PersonRow::id).doesNotHaveDuplicates();
    List<PersonRow> expected = new ArrayList<>(all);
    expected.sort((a, b) -> a.score() != b.score() ? Long.compare(b.score(), a.score()) : a.id().compareTo(b.id()));
    assertThat(all).containsExactlyElementsOf(expected);
    assertThat(all.get(0).id()).isEqualTo("p04");
  }

  @Test
  void pagesByLastActivityGoLatestFirst() {
    store.commit(Fixtures.people(List.of(person("a", 1, T0 + 3, "", "", ""), person("b", 9, T0 + 1, "", "", ""),
        person("c", 5, T0 + 3, "", "", ""), person("d", 5, T0 + 2, "", "", ""))));
    List<PersonRow> all = readAll(query("", "", Long.MIN_VALUE, "", Sort.LAST_ACTIVITY, 1));
    assertThat(all).extracting(PersonRow::id).containsExactly("a", "c", "d", "b");
  }

  @Test
  void filtersByStageGradeMinScoreAndAccount() {
    store.commit(Fixtures.people(List.of(
        person("a", 9_000, T0, "SQL", "A1", "acme"), person("b", 6_000, T0, "MQL", "A1", "acme"),
        person("c", 5_500, T0, "MQL", "B2", "globex"), person("d", 1_000, T0, "", "C3", "acme"))));
    assertThat(ids(query("MQL", "", Long.MIN_VALUE, "", Sort.SCORE, 10))).containsExactly("b", "c");
    assertThat(ids(query("", "A1", Long.MIN_VALUE, "", Sort.SCORE, 10))).containsExactly("a", "b");
    assertThat(ids(query("", "", 5_500, "", Sort.SCORE, 10))).containsExactly("a", "b", "c");
    assertThat(ids(query("", "", Long.MIN_VALUE, "acme", Sort.SCORE, 10))).containsExactly("a", "b", "d");
    assertThat(ids(query("MQL", "A1", 0, "acme", Sort.SCORE, 10))).containsExactly("b");
    assertThat(ids(query("lost", "", Long.MIN_VALUE, "", Sort.SCORE, 10))).isEmpty();
  }

  @Test
  void theLastPageHasNoNextCursor() {
    store.commit(Fixtures.people(List.of(person("a", 1, T0, "", "", ""), person("b", 2, T0, "", "", ""))));
    assertThat(store.scores().people(PersonQuery.all(2)).next()).isEmpty();
    assertThat(store.scores().people(PersonQuery.all(1)).next()).isPresent();
  }

  @Test
  void aCursorFromAnotherListIsRefused() {
    store.commit(Fixtures.people(List.of(person("a", 1, T0, "", "", ""), person("b", 2, T0, "", "", ""))));
    String byScore = store.scores().people(PersonQuery.all(1)).next().orElseThrow();
    assertThatThrownBy(() -> store.scores().people(
        new PersonQuery("", "", Long.MIN_VALUE, "", Sort.LAST_ACTIVITY, Optional.of(byScore), 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    assertThatThrownBy(() -> store.scores().people(
        new PersonQuery("", "", Long.MIN_VALUE, "", Sort.SCORE, Optional.of("not a cursor!"), 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
  }

  private List<PersonRow> readAll(PersonQuery first) {
    List<PersonRow> all = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<PersonRow> page = store.scores().people(new PersonQuery(first.stage(), first.grade(), first.minScore(),
          first.account(), first.sort(), cursor, first.limit()));
      assertThat(page.items().size()).isLessThanOrEqualTo(first.limit());
      all.addAll(page.items());
      cursor = page.next();
    } while (cursor.isPresent());
    return all;
  }

  private List<String> ids(PersonQuery query) {
    return readAll(query).stream().map(PersonRow::id).toList();
  }

  private static PersonQuery query(String stage, String grade, long minScore, String account, Sort sort, int limit) {
    return new PersonQuery(stage, grade, minScore, account, sort, Optional.empty(), limit);
  }
}
