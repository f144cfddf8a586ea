package dev.leadpulse.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
 * {@link NumericForm} decides stage conditions exactly as CEL does, for the values the
 * engine gives them (hundredths / 100.0), and refuses what it cannot decide safely.
 */
class NumericFormEquivalenceTest {
  private static final List<String> CONDITIONS = List.of(
      "score >= 50", "score > 50", "score < 50.5", "score <= -3", "score == 80.0", "score != 80.25",
      "50 <= score", "150 > score", "category[\"a\"] >= 30 && fit >= 10", "category.b > 0.07 || engagement < 1",
      "!(engagement >= 12.5) && score > 0", "fit == 0.0 || (score > 1e3 && category[\"a\"] < 2)");

  private static int slot(NumericForm.Operand o) {
    if (o.key() == null) {
      return switch (o.variable()) {
        case "score" -> 0;
        case "fit" -> 1;
        case "engagement" -> 2;
        default -> -1;
      };
    }
    return !o.variable().equals("category") ? -1 : o.key().equals("a") ? 3 : o.key().equals("b") ? 4 : -1;
  }

  @Provide
  Arbitrary<Long> hundredths() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-20_000, 20_000),
        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        Arbitraries.of(0L, 5000L, 4999L, 5001L, 5050L, 8000L, 8025L, 1250L, 7L, -300L, 100_000L));
  }

  @Property(tries = 3000)
  void agreesWithCel(@ForAll("hundredths") long fit, @ForAll("hundredths") long engagement,
      @ForAll("hundredths") long a, @ForAll("hundredths") long b) {
    double[] values = {(fit + engagement) / 100.0, fit / 100.0, engagement / 100.0, a / 100.0, b / 100.0};
    Map<String, Object> vars = new HashMap<>();
    vars.put("score", values[0]);
    vars.put("fit", values[1]);
    vars.put("engagement", values[2]);
    vars.put("category", Map.of("a", values[3], "b", values[4]));
    vars.put("stage", "");
    for (String source : CONDITIONS) {
      Condition c = Condition.compile(source, Context.STAGE);
      NumericForm form = NumericForm.of(c, NumericFormEquivalenceTest::slot).orElseThrow();
      boolean cel = c.test(name -> Optional.ofNullable(vars.get(name)), ConditionFailures.IGNORE, "t");
      assertThat(form.test(values)).as(source + " with " + vars).isEqualTo(cel);
    }
  }

  @Test
  void refusesWhatCelMightFailOnOrThatIsNotPlainNumbers() {
    for (String source : List.of("category[\"nope\"] > 1", "stage == \"MQL\"", "score > fit",
        "score >= 50 && traits.plan == \"pro\"", "score >= 9007199254740993", "double(score) > 1")) {
      Condition c = Condition.compile(source, Context.STAGE);
      assertThat(NumericForm.of(c, NumericFormEquivalenceTest::slot)).as(source).isEmpty();
    }
  }
}
