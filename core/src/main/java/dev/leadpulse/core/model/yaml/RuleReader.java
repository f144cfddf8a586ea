package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import dev.leadpulse.core.model.AccountRule;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.EventRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.model.Limit;
import dev.leadpulse.core.model.RuleInfo;
import dev.leadpulse.core.model.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one fit or engagement rule, reporting every problem it has. */
final class RuleReader {
  static final Set<String> FIT_KEYS = Set.of("id", "label", "rationale", "when", "points", "weight", "scope");
  static final Set<String> ENGAGEMENT_KEYS = Set.of("id", "label", "rationale", "category", "event", "when",
      "points", "weight", "limit", "times", "within", "per", "scope", "distinct_people", "inactive", "repeat", "stage");
  private static final Pattern LIMIT = Pattern.compile("([1-9][0-9]{0,4})\\s+per\\s+(\\S+)");

  private final List<Problem> problems;

  RuleReader(List<Problem> problems) {
    this.problems = problems;
  }

  /** The id of a rule map, for messages; empty when it has none. */
  static String idOf(Node node) {
    return node instanceof Node.Mapping m && m.entries().get("id") instanceof Node.Scalar s ? s.text() : "";
  }

  Optional<FitRule> fit(Node node) {
    if (!(node instanceof Node.Mapping map)) {
      problems.add(new Problem(node.line(), "", "a fit rule must be a map, not " + node.kind()));
      return Optional.empty();
    }
    String id = idOf(node);
    Fields f = new Fields(map, id, problems, FIT_KEYS, "a fit rule");
    int before = problems.size();
    f.requiredText("id", "a fit rule");
    checkId(f, id);
    Optional<String> scope = f.text("scope");
    FitRule.Scope fitScope = FitRule.Scope.PERSON;
    if (scope.isPresent()) {
      switch (scope.get()) {
        case "person" -> fitScope = FitRule.Scope.PERSON;
        case "account" -> fitScope = FitRule.Scope.ACCOUNT;
        default -> f.problem("scope", "scope must be person or account, not \"" + scope.get() + "\"");
      }
    }
    if (!f.has("when")) {
      f.problem("id", "a fit rule needs \"when\": the condition on traits under which it awards");
    }
    Optional<Condition> when = Conditions.compile(f, "when", Context.FIT, false);
    Optional<BigDecimal> points = requiredPoints(f);
    Optional<BigDecimal> weight = weight(f);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new FitRule(id, f.text("label").orElse(id), when.orElseThrow(), points.orElseThrow(),
        weight.orElse(BigDecimal.ONE), fitScope));
  }

  Optional<EngagementRule> engagement(Node node) {
    if (!(node instanceof Node.Mapping map)) {
      problems.add(new Problem(node.line(), "", "an engagement rule must be a map, not " + node.kind()));
      return Optional.empty();
    }
    String id = idOf(node);
    Fields f = new Fields(map, id, problems, ENGAGEMENT_KEYS, "an engagement rule");
    int before = problems.size();
    f.requiredText("id", "an engagement rule");
    checkId(f, id);
    Optional<BigDecimal> points = requiredPoints(f);
    Optional<BigDecimal> weight = weight(f);
    Optional<String> stage = f.text("stage");
    RuleInfo info = null;
    if (problems.size() == before) {
      info = new RuleInfo(id, f.text("label").orElse(id), f.text("rationale").orElse(""),
          f.text("category").orElse(""), points.orElseThrow(), weight.orElse(BigDecimal.ONE), stage);
    }
    Optional<EngagementRule> rule = f.has("inactive") ? inactivity(f, info)
        : "account".equals(f.text("scope").orElse("person")) ? account(f, info)
        : f.has("times") ? count(f, info)
        : event(f, info);
    return problems.size() > before ? Optional.empty() : rule;
  }

  private Optional<EngagementRule> inactivity(Fields f, RuleInfo info) {
    notFor(f, "an inactivity rule", "event", "when", "limit", "times", "within", "per", "distinct_people", "scope");
    Optional<Duration> idle = f.duration("inactive");
    boolean repeat = f.bool("repeat").orElse(false);
    return info == null || idle.isEmpty() ? Optional.empty() : Optional.of(new InactivityRule(info, idle.get(), repeat));
  }

  private Optional<EngagementRule> account(Fields f, RuleInfo info) {
    notFor(f, "an account rule (scope: account)", "limit", "times", "per", "repeat", "stage");
    List<String> events = events(f);
    Optional<Condition> when = Conditions.compile(f, "when", Context.EVENT, false);
    if (!f.has("distinct_people")) {
      f.problem("scope", "an account rule needs \"distinct_people\": how many people of the account must act");
    }
    if (!f.has("within")) {
      f.problem("scope", "an account rule needs \"within\": the window in which they act (e.g. 7d)");
    }
    Optional<Integer> people = f.integer("distinct_people", 1, 10_000);
    Optional<Duration> within = f.duration("within");
    if (info == null || events.isEmpty() || people.isEmpty() || within.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AccountRule(info, events, when, people.get(), within.get()));
  }

  private Optional<EngagementRule> count(Fields f, RuleInfo info) {
    notFor(f, "a counting rule (times)", "distinct_people", "repeat");
    checkScope(f);
    List<String> events = events(f);
    Optional<Condition> when = Conditions.compile(f, "when", Context.EVENT, false);
    Optional<Integer> times = f.integer("times", 1, 10_000);
    if (!f.has("within")) {
      f.problem("times", "a counting rule needs \"within\": a duration (7d) or session");
    }
    Optional<Window> within = f.text("within").flatMap(t -> window(f, t));
    Optional<Condition> per = Conditions.compile(f, "per", Context.EVENT, true);
    Limit limit = limit(f);
    if (info == null || events.isEmpty() || times.isEmpty() || within.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CountRule(info, events, when, times.get(), within.get(), per, limit));
  }

  private Optional<EngagementRule> event(Fields f, RuleInfo info) {
    notFor(f, "a rule without times", "within", "per", "distinct_people", "repeat");
    checkScope(f);
    List<String> events = events(f);
    Optional<Condition> when = Conditions.compile(f, "when", Context.EVENT, false);
    Limit limit = limit(f);
    return info == null || events.isEmpty() ? Optional.empty() : Optional.of(new EventRule(info, events, when, limit));
  }

  private List<String> events(Fields f) {
    if (!f.has("event")) {
      f.problem("id", "an engagement rule needs \"event\" (the event name, or a list of names) or \"inactive\"");
      return List.of();
    }
    List<String> names = f.texts("event").orElse(List.of());
    if (names.stream().anyMatch(String::isBlank) || (f.has("event") && names.isEmpty())) {
      f.problem("event", "event names must not be empty");
      return List.of();
    }
    if (new java.util.HashSet<>(names).size() != names.size()) {
      f.problem("event", "an event is named twice");
      return List.of();
    }
    return names;
  }

  private Optional<Window> window(Fields f, String text) {
    if (text.equals("session")) {
      return Optional.of(Window.SESSION);
    }
    Optional<Duration> d = Durations.parse(text);
    if (d.isEmpty()) {
      f.problem("within", "within \"" + text + "\" is not a duration: write session, or a whole number and m, h or d (7d)");
    }
    return d.map(Window.Trailing::new);
  }

  private Limit limit(Fields f) {
    Optional<String> text = f.text("limit");
    if (text.isEmpty()) {
      return Limit.NONE;
    }
    if (text.get().equals("once")) {
      return Limit.ONCE;
    }
    Matcher m = LIMIT.matcher(text.get().trim());
    Optional<Duration> window = m.matches() && Integer.parseInt(m.group(1)) <= 10_000
        ? Durations.parse(m.group(2)) : Optional.empty();
    if (window.isEmpty()) {
      f.problem("limit", "limit \"" + text.get() + "\" is not a limit: write once, or N per D (1 per 1d, 5 per 7d; N up to 10000)");
      return Limit.NONE;
    }
    return new Limit.PerWindow(Integer.parseInt(m.group(1)), window.get());
  }

  private void checkScope(Fields f) {
    f.text("scope").filter(s -> !s.equals("person") && !s.equals("account"))
        .ifPresent(s -> f.problem("scope", "scope must be person or account, not \"" + s + "\""));
  }

  private static void notFor(Fields f, String kind, String... keys) {
    for (String key : keys) {
      if (f.has(key)) {
        f.problem(key, "\"" + key + "\" does not apply to " + kind);
      }
    }
  }

  private static void checkId(Fields f, String id) {
    if (f.has("id") && !RuleInfo.ID.matcher(id).matches()) {
      f.problem("id", "rule id \"" + id + "\" may hold only letters, digits, '_', '.' and '-'");
    }
  }

  private static Optional<BigDecimal> requiredPoints(Fields f) {
    if (!f.has("points")) {
      f.problem("id", "the rule needs \"points\"");
      return Optional.empty();
    }
    return f.number("points");
  }

  private static Optional<BigDecimal> weight(Fields f) {
    Optional<BigDecimal> w = f.number("weight");
    if (w.isPresent() && w.get().signum() < 0) {
      f.problem("weight", "weight must not be negative (use negative points for a penalty)");
      return Optional.empty();
    }
    return w;
  }
}
