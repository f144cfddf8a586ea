package dev.leadpulse.server.web;

import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.server.web.Receipt.Block;
import dev.leadpulse.server.web.Receipt.Group;
import dev.leadpulse.server.web.Receipt.Line;
import dev.leadpulse.server.web.Receipt.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Receipt receipts} from a score's contributions, looking every rule up in the model
 * to show its points × weight. Every contribution becomes exactly one line, so the lines add up
 * to the score as the engine promises.
 */
final class Receipts {
  /** An account receipt lists this many people one by one; the rest share one line. */
  static final int PEOPLE_LINES = 25;

  private Receipts() {}

  /** A rule's base points and weight, as the model file gives them. */
  private record Terms(BigDecimal points, BigDecimal weight) {}

  /** A person's score: fit, then engagement by category with caps and the floor. */
  static Receipt person(PersonScore score, Model model) {
    Map<String, Terms> terms = terms(model);
    long asOf = score.asOf();
    List<Contribution> fit = score.contributions().stream().filter(c -> c.kind() == Contribution.Kind.FIT).toList();
    Section fitSection = new Section("fit", "Fit", "Who they are: rules on their current traits. Fit never decays.",
        List.of(new Block("", "", fitGroups(fit, terms))), score.fit());

    Map<String, List<Contribution>> byCategory = new LinkedHashMap<>();
    List<Contribution> floor = new ArrayList<>();
    for (Contribution c : score.contributions()) {
      switch (c.kind()) {
        case ENGAGEMENT, CAP -> byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        case FLOOR -> floor.add(c);
        case FIT -> { }
      }
    }
    boolean named = byCategory.keySet().stream().anyMatch(k -> !k.isEmpty());
    List<Block> blocks = new ArrayList<>();
    byCategory.forEach((category, lines) -> {
      String heading = category.isEmpty() ? (named ? "Other" : "") : category;
      String note = Optional.ofNullable(model.caps().get(category)).map(cap -> "capped at " + Format.points(cap))
          .orElse("");
      blocks.add(new Block(heading, note, engagementGroups(lines, terms, asOf)));
    });
    if (!floor.isEmpty()) {
      blocks.add(new Block("", "", floor.stream().map(c -> single(new Line("floor", c.label(), "", "",
          "raised to the floor of " + model.floor().map(Format::points).orElse("0"), "", c.points(), c.value())))
          .toList()));
    }
    String decay = model.decay().map(d -> " Awards halve every " + duration(d.halfLife()) + ".").orElse("");
    Section engagement = new Section("engagement", "Engagement", "What they do: awards from their events." + decay,
        blocks, score.engagement());
    return new Receipt(List.of(fitSection, engagement), score.score());
  }

  /**
   * An account's score: its people's engagement (the {@link #PEOPLE_LINES} most engaged one by one,
   * the rest on one line), its own account-rule awards, and its fit.
   *
   * @param names person key → the name to show; keys without one show as themselves
   */
  static Receipt account(AccountScore score, Model model, Map<String, String> names) {
    Map<String, Terms> terms = terms(model);
    List<Map.Entry<String, Long>> people = new ArrayList<>(score.people().entrySet());
    people.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Group> peopleGroups = new ArrayList<>();
    long rest = 0;
    int others = 0;
    for (int i = 0; i < people.size(); i++) {
      Map.Entry<String, Long> p = people.get(i);
      if (i < PEOPLE_LINES && p.getValue() != 0) {
        peopleGroups.add(single(new Line("person", names.getOrDefault(p.getKey(), p.getKey()),
            Format.personUrl(p.getKey()), "", "", "", p.getValue(), p.getValue())));
      } else {
        rest += p.getValue();
        others++;
      }
    }
    if (others > 0) {
      peopleGroups.add(single(new Line("person", others + (others == 1 ? " more person" : " more people"), "", "",
          "their engagement together", "", rest, rest)));
    }
    Section peopleSection = new Section("people", "People's engagement",
        "Each person's engagement, for all " + score.people().size() + " people of the account.",
        List.of(new Block("", "", peopleGroups)), score.peopleEngagement());
    List<Contribution> own = score.contributions().stream().filter(c -> c.kind() == Contribution.Kind.ENGAGEMENT)
        .toList();
    String decay = model.decay().map(d -> " Awards halve every " + duration(d.halfLife()) + ".").orElse("");
    Section ownSection = new Section("account-engagement", "Account engagement",
        "Account rules: several people of the account doing the same thing." + decay,
        List.of(new Block("", "", engagementGroups(own, terms, score.asOf()))), score.accountEngagement());
    List<Contribution> fit = score.contributions().stream().filter(c -> c.kind() == Contribution.Kind.FIT).toList();
    Section fitSection = new Section("fit", "Account fit", "Rules on the account's traits.",
        List.of(new Block("", "", fitGroups(fit, terms))), score.fit());
    return new Receipt(List.of(peopleSection, ownSection, fitSection), score.score());
  }

  private static List<Group> fitGroups(List<Contribution> fit, Map<String, Terms> terms) {
    return fit.stream().map(c -> single(new Line("fit", c.label(), "", "", formula(c, terms), "", c.points(),
        c.value()))).toList();
  }

  /** Engagement and cap lines: one group per rule, the groups worth the most first, caps last. */
  private static List<Group> engagementGroups(List<Contribution> lines, Map<String, Terms> terms, long asOf) {
    Map<String, List<Contribution>> byRule = new LinkedHashMap<>();
    List<Group> caps = new ArrayList<>();
    for (Contribution c : lines) {
      if (c.kind() == Contribution.Kind.CAP) {
        caps.add(single(new Line("cap", c.label(), "", "", "clipped to the cap", "", c.points(), c.value())));
      } else {
        byRule.computeIfAbsent(c.ruleId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Group> groups = new ArrayList<>();
    byRule.values().forEach(awards -> groups.add(group(awards, terms, asOf)));
    groups.sort(Comparator.comparingLong(Group::value).reversed());
    groups.addAll(caps);
    return groups;
  }

  private static Group group(List<Contribution> awards, Map<String, Terms> terms, long asOf) {
    List<Contribution> newestFirst = new ArrayList<>(awards);
    newestFirst.sort(Comparator.comparingLong(Contribution::time).reversed());
    List<Line> lines = newestFirst.stream().map(c -> new Line("engagement", c.label(), "",
        Format.dayTime(c.time()), formula(c, terms), decay(c, asOf), c.points(), c.value())).toList();
    if (lines.size() == 1) {
      return single(lines.get(0));
    }
    Contribution first = awards.get(0);
    long awarded = awards.stream().mapToLong(Contribution::points).sum();
    long value = awards.stream().mapToLong(Contribution::value).sum();
    boolean same = awards.stream().allMatch(c -> c.points() == first.points());
    String formula = same ? awards.size() + " \u00d7 " + Format.points(first.points()) + " = " + Format.points(awarded)
        : awards.size() + " awards = " + Format.points(awarded);
    String note = value == awarded ? "" : "worth " + Format.points(value) + " after decay";
    return new Group(first.label() + " \u00d7" + awards.size(), formula, note, lines);
  }

  private static Group single(Line line) {
    return new Group(line.label(), line.formula(), line.decay(), List.of(line));
  }

  /** "10 × 1.5 = 15", from the rule in the model; just the points when the rule is not in it. */
  private static String formula(Contribution c, Map<String, Terms> terms) {
    Terms t = terms.get(c.ruleId());
    if (t == null) {
      return Format.points(c.points()) + " points";
    }
    return minus(t.points().toPlainString()) + " \u00d7 " + t.weight().toPlainString() + " = "
        + minus(Format.points(c.points()));
  }

  private static String decay(Contribution c, long asOf) {
    if (c.value() == c.points()) {
      return "";
    }
    return "awarded " + Format.points(c.points()) + ", faded over " + Format.span(asOf - c.time()) + " to "
        + Format.points(c.value());
  }

  private static String minus(String number) {
    return number.startsWith("-") ? "\u2212" + number.substring(1) : number;
  }

  private static Map<String, Terms> terms(Model model) {
    Map<String, Terms> out = new HashMap<>();
    for (FitRule r : model.fit()) {
      out.put(r.id(), new Terms(r.points(), r.weight()));
    }
    for (EngagementRule r : model.engagement()) {
      out.put(r.id(), new Terms(r.info().points(), r.info().weight()));
    }
    return out;
  }

  /** A duration as a model file writes it: {@code 90d}, {@code 12h}, {@code 30m}. */
  private static String duration(java.time.Duration d) {
    long m = d.toMinutes();
    return m % 1440 == 0 ? m / 1440 + "d" : m % 60 == 0 ? m / 60 + "h" : m + "m";
  }
}
