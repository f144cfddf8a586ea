package dev.leadpulse.core.testing;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import dev.leadpulse.core.model.AccountRule;
import dev.leadpulse.core.model.Accounts;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.Decay;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.EventRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.Grades;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.model.Limit;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.RuleInfo;
import dev.leadpulse.core.model.Stage;
import dev.leadpulse.core.model.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random scoring models built from the model's records: every rule kind (plain rules with
 * and without limits, counting rules over trailing windows and sessions with an optional
 * {@code per}, inactivity with and without repeat, account rules), fit rules, categories and
 * caps, decay, a floor, up to three stages (one may be {@code sticky: false}), grades and
 * {@code stage:} promotions. Event names come from {@link #EVENT_NAMES}.
 */
public final class ModelArbitraries {
  /** The event names rules listen to. */
  public static final List<String> EVENT_NAMES = List.of("Page Viewed", "Trial Started", "Demo Requested",
      "Feature Used", "Report Viewed");

  private static final List<String> EVENT_CONDITIONS = List.of(
      "properties.key == \"a\"",
      "has(properties.n) && properties.n >= 2",
      "properties.n > 1.5",
      "traits.plan == \"pro\"",
      "event.name != \"Demo Requested\" || properties.key != \"c\"",
      "account.traits.tier == \"gold\"",
      "email_domain == \"acme.example\"");
  private static final List<String> CATEGORIES = List.of("", "", "awareness", "conversion");
  private static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofDays(1));
  private static final Map<String, Condition> COMPILED = new ConcurrentHashMap<>();

  private ModelArbitraries() {}

  /** A compiled condition, cached: compiling CEL is the slow part of building a model. */
  public static Condition condition(String source, Context context) {
    return COMPILED.computeIfAbsent(context + ":" + source, k -> Condition.compile(source, context));
  }

  private static Condition perKey() {
    return COMPILED.computeIfAbsent("PER:properties.key",
        k -> Condition.compileValue("properties.key", Context.EVENT));
  }

  /** Random models. */
  public static Arbitrary<Model> models() {
    return stages().flatMap(stages -> {
      List<String> names = stages.stream().map(Stage::name).toList();
      Arbitrary<List<EngagementRule>> engagement = Arbitraries.integers().between(1, 6)
          .flatMap(n -> Combinators.combine(IntStream.range(0, n).mapToObj(i -> rule(i, names)).toList())
              .as(List::copyOf));
      return Combinators.combine(header(), fit(), engagement, capValues(), decay(), floor(), grades())
          .as((h, fit, rules, caps, decay, floor, grades) -> new Model(h.name(), h.version(), h.accounts(),
              h.sessionGap(), fit, rules, caps(rules, caps), decay, floor, stages, grades));
    });
  }

  private record Header(String name, int version, Accounts accounts, Duration sessionGap) {}

  private static Arbitrary<Header> header() {
    Arbitrary<Accounts> accounts = Arbitraries.of(
        Accounts.DEFAULT,
        new Accounts(Accounts.Key.EMAIL_DOMAIN, Set.of()),
        new Accounts(Accounts.Key.EMAIL_DOMAIN, Set.of("mailbox.example")),
        new Accounts(Accounts.Key.GROUP, Set.of("mailbox.example", "other.example")));
    return Combinators.combine(Arbitraries.of("gen", "gen-model-2", "a1"), Arbitraries.of(0, 0, 3), accounts,
        Arbitraries.of(Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofHours(1)))
        .as(Header::new);
  }

  private static Arbitrary<List<FitRule>> fit() {
    List<FitRule> all = List.of(
        new FitRule("fit-pro", "Pro plan", condition("traits.plan == \"pro\"", Context.FIT), BigDecimal.TEN, null,
            FitRule.Scope.PERSON),
        new FitRule("fit-acme", "", condition("email_domain == \"acme.example\"", Context.FIT), new BigDecimal("5"),
            new BigDecimal("1.5"), FitRule.Scope.PERSON),
        new FitRule("fit-title", "Has a title", condition("traits.title.startsWith(\"VP\")", Context.FIT),
            new BigDecimal("-3"), null, FitRule.Scope.PERSON),
        new FitRule("fit-gold", "Gold account", condition("account.traits.tier == \"gold\"", Context.FIT),
            new BigDecimal("7"), null, FitRule.Scope.ACCOUNT),
        new FitRule("fit-silver", "In a silver account", condition("account.traits.tier == \"silver\"", Context.FIT),
            new BigDecimal("4"), null, FitRule.Scope.PERSON));
    return Arbitraries.subsetOf(all).map(s -> all.stream().filter(s::contains).toList());
  }

  private static Arbitrary<List<Stage>> stages() {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> nonSticky = Arbitraries.integers().between(-1, 2);
    Arbitrary<Boolean> promotionOnlyTop = Arbitraries.of(false, false, false, true);
    Arbitrary<List<Integer>> thresholds = Arbitraries.integers().between(1, 40).list().ofSize(3);
    return Combinators.combine(count, nonSticky, promotionOnlyTop, thresholds).as((n, loose, bare, steps) -> {
      List<Stage> out = new ArrayList<>();
      String[] names = {"MQL", "SQL", "PQL"};
      int threshold = 0;
      for (int i = 0; i < n; i++) {
        threshold += steps.get(i);
        Optional<Condition> when = bare && i == n - 1 && i > 0 ? Optional.empty()
            : Optional.of(condition(stageCondition(i, steps.get(i), threshold), Context.STAGE));
        out.add(new Stage(names[i], when, i != loose));
      }
      return out;
    });
  }

  /** Mostly {@code score >= N}; now and then one that reads categories, fit or the account. */
  private static String stageCondition(int index, int step, int threshold) {
    if (index == 2 && step % 3 == 0) {
      return "category[\"awareness\"] >= " + step + " || (fit > 5.0 && score >= " + threshold + ")";
    }
    if (index == 1 && step % 4 == 0) {
      return "account.traits.tier == \"gold\" || score >= " + threshold;
    }
    return "score >= " + threshold;
  }

  private static Arbitrary<EngagementRule> rule(int index, List<String> stages) {
    String id = "r" + index;
    Arbitrary<RuleInfo> info = info(id, stages);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, eventRule(info)),
        net.jqwik.api.Tuple.of(3, countRule(info)),
        net.jqwik.api.Tuple.of(2, inactivityRule(info)),
        net.jqwik.api.Tuple.of(2, accountRule(info(id, List.of()))));
  }

  private static Arbitrary<RuleInfo> info(String id, List<String> stages) {
    Arbitrary<String> label = Arbitraries.of("", "Visited pricing", "Label: with a colon", "# not a comment",
        "yes", "12", "'quoted'");
    Arbitrary<String> rationale = Arbitraries.of("", "", "Shows intent; \"strong\" signal.");
    Arbitrary<BigDecimal> points = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(-20, 40).map(BigDecimal::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigDecimal("2.5"), new BigDecimal("0.05"),
            new BigDecimal("100"), new BigDecimal("-0.5"))));
    Arbitrary<BigDecimal> weight = Arbitraries.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
        new BigDecimal("1.5"), new BigDecimal("0.335"), new BigDecimal("2"), BigDecimal.ZERO);
    Arbitrary<Optional<String>> stage = stages.isEmpty() ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(stages).optional(0.15);
    return Combinators.combine(label, rationale, Arbitraries.of(CATEGORIES), points, weight, stage)
        .as((l, r, c, p, w, s) -> new RuleInfo(id, l, r, c, p, w, s));
  }

  private static Arbitrary<List<String>> eventNames() {
    return Arbitraries.of(EVENT_NAMES).set().ofMinSize(1).ofMaxSize(2).map(s -> List.copyOf(new LinkedHashSet<>(s)))
        .map(l -> l.stream().sorted().toList());
  }

  private static Arbitrary<Optional<Condition>> eventCondition() {
    return Arbitraries.of(EVENT_CONDITIONS).map(s -> condition(s, Context.EVENT)).optional(0.4);
  }

  private static Arbitrary<Limit> limit() {
    Arbitrary<Limit> perWindow = Combinators.combine(Arbitraries.of(1, 1, 2, 3, 10_000), Arbitraries.of(WINDOWS))
        .as(Limit.PerWindow::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Limit.NONE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Limit.ONCE)),
        net.jqwik.api.Tuple.of(2, perWindow));
  }

  private static Arbitrary<EngagementRule> eventRule(Arbitrary<RuleInfo> info) {
    return Combinators.combine(info, eventNames(), eventCondition(), limit()).as(EventRule::new);
  }

  private static Arbitrary<EngagementRule> countRule(Arbitrary<RuleInfo> info) {
    Arbitrary<Window> window = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Window.SESSION)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(WINDOWS).map(Window.Trailing::new)));
    Arbitrary<Optional<Condition>> per = Arbitraries.just(perKey()).optional(0.4);
    Arbitrary<Limit> limit = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.just(Limit.NONE)),
        net.jqwik.api.Tuple.of(1, limit()));
    return Combinators.combine(info, eventNames(), eventCondition(), Arbitraries.integers().between(1, 4), window,
        per, limit).as(CountRule::new);
  }

  private static Arbitrary<EngagementRule> inactivityRule(Arbitrary<RuleInfo> info) {
    return Combinators.combine(info, Arbitraries.of(Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(2)),
        Arbitraries.of(true, false)).as(InactivityRule::new);
  }

  private static Arbitrary<EngagementRule> accountRule(Arbitrary<RuleInfo> info) {
    return Combinators.combine(info, eventNames(), eventCondition(), Arbitraries.of(1, 2, 2, 3),
        Arbitraries.of(Duration.ofDays(1), Duration.ofDays(2))).as(AccountRule::new);
  }

  private static Arbitrary<Map<String, Long>> capValues() {
    return Combinators.combine(Arbitraries.longs().between(0, 60).optional(0.5),
        Arbitraries.longs().between(0, 60).optional(0.5)).as((a, c) -> {
          Map<String, Long> m = new LinkedHashMap<>();
          a.ifPresent(v -> m.put("awareness", v * 100));
          c.ifPresent(v -> m.put("conversion", v * 100));
          return m;
        });
  }

  /** Caps only on the categories the rules use (the reader rejects others). */
  private static Map<String, Long> caps(List<EngagementRule> rules, Map<String, Long> wanted) {
    Map<String, Long> out = new LinkedHashMap<>();
    wanted.forEach((category, cap) -> {
      if (rules.stream().anyMatch(r -> r.info().category().equals(category))) {
        out.put(category, cap);
      }
    });
    return out;
  }

  private static Arbitrary<Optional<Decay>> decay() {
    return Arbitraries.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofHours(36)).map(Decay::new).optional(0.4);
  }

  private static Arbitrary<Optional<Long>> floor() {
    return Arbitraries.of(0L, 0L, -1000L, 550L).optional(0.3);
  }

  private static Arbitrary<Optional<Grades>> grades() {
    Grades g = new Grades(
        List.of(new Grades.Threshold("A", 1000), new Grades.Threshold("B", 500), new Grades.Threshold("C", 100)), "D",
        List.of(new Grades.Threshold("1", 5000), new Grades.Threshold("2", 2000), new Grades.Threshold("3", 550)),
        "4");
    Grades two = new Grades(List.of(new Grades.Threshold("A", 0)), "B",
        List.of(new Grades.Threshold("1", 1), new Grades.Threshold("2", -100)), "3");
    return Arbitraries.of(g, two).optional(0.4);
  }
}
