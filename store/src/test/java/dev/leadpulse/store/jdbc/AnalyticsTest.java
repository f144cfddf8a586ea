package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.T0;
import static dev.leadpulse.store.jdbc.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Analytics;
import dev.leadpulse.store.Analytics.Bucket;
import dev.leadpulse.store.Analytics.Reach;
import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.WriteBatch;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analytics aggregates on known data: buckets round down from their start, a converted
 * person counts once however many verdicts say so, and a stage reached counts at every stage
 * before it.
 */
@BothDatabases
class AnalyticsTest extends StoreTestBase {
  private static long at(int minutes) {
    return T0 + minutes * 60_000L;
  }

  private static StageChangeRow change(String person, int minutes, String from, String to) {
    return new StageChangeRow(0, person, at(minutes), from, to, "score", at(minutes));
  }

  @BeforeEach
  void knownData() {
    // Scores: a −5, b 0, c 9.99, d 10, e 25, f 25, g 40. Stages: a MQL then back to none; c straight to SQL;
    // d MQL, then SQL, then MQL again (sticky off); e MQL; g PQL only (not in the funnel asked for).
    store.commit(new WriteBatch(List.of(),
        List.of(person("a", -500, T0, "", "", ""), person("b", 0, T0, "", "", ""),
            person("c", 999, T0, "SQL", "", ""), person("d", 1000, T0, "MQL", "", ""),
            person("e", 2500, T0, "MQL", "", ""), person("f", 2500, T0, "", "", ""),
            person("g", 4000, T0, "PQL", "", "")),
        List.of(), List.of(), List.of(),
        List.of(change("a", 1, "", "MQL"), change("a", 2, "MQL", ""), change("c", 3, "", "SQL"),
            change("d", 4, "", "MQL"), change("d", 50, "MQL", "SQL"), change("d", 60, "SQL", "MQL"),
            change("e", 70, "", "MQL"), change("g", 5, "", "PQL"))));
    verdict("c", "converted", 10);
    verdict("c", "converted", 11);
    verdict("d", "accepted", 10);
    verdict("f", "converted", 12);
    verdict("e", "rejected", 80);
  }

  private void verdict(String person, String verdict, int minutes) {
    store.dispositions().add(new Disposition(0, person, verdict, "", "rep", at(minutes)));
  }

  @Test
  void scoreRangeSpansEveryone() {
    assertThat(store.analytics().scoreRange()).contains(new Analytics.ScoreRange(-500, 4000));
  }

  @Test
  void anEmptyStoreHasAnEmptyRange() {
    store.commit(new WriteBatch(List.of(), List.of(), List.of("a", "b", "c", "d", "e", "f", "g"), List.of(), List.of(),
        List.of()));
    assertThat(store.analytics().scoreRange()).isEmpty();
    assertThat(store.analytics().histogram(0, 1000)).isEmpty();
  }

  @Test
  void histogramBucketsRoundDownFromTheirStartAndCountConvertedPeopleOnce() {
    assertThat(store.analytics().histogram(-1000, 1000)).containsExactly(new Bucket(-1000, 1, 0),
        new Bucket(0, 2, 1), new Bucket(1000, 1, 0), new Bucket(2000, 2, 1), new Bucket(4000, 1, 0));
    assertThat(store.analytics().histogram(-500, 2500)).containsExactly(new Bucket(-500, 4, 1),
        new Bucket(2000, 3, 1));
  }

  @Test
  void funnelCountsEveryoneWhoEverReachedAStageOrALaterOne() {
    assertThat(store.analytics().funnel(List.of("MQL", "SQL"))).containsExactly(new Reach("MQL", 4, 1),
        new Reach("SQL", 2, 1));
    assertThat(store.analytics().funnel(List.of("SQL"))).containsExactly(new Reach("SQL", 2, 1));
    assertThat(store.analytics().funnel(List.of())).isEmpty();
  }

  @Test
  void scoreAtRankCountsFromTheTop() {
    assertThat(store.analytics().scoreAtRank(0)).hasValue(4000);
    assertThat(store.analytics().scoreAtRank(2)).as("e and f tie at 25").hasValue(2500);
    assertThat(store.analytics().scoreAtRank(6)).hasValue(-500);
    assertThat(store.analytics().scoreAtRank(7)).isEmpty();
  }

  @Test
  void enteredCountsPeopleOnceFromATimeOn() {
    assertThat(store.analytics().entered(List.of("MQL", "SQL"), at(0))).isEqualTo(4);
    assertThat(store.analytics().entered(List.of("MQL", "SQL"), at(10))).as("d at 50 and 60, e at 70").isEqualTo(2);
    assertThat(store.analytics().entered(List.of("PQL"), at(6))).isZero();
  }
}
