package dev.leadpulse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Category sums kept in ints move to longs, unchanged, when one no longer fits an int. */
class CategoryTotalsWideningTest {
  @Test
  void sumsPastAnIntWidenWithoutLoss() {
    PersonState p = new PersonState("p");
    assertThat(p.hasCategoryTotals()).isFalse();
    assertThat(p.categoryTotal(1)).isZero();
    p.addToCategory(0, -7, 3);
    p.addToCategory(1, Integer.MAX_VALUE, 3);
    long before = p.footprint();
    p.addToCategory(1, 1, 3);
    p.addToCategory(2, Integer.MIN_VALUE, 3);
    p.addToCategory(2, -5, 3);
    assertThat(p.categoryTotal(0)).isEqualTo(-7);
    assertThat(p.categoryTotal(1)).isEqualTo(Integer.MAX_VALUE + 1L);
    assertThat(p.categoryTotal(2)).isEqualTo(Integer.MIN_VALUE - 5L);
    assertThat(p.footprint()).isGreaterThan(before);
  }
}
