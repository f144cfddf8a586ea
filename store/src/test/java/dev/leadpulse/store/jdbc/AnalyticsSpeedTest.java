package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Dispositions.Disposition;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The analytics page's queries stay under the page's budget of 300 ms with 100,000 people, about
 * 50,000 stage changes and 3,000 verdicts. Each query is timed at its best of five runs (the
 * machine may be busy with other work) and their sum, as if run one after the other, must be under
 * the budget; the page runs the independent ones at once. Measured on a shared two-core machine:
 * 130 to 160 ms on SQLite, 140 to 200 ms on PostgreSQL (more under heavy load from other builds).
 */
@BothDatabases
class AnalyticsSpeedTest extends StoreTestBase {
  private static final int PEOPLE = 100_000;
  private static final long BUDGET_MILLIS = 300;

  @Test
  void theAnalyticsQueriesTakeUnder300MillisecondsWith100000People() {
    load();
    long[] each = {best(() -> store.analytics().scoreRange()), best(() -> store.analytics().histogram(0, 500)),
        best(() -> store.analytics().funnel(List.of("MQL", "SQL"))),
        best(() -> store.analytics().scoreAtRank(PEOPLE / 10 - 1)), best(() -> store.reports().acceptance(4000)),
        best(() -> store.reports().responses(0)), best(() -> store.ingestTallies().since(0))};
    long total = java.util.Arrays.stream(each).sum();
    assertThat(total).as("milliseconds for the analytics queries on %s, one by one: %s", backend,
        java.util.Arrays.toString(each)).isLessThan(BUDGET_MILLIS);
    assertThat(store.analytics().histogram(0, 500).stream().mapToLong(b -> b.people()).sum()).isEqualTo(PEOPLE);
  }

  private static long best(Supplier<?> query) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long started = System.nanoTime();
      query.get();
      best = Math.min(best, System.nanoTime() - started);
    }
    return best / 1_000_000;
  }

  /** Scores half-normal around 0 with a spread of 40 points; MQL from 40, SQL from 100, a tenth fall back. */
  private void load() {
    SplittableRandom random = new SplittableRandom(7);
    for (int b = 0; b < PEOPLE / 1000; b++) {
      List<PersonRow> people = new ArrayList<>();
      List<StageChangeRow> changes = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String id = "user-" + (b * 1000 + i);
        long score = (long) (Math.abs(random.nextGaussian()) * 4000);
        String stage = score >= 10_000 ? "SQL" : score >= 4000 ? "MQL" : "";
        people.add(new PersonRow(id, false, score, score / 2, score - score / 2, stage, "B2", "acme.com", T0, T0,
            "{\"email\":\"" + id + "@example.com\",\"name\":\"Some Body\",\"title\":\"Engineer\"}"));
        if (score >= 4000) {
          changes.add(new StageChangeRow(0, id, T0 + i, "", "MQL", "score reached 40", T0 + i));
        }
        if (score >= 10_000) {
          changes.add(new StageChangeRow(0, id, T0 + i + 5, "MQL", "SQL", "score reached 100", T0 + i));
        }
        if (random.nextInt(10) == 0) {
          changes.add(new StageChangeRow(0, id, T0 + i, "", "MQL", "score reached 40", T0 + i));
          changes.add(new StageChangeRow(0, id, T0 + i + 9, "MQL", "", "score fell", T0 + i));
        }
      }
      store.commit(new WriteBatch(List.of(), people, List.of(), List.of(), List.of(), changes));
    }
    for (int i = 0; i < 3000; i++) {
      store.dispositions().add(new Disposition(0, "user-" + random.nextInt(PEOPLE),
          random.nextBoolean() ? "converted" : "accepted", "", "rep", T0));
    }
  }
}
