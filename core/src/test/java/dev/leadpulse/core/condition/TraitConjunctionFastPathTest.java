package dev.leadpulse.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path for {@code has(traits.K) && …} conjunctions, {@code traits.K} shapes and
 * {@code matches} gives CEL's answer, and as many failures, for present, missing and
 * mistyped values (the fit rules of the benchmark model among the shapes).
 */
class TraitConjunctionFastPathTest {
  private static final List<String> SHAPES = List.of(
      "has(traits.title) && traits.title.matches(\"(?i)\\\\b(chief|ceo|vp|head of)\\\\b\")",
      "has(traits.company_size) && traits.company_size >= 50 && traits.company_size <= 1000",
      "has(traits.industry) && traits.industry in [\"software\", \"fintech\"]",
      "traits.title.matches(\"^VP\")",
      "traits.industry == \"software\" && traits.company_size > 10",
      "traits.company_size > 10 && has(traits.industry)",
      "has(traits.title)");

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-10, 2000).map(d -> (Object) d),
        Arbitraries.of("VP Sales", "Chief of Staff", "Engineer", "head of growth", "software", "fintech", "retail", "",
            Double.NaN, -0.0, 50.0, 1000.0, 1000.5, 3L, true, "(", List.of("a")));
  }

  @Property(tries = 1500)
  void agreesWithCel(@ForAll("values") Object title, @ForAll("values") Object size, @ForAll("values") Object industry,
      @ForAll("presence") int present) {
    Map<String, Object> traits = new HashMap<>();
    if ((present & 1) != 0) {
      traits.put("title", title);
    }
    if ((present & 2) != 0) {
      traits.put("company_size", size);
    }
    if ((present & 4) != 0) {
      traits.put("industry", industry);
    }
    for (String shape : SHAPES) {
      Condition fast = Condition.compile(shape, Context.FIT);
      Condition cel = Condition.compile("(" + shape + ") == true", Context.FIT);
      for (int round = 0; round < 2; round++) { // the second round runs with the pattern kept
        List<String> fastFailures = new ArrayList<>();
        List<String> celFailures = new ArrayList<>();
        boolean f = fast.test(name -> Optional.ofNullable(name.equals("traits") ? traits : null),
            (rule, message) -> fastFailures.add(message), "r");
        boolean c = cel.test(name -> Optional.ofNullable(name.equals("traits") ? traits : null),
            (rule, message) -> celFailures.add(message), "r");
        assertThat(f).as(shape + " with " + traits).isEqualTo(c);
        assertThat(fastFailures.size()).as(shape + " failures with " + traits).isEqualTo(celFailures.size());
      }
    }
  }

  @Provide
  Arbitrary<Integer> presence() {
    return Arbitraries.integers().between(0, 7);
  }
}
