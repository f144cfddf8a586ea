package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.T0;
import static dev.leadpulse.store.jdbc.Fixtures.person;
import static dev.leadpulse.store.jdbc.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.Reports;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feedback reports on known data: a touch is the first disposition at or after the
 * trigger; acceptance counts people over the threshold accepted or converted; an untouched lead
 * is hot since its last rise to the threshold, with no disposition since.
 */
@BothDatabases
class ReportsTest extends StoreTestBase {
  private static long at(int minutes) {
    return T0 + minutes * 60_000L;
  }

  private static PlayRows.History history(String person, int minutes, String outcome, String owner) {
    return new PlayRows.History(0, person, "hot", at(minutes), outcome, "score reached 90", "", owner, true);
  }

  @BeforeEach
  void knownData() {
    // a: hot at 10, accepted at 15. b: hot from 0, never touched. c: hot at 5, under at 20, hot again at 30,
    // rejected at 25 (before it became hot again), contacted at 45. d: under 90. e: hot, converted at 2.
    // f: like c, but never touched after it became hot again.
    store.commit(new WriteBatch(List.of(),
        List.of(person("a", 9500, T0, "", "", ""), person("b", 9200, T0, "", "", ""),
            person("c", 9100, T0, "", "", ""), person("d", 8000, T0, "", "", ""), person("e", 9900, T0, "", "", ""),
            person("f", 9300, T0, "", "", "")),
        List.of(), List.of(),
        List.of(point("a", 0, 5000), point("a", 10, 9500), point("b", 0, 9200), point("c", 5, 9100),
            point("c", 20, 8000), point("c", 30, 9100), point("d", 0, 8000), point("e", 0, 9900),
            point("f", 5, 9300), point("f", 20, 8000), point("f", 30, 9300)),
        List.of()).withPlays(new PlayRows(
            List.of(history("a", 10, "fired", "ana"), history("b", 0, "fired", "raj"), history("c", 30, "held", "ana"),
                history("d", 1, "suppressed", "ana"), history("e", 0, "fired", "")),
            List.of(), List.of(new PlayRows.Assignment("b", "raj", "hot", T0)), List.of(), List.of(), List.of())));
    disposition("a", "accepted", 15);
    disposition("c", "rejected", 25);
    disposition("c", "contacted", 45);
    disposition("e", "converted", 2);
    disposition("f", "rejected", 25);
  }

  private void disposition(String person, String verdict, int minutes) {
    store.dispositions().add(new Disposition(0, person, verdict, "", "rep", at(minutes)));
  }

  @Test
  void responsesPairEachTriggerWithItsFirstTouch() {
    assertThat(store.reports().responses(0)).containsExactly(
        new Reports.Response("b", "hot", "raj", at(0), -1),
        new Reports.Response("a", "hot", "ana", at(10), at(15)),
        new Reports.Response("c", "hot", "ana", at(30), at(45)));
    assertThat(store.reports().responses(at(11))).extracting(Reports.Response::person).containsExactly("c");
  }

  @Test
  void acceptanceCountsPeopleOverTheThresholdAcceptedOrConverted() {
    assertThat(store.reports().acceptance(9000)).isEqualTo(new Reports.Acceptance(5, 2));
    assertThat(store.reports().acceptance(9600)).isEqualTo(new Reports.Acceptance(1, 1));
    assertThat(store.reports().acceptance(10_000)).isEqualTo(new Reports.Acceptance(0, 0));
  }

  @Test
  void untouchedLeadsAreHotSinceTheirLastRiseWithNoDispositionSince() {
    assertThat(store.reports().untouched(9000, at(40), 10)).containsExactly(
        new Reports.Untouched("b", "raj", 9200, at(0)), new Reports.Untouched("f", "", 9300, at(30)));
    assertThat(store.reports().untouched(9000, at(20), 10)).as("f is hot since 30 only")
        .extracting(Reports.Untouched::person).containsExactly("b");
    assertThat(store.reports().untouched(9000, at(40), 1)).hasSize(1);
  }
}
