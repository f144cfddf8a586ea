package dev.leadpulse.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.runtime.CelVariableResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * CEL's standard macros ({@code has}, {@code exists}, {@code all}, {@code map},
 * {@code filter}) compile and work in every context: guards that they stay enabled.
 */
class ConditionMacrosTest {
  private static CelVariableResolver traits(Map<String, Object> traits) {
    return name -> name.equals("traits") ? Optional.of(traits) : Optional.empty();
  }

  @Test
  void hasTellsAPresentTraitFromAMissingOneWithoutAFailure() {
    Condition c = Condition.compile("has(traits.title) && traits.title == \"CTO\"", Context.FIT);
    CountingFailures failures = new CountingFailures();
    assertThat(c.test(traits(Map.of("title", "CTO")), failures, "r")).isTrue();
    assertThat(c.test(traits(Map.of()), failures, "r")).isFalse();
    assertThat(failures.total()).isZero();
  }

  @Test
  void listMacrosWork() {
    Condition c = Condition.compile("traits.tags.exists(t, t == \"beta\") && traits.tags.all(t, size(t) > 2)",
        Context.STAGE);
    assertThat(c.test(traits(Map.of("tags", List.of("beta", "vip"))), ConditionFailures.IGNORE, "r")).isTrue();
    assertThat(c.test(traits(Map.of("tags", List.of("alpha"))), ConditionFailures.IGNORE, "r")).isFalse();
  }

  @Test
  void numbersCompareAcrossIntAndDouble() {
    Condition c = Condition.compile("traits.company_size >= 100 && traits.company_size == 300", Context.FIT);
    assertThat(c.test(traits(Map.of("company_size", 300.0)), ConditionFailures.IGNORE, "r")).isTrue();
  }
}
