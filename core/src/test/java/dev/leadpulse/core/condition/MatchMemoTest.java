package dev.leadpulse.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Remembered regex answers ({@link MatchMemo}, used by the {@code matches} fast path) are
 * the answers CEL's standard {@code matches} gives, however often a subject comes back and
 * whatever shares its slot.
 */
class MatchMemoTest {
  private static final String SOURCE = "traits.s.matches(\"(?i)\\\\b(chief|ceo|vp|head of)\\\\b\")";

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("ceoCEOhif vp-").ofMaxLength(10),
        Arbitraries.of("Chief Executive", "VP Sales", "ceo", "engineer", "", "x".repeat(70) + " ceo"));
  }

  @Property(tries = 2000)
  void repeatedSubjectsGiveTheStandardAnswer(@ForAll("subjects") String subject) throws Exception {
    var compiler = CelCompilerFactory.standardCelCompilerBuilder().setOptions(Condition.options())
        .addVar("traits", MapType.create(SimpleType.STRING, SimpleType.DYN)).setResultType(SimpleType.BOOL).build();
    var standard = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(Condition.options()).build();
    Map<String, Object> traits = Map.of("s", subject);
    Object expected = standard.createProgram(compiler.compile(SOURCE).getAst()).eval(Map.of("traits", traits));
    Condition c = Condition.compile(SOURCE, Context.FIT);
    for (int call = 0; call < 3; call++) {
      boolean got = c.test(n -> Optional.ofNullable(n.equals("traits") ? traits : null),
          (rule, message) -> { throw new AssertionError(message); }, "r");
      assertThat(got).as(subject).isEqualTo(expected);
    }
  }

  @Test
  void anAnswerIsReusedOnlyForAnEqualSubjectAndTheSameOption() {
    MatchMemo memo = new MatchMemo();
    memo.put("ceo", true, true);
    assertThat(memo.get(new String("ceo"), true)).isEqualTo(1);
    assertThat(memo.get("ceo", false)).isEqualTo(-1);
    assertThat(memo.get("cto", true)).isEqualTo(-1);
    String longSubject = "y".repeat(MatchMemo.MAX_SUBJECT + 1);
    memo.put(longSubject, true, false);
    assertThat(memo.get(longSubject, true)).isEqualTo(-1);
  }

  @Test
  void twoSubjectsWhoseHashesShareAPairAreBothHeld() {
    MatchMemo memo = new MatchMemo();
    String a = "title-0";
    String b = null;
    for (int k = 1; b == null; k++) {
      String c = "title-" + k;
      int ha = a.hashCode() ^ (a.hashCode() >>> 16);
      int hc = c.hashCode() ^ (c.hashCode() >>> 16);
      if ((ha & (MatchMemo.SLOTS - 1)) == (hc & (MatchMemo.SLOTS - 1))) {
        b = c;
      }
    }
    memo.put(a, true, true);
    memo.put(b, true, false);
    assertThat(memo.get(a, true)).isEqualTo(1);
    assertThat(memo.get(b, true)).isEqualTo(0);
  }
}
