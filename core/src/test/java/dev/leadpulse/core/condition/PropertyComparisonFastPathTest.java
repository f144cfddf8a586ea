package dev.leadpulse.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast path for {@code properties.K OP n} gives CEL's answer for every value, including
 * NaN, -0.0, infinities, strings and missing keys (those go to CEL); and a missing key,
 * whose failure message is reused after CEL has given it twice, reports exactly the
 * messages CEL gives.
 */
class PropertyComparisonFastPathTest {
  private static final List<String> SHAPES = List.of("properties.n >= 500.0", "properties.n > 500", "properties.n < 0",
      "properties.n <= -0.5", "properties.n >= 9007199254740992");

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
        Arbitraries.of(Double.NaN, -0.0, 0.0, 500.0, 499.99, 500.01, -0.5, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 9007199254740992.0, 9007199254740994.0, "600", true, 3L));
  }

  @Property(tries = 2000)
  void agreesWithCel(@ForAll("values") Object value) {
    Map<String, Object> props = Map.of("n", value);
    for (String shape : SHAPES) {
      Condition fast = Condition.compile(shape, Context.EVENT);
      // Same meaning, a shape the fast path does not take: CEL decides.
      Condition cel = Condition.compile("(" + shape + ") == true", Context.EVENT);
      List<String> fastFailures = new ArrayList<>();
      List<String> celFailures = new ArrayList<>();
      boolean f = fast.test(name -> Optional.ofNullable(name.equals("properties") ? props : null),
          (rule, message) -> fastFailures.add(message), "r");
      boolean c = cel.test(name -> Optional.ofNullable(name.equals("properties") ? props : null),
          (rule, message) -> celFailures.add(message), "r");
      assertThat(f).as(shape + " with " + value).isEqualTo(c);
      assertThat(fastFailures.size()).as(shape + " failures with " + value).isEqualTo(celFailures.size());
    }
  }

  @Test
  void aMissingKeyReportsCelsMessageEveryTime() {
    for (String shape : List.of("properties.tier == \"premium\"", "properties.n > 5", "properties.path.startsWith(\"/d\")",
        "properties.p in [\"a\", \"b\"]")) {
      Condition c = Condition.compile(shape, Context.EVENT);
      List<String> messages = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        boolean result = c.test(name -> Optional.ofNullable(name.equals("properties") ? Map.of("other", "x") : null),
            (rule, message) -> messages.add(message), "r");
        assertThat(result).isFalse();
      }
      assertThat(messages).hasSize(5);
      assertThat(messages.get(0)).contains("not present");
      assertThat(messages).allMatch(m -> m.equals(messages.get(0)));
    }
  }
}
