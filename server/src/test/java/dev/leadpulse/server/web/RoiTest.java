package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ROI arithmetic, to the cent, on figures worked by hand. */
class RoiTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** 200 leads a month, ACV 12,000, 2% before and 5% with scores, 5 reps saving 3 h at 50, costing 20,000. */
  private static Roi example() {
    return new Roi(new Roi.Inputs(d("200"), d("12000"), d("2"), d("5"), d("5"), d("3"), d("50"), d("20000")));
  }

  @Test
  void revenueLiftIsNewDealsLessExpectedDealsTimesAcv() {
    Roi r = example();
    assertThat(r.leadsPerYear()).isEqualByComparingTo("2400");
    assertThat(r.newDeals()).isEqualByComparingTo("120");
    assertThat(r.expectedDeals()).isEqualByComparingTo("48");
    assertThat(r.newRevenue()).isEqualByComparingTo("1440000");
    assertThat(r.expectedRevenue()).isEqualByComparingTo("576000");
    assertThat(r.revenueLift()).isEqualByComparingTo("864000");
  }

  @Test
  void savingsAreRepsTimesHoursTimesCostForFiftyTwoWeeks() {
    assertThat(example().savings()).isEqualByComparingTo("39000");
  }

  @Test
  void roiIsNetGainOverCostInPercentToOneDecimal() {
    assertThat(example().net()).isEqualByComparingTo("883000");
    assertThat(example().roiPercent()).hasValueSatisfying(p -> assertThat(p).isEqualTo(d("4415.0")));
    // Rounded half up: (0 + 520 − 30) / 30 × 100 = 1633.33…
    Roi third = new Roi(new Roi.Inputs(d("0"), d("0"), d("0"), d("0"), d("1"), d("1"), d("10"), d("30")));
    assertThat(third.savings()).isEqualByComparingTo("520");
    assertThat(third.roiPercent()).hasValueSatisfying(p -> assertThat(p).isEqualTo(d("1633.3")));
  }

  @Test
  void fractionsStayExact() {
    Roi r = new Roi(new Roi.Inputs(d("37"), d("9999.99"), d("1.5"), d("3.25"), d("2"), d("1.5"), d("42.10"),
        d("12345")));
    assertThat(r.leadsPerYear()).isEqualByComparingTo("444");
    assertThat(r.newDeals()).isEqualByComparingTo("14.43");
    assertThat(r.expectedDeals()).isEqualByComparingTo("6.66");
    assertThat(r.revenueLift()).isEqualByComparingTo("77699.9223");
    assertThat(r.savings()).isEqualByComparingTo("6567.6");
    // (77699.9223 + 6567.6 − 12345) / 12345 × 100 = 582.604…
    assertThat(r.roiPercent()).hasValueSatisfying(p -> assertThat(p).isEqualTo(d("582.6")));
  }

  @Test
  void aLowerRateWithScoresIsANegativeLift() {
    Roi r = new Roi(new Roi.Inputs(d("100"), d("1000"), d("5"), d("4"), d("0"), d("0"), d("0"), d("1000")));
    assertThat(r.revenueLift()).isEqualByComparingTo("-12000");
    assertThat(r.roiPercent()).hasValueSatisfying(p -> assertThat(p).isEqualTo(d("-1300.0")));
  }

  @Test
  void noCostMeansNoRatio() {
    Roi free = new Roi(new Roi.Inputs(d("200"), d("12000"), d("2"), d("5"), d("5"), d("3"), d("50"), d("0")));
    assertThat(free.roiPercent()).isEmpty();
    assertThat(free.net()).isEqualByComparingTo("903000");
  }

  @Test
  void inputsAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> new Roi.Inputs(d("-1"), d("1"), d("1"), d("1"), d("1"), d("1"), d("1"), d("1")))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> new Roi.Inputs(d("1"), d("1"), d("101"), d("1"), d("1"), d("1"), d("1"), d("1")))
        .hasMessageContaining("at most 100");
  }
}
