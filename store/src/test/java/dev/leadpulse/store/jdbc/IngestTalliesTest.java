package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.store.IngestTallies.Tally;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily ingestion tallies add up across calls and within one call, and read back from a day on. */
@BothDatabases
class IngestTalliesTest extends StoreTestBase {

  @Test
  void countsAddUpPerDayAndReason() {
    store.ingestTallies().add(List.of(new Tally(20_000, "accepted", 10), new Tally(20_000, "missing_id", 2)));
    store.ingestTallies().add(List.of(new Tally(20_000, "accepted", 5), new Tally(20_000, "accepted", 1),
        new Tally(20_001, "accepted", 7)));
    assertThat(store.ingestTallies().since(0)).containsExactly(new Tally(20_000, "accepted", 16),
        new Tally(20_000, "missing_id", 2), new Tally(20_001, "accepted", 7));
  }

  @Test
  void sinceLeavesEarlierDaysOut() {
    store.ingestTallies().add(List.of(new Tally(19_999, "accepted", 3), new Tally(20_001, "too_large", 1)));
    assertThat(store.ingestTallies().since(20_000)).containsExactly(new Tally(20_001, "too_large", 1));
    assertThat(store.ingestTallies().since(20_002)).isEmpty();
  }

  @Test
  void nothingToAddWritesNothing() {
    store.ingestTallies().add(List.of());
    assertThat(database.number("SELECT COUNT(*) FROM ingest_days")).isZero();
  }

  @Test
  void aTallyNeedsAReasonAndNoNegativeCount() {
    assertThatThrownBy(() -> new Tally(1, "", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Tally(1, "accepted", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
