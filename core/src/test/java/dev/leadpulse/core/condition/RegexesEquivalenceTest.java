package dev.leadpulse.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.CelOptions;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code matches} with kept patterns ({@link Regexes}) gives what CEL's standard
 * {@code matches} gives: the same results, and the same failure messages for invalid
 * patterns, on every call (the first, which compiles, and later ones, which reuse).
 */
class RegexesEquivalenceTest {
  private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
  private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS)
      .addVar("traits", MapType.create(SimpleType.STRING, SimpleType.DYN)).setResultType(SimpleType.BOOL).build();
  private static final CelRuntime STANDARD = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();
  private static final List<String> SOURCES = List.of("traits.s.matches(traits.r)", "matches(traits.s, traits.r)");

  @Provide
  Arbitrary<String> regexes() {
    return Arbitraries.of("(?i)\\b(chief|ceo|vp|head of)\\b", "^a", "b$", "a.c", "(", "[z-a]", "", "(?i)CEO", "x*",
        "\\d+", "a{2,}");
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("abcAB d1-").ofMaxLength(8),
        Arbitraries.of("Chief Executive", "VP Sales", "ceo", "engineer", "aac", "12", ""));
  }

  @Property(tries = 1000)
  void givesTheStandardAnswersAndErrors(@ForAll("subjects") String subject, @ForAll("regexes") String regex)
      throws Exception {
    Map<String, Object> traits = Map.of("s", subject, "r", regex);
    for (String source : SOURCES) {
      Condition kept = Condition.compile(source, Context.FIT);
      for (int call = 0; call < 2; call++) {
        List<String> keptFailures = new ArrayList<>();
        boolean k = kept.test(n -> Optional.ofNullable(n.equals("traits") ? traits : null),
            (rule, message) -> keptFailures.add(message), "r");
        Object standard;
        try {
          standard = STANDARD.createProgram(COMPILER.compile(source).getAst()).eval(Map.of("traits", traits));
        } catch (Exception e) {
          standard = e.getMessage();
        }
        if (standard instanceof Boolean b) {
          assertThat(k).as(source + " " + traits).isEqualTo(b);
          assertThat(keptFailures).isEmpty();
        } else {
          assertThat(k).isFalse();
          assertThat(keptFailures).containsExactly((String) standard);
        }
      }
    }
  }
}
