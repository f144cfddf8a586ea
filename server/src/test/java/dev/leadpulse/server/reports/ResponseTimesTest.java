package dev.leadpulse.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Reports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles of response times, per owner; untouched triggers counted apart. */
class ResponseTimesTest {
  @Test
  void nearestRankPercentilesAtTheirEdges() {
    assertThat(ResponseTimes.percentile(new long[] {}, 50)).isZero();
    assertThat(ResponseTimes.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(ResponseTimes.percentile(new long[] {7}, 90)).isEqualTo(7);
    long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(ResponseTimes.percentile(ten, 50)).isEqualTo(5);
    assertThat(ResponseTimes.percentile(ten, 90)).isEqualTo(9);
    assertThat(ResponseTimes.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90)).isEqualTo(10);
  }

  @Test
  void perOwnerWithUntouchedTriggersLeftOutOfThePercentiles() {
    List<Reports.Response> rs = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      rs.add(new Reports.Response("p" + i, "hot", "ana", 1_000, 1_000 + i * 60_000L));
    }
    rs.add(new Reports.Response("q", "hot", "ana", 1_000, -1));
    rs.add(new Reports.Response("r", "hot", "raj", 1_000, -1));

    assertThat(ResponseTimes.byOwner(rs)).containsExactly(
        new ResponseTimes.OwnerTimes("ana", 11, 10, 300_000, 540_000),
        new ResponseTimes.OwnerTimes("raj", 1, 0, 0, 0));
  }
}
