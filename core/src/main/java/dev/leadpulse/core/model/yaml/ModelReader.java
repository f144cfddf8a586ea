package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.Context;
import dev.leadpulse.core.model.Accounts;
import dev.leadpulse.core.model.Decay;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.Grades;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a model file. Every problem is found in one pass and reported with its line and
 * rule id; a typo in a key is an error, never silently ignored.
 */
public final class ModelReader {
  static final Set<String> TOP_KEYS = Set.of("name", "version", "description", "accounts", "session_gap", "fit",
      "engagement", "caps", "decay", "floor", "stages", "grades");

  private final List<Problem> problems = new ArrayList<>();
  /** Every stage name the file gives, including stages with problems. */
  private final Set<String> stageNames = new HashSet<>();

  private ModelReader() {}

  /** The model in {@code yaml}; throws {@link InvalidModelException} listing every problem. */
  public static Model read(String yaml) {
    ModelReader r = new ModelReader();
    Optional<Model> model = r.readModel(yaml);
    if (!r.problems.isEmpty() || model.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(r.problems);
      Collections.sort(sorted);
      throw new InvalidModelException(sorted);
    }
    return model.get();
  }

  /** Every problem in {@code yaml}, in line order; empty for a valid model. */
  public static List<Problem> problems(String yaml) {
    try {
      read(yaml);
      return List.of();
    } catch (InvalidModelException e) {
      return e.problems();
    }
  }

  private Optional<Model> readModel(String yaml) {
    Optional<Node.Mapping> root = YamlTree.rootMapping(yaml, problems, "a model must be a map with name, engagement, stages…");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping map = root.get();
    Fields f = new Fields(map, "", problems, TOP_KEYS, "the model");
    Optional<String> name = f.requiredText("name", "the model");
    name.filter(n -> !Model.NAME.matcher(n).matches()).ifPresent(n ->
        f.problem("name", "name \"" + n + "\" may hold only a-z, 0-9 and '-'"));
    int version = f.integer("version", 0, Integer.MAX_VALUE).orElse(0);
    Accounts accounts = f.mapping("accounts").map(this::accounts).orElse(Accounts.DEFAULT);
    Duration sessionGap = f.duration("session_gap").orElse(Model.DEFAULT_SESSION_GAP);
    Map<String, Integer> ruleLines = new HashMap<>();
    List<FitRule> fit = rules(f, "fit", ruleLines, new RuleReader(problems)::fit);
    List<EngagementRule> engagement = rules(f, "engagement", ruleLines, new RuleReader(problems)::engagement);
    Map<String, Long> caps = f.mapping("caps").map(m -> caps(m, engagement)).orElse(Map.of());
    Optional<Decay> decay = f.mapping("decay").flatMap(this::decay);
    Optional<Long> floor = f.number("floor").map(Hundredths::of);
    List<Stage> stages = f.sequence("stages").map(this::stages).orElse(List.of());
    checkPromotions(f, engagement);
    Optional<Grades> grades = f.mapping("grades").flatMap(this::grades);
    if (!problems.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Model(name.get(), version, accounts, sessionGap, fit, engagement, caps, decay, floor,
          stages, grades));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(map.line(), "", e.getMessage()));
      return Optional.empty();
    }
  }

  private <R> List<R> rules(Fields f, String key, Map<String, Integer> ruleLines,
      java.util.function.Function<Node, Optional<R>> reader) {
    List<R> out = new ArrayList<>();
    for (Node item : f.sequence(key).map(Node.Sequence::items).orElse(List.of())) {
      String id = RuleReader.idOf(item);
      if (!id.isEmpty() && ruleLines.containsKey(id)) {
        problems.add(new Problem(item.line(), id, "rule id " + id + " is used twice (first on line "
            + ruleLines.get(id) + ")"));
        continue;
      }
      if (!id.isEmpty()) {
        ruleLines.put(id, item.line());
      }
      try {
        reader.apply(item).ifPresent(out::add);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(item.line(), id, e.getMessage()));
      }
    }
    return out;
  }

  private Accounts accounts(Node.Mapping map) {
    Fields f = new Fields(map, "", problems, Set.of("key", "free_email_domains"), "accounts");
    Accounts.Key key = Accounts.Key.GROUP;
    Optional<String> k = f.text("key");
    if (k.isPresent()) {
      switch (k.get()) {
        case "group" -> key = Accounts.Key.GROUP;
        case "email_domain" -> key = Accounts.Key.EMAIL_DOMAIN;
        default -> f.problem("key", "accounts.key must be group or email_domain, not \"" + k.get() + "\"");
      }
    }
    List<String> free = f.has("free_email_domains")
        ? f.sequence("free_email_domains").map(s -> texts(s, "free_email_domains")).orElse(List.of())
        : List.of();
    return new Accounts(key, new HashSet<>(free));
  }

  private List<String> texts(Node.Sequence seq, String key) {
    List<String> out = new ArrayList<>();
    for (Node n : seq.items()) {
      if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING) {
        out.add(s.text());
      } else {
        problems.add(new Problem(n.line(), "", key + " must list texts, not " + n.kind()));
      }
    }
    return out;
  }

  private Map<String, Long> caps(Node.Mapping map, List<EngagementRule> engagement) {
    Set<String> categories = new HashSet<>();
    engagement.forEach(r -> categories.add(r.info().category()));
    Map<String, Long> out = new LinkedHashMap<>();
    Fields f = new Fields(map, "", problems, map.entries().keySet(), "caps");
    for (String category : map.entries().keySet()) {
      Optional<BigDecimal> cap = f.number(category);
      if (cap.isPresent() && cap.get().signum() < 0) {
        f.problem(category, "the cap of " + category + " must not be negative");
      } else if (cap.isPresent()) {
        out.put(category, Hundredths.of(cap.get()));
      }
      if (!categories.contains(category)) {
        f.problem(category, "caps names category \"" + category + "\", which no engagement rule has"
            + Suggestions.closest(category, categories).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
      }
    }
    return out;
  }

  private Optional<Decay> decay(Node.Mapping map) {
    Fields f = new Fields(map, "", problems, Set.of("half_life"), "decay");
    if (!f.has("half_life")) {
      problems.add(new Problem(map.line(), "", "decay needs \"half_life\" (e.g. 90d)"));
    }
    return f.duration("half_life").map(Decay::new);
  }

  private List<Stage> stages(Node.Sequence seq) {
    List<Stage> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Node item : seq.items()) {
      if (!(item instanceof Node.Mapping map)) {
        problems.add(new Problem(item.line(), "", "a stage must be a map with name and when, not " + item.kind()));
        continue;
      }
      String name = map.entries().get("name") instanceof Node.Scalar s ? s.text() : "";
      stageNames.add(name);
      Fields f = new Fields(map, name.isEmpty() ? "" : "stage " + name, problems, Set.of("name", "when", "sticky", "label"),
          "a stage");
      int before = problems.size();
      f.requiredText("name", "a stage");
      if (!name.isEmpty() && seen.containsKey(name)) {
        f.problem("name", "stage " + name + " is named twice (first on line " + seen.get(name) + ")");
      }
      seen.putIfAbsent(name, map.line());
      Optional<Condition> when = Conditions.compile(f, "when", Context.STAGE, false);
      boolean sticky = f.bool("sticky").orElse(true);
      if (problems.size() == before) {
        try {
          out.add(new Stage(name, when, sticky));
        } catch (IllegalArgumentException e) {
          f.problem("name", e.getMessage());
        }
      }
    }
    return out;
  }

  private void checkPromotions(Fields top, List<EngagementRule> engagement) {
    Set<String> names = stageNames;
    Node.Sequence rules = top.node("engagement").filter(Node.Sequence.class::isInstance)
        .map(Node.Sequence.class::cast).orElse(null);
    for (EngagementRule r : engagement) {
      r.info().stage().filter(s -> !names.contains(s)).ifPresent(s -> {
        int line = rules == null ? top.mapLine() : rules.items().stream()
            .filter(n -> RuleReader.idOf(n).equals(r.id())).findFirst()
            .map(n -> ((Node.Mapping) n).keyLines().getOrDefault("stage", n.line())).orElse(top.mapLine());
        problems.add(new Problem(line, r.id(), "promotes to stage \"" + s + "\", which stages does not name"
            + Suggestions.closest(s, names).map(x -> "; did you mean \"" + x + "\"?").orElse("")));
      });
    }
  }

  private Optional<Grades> grades(Node.Mapping map) {
    Fields f = new Fields(map, "", problems, Set.of("fit", "engagement"), "grades");
    if (!f.has("fit") || !f.has("engagement")) {
      problems.add(new Problem(map.line(), "", "grades need both fit and engagement thresholds"));
      return Optional.empty();
    }
    Optional<List<Grades.Threshold>> fit = f.mapping("fit").map(m -> thresholds(m, "grades.fit"));
    Optional<List<Grades.Threshold>> engagement = f.mapping("engagement").map(m -> thresholds(m, "grades.engagement"));
    if (fit.isEmpty() || engagement.isEmpty() || fit.get().isEmpty() || engagement.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Grades(fit.get(), GradeLabels.after(fit.get()), engagement.get(),
        GradeLabels.after(engagement.get())));
  }

  private List<Grades.Threshold> thresholds(Node.Mapping map, String where) {
    Fields f = new Fields(map, "", problems, map.entries().keySet(), where);
    List<Grades.Threshold> out = new ArrayList<>();
    for (String label : map.entries().keySet()) {
      f.number(label).ifPresent(n -> out.add(new Grades.Threshold(label, Hundredths.of(n))));
    }
    if (out.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(map.line(), "", where + " needs at least one threshold"));
    }
    return out;
  }
}
