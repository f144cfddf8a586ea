package dev.leadpulse.core.engine.counting;

import static dev.leadpulse.core.testing.Events.page;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code times: N} awards on the N-th matching event and the count starts again from zero:
 * five pricing views in one session with {@code times: 3} award once, six award twice.
 */
class TimesWithinSessionTest {
  private static final Model MODEL = Scoring.model("""
      name: counting
      engagement:
        - id: pricing-3x
          event: Page Viewed
          when: 'properties.path == "/pricing"'
          times: 3
          within: session
          points: 15
      """);

  private static Event[] pricingViews(int n) {
    return IntStream.range(0, n).mapToObj(i -> page("m" + i, "u1", "/pricing", T0 + i * MINUTE)).toArray(Event[]::new);
  }

  @Test
  void theThirdViewAwards() {
    var score = person(fed(MODEL, pricingViews(3)), "u1", T0 + 10 * MINUTE);

    assertThat(lines(score, "pricing-3x")).extracting(Contribution::messageId).containsExactly("m2");
  }

  @Test
  void twoViewsDoNotAward() {
    assertThat(lines(person(fed(MODEL, pricingViews(2)), "u1", T0 + 10 * MINUTE), "pricing-3x")).isEmpty();
  }

  @Test
  void fiveViewsAwardOnce() {
    assertThat(lines(person(fed(MODEL, pricingViews(5)), "u1", T0 + 10 * MINUTE), "pricing-3x")).hasSize(1);
  }

  @Test
  void sixViewsAwardTwiceOnTheThirdAndTheSixth() {
    var score = person(fed(MODEL, pricingViews(6)), "u1", T0 + 10 * MINUTE);

    assertThat(lines(score, "pricing-3x")).extracting(Contribution::messageId).containsExactly("m2", "m5");
  }

  @Test
  void viewsOfOtherPagesAreNotCounted() {
    var board = fed(MODEL, page("m0", "u1", "/pricing", T0), page("m1", "u1", "/docs", T0 + MINUTE),
        page("m2", "u1", "/pricing", T0 + 2 * MINUTE), page("m3", "u1", "/about", T0 + 3 * MINUTE));

    assertThat(lines(person(board, "u1", T0 + 10 * MINUTE), "pricing-3x")).isEmpty();
  }
}
