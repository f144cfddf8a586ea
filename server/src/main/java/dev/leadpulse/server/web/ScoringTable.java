package dev.leadpulse.server.web;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.model.AccountRule;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.EventRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.model.Limit;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.RuleInfo;
import dev.leadpulse.core.model.Stage;
import dev.leadpulse.core.model.Window;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model as the scoring table sales-ops read: one row per engagement rule (what sets it off,
 * points, rationale, weighting factor, category, limit or window), the fit rules apart, the
 * stages with their conditions and the rules that promote to them, and the settings (caps,
 * decay, floor, sessions, accounts, grades) in words. Built from the parsed model, so it says
 * exactly what the engine does; every text is plain (the template escapes it).
 */
public record ScoringTable(List<Engagement> engagement, List<Fit> fit, List<StageRow> stages, List<Setting> caps,
    List<Setting> settings) {

  /**
   * An engagement rule's row.
   *
   * @param on        what sets it off: event names joined by "or", or the idle time of an inactivity rule
   * @param condition the CEL {@code when}, or empty
   * @param points    the points as written, signed ({@code +5}, {@code −15})
   * @param weight    the weighting factor ({@code ×1.5}; {@code ×1} when unset)
   * @param award     points × weight as awarded, signed
   * @param limit     the limit and counting window in words, or empty for every matching event
   * @param stage     the stage an award promotes to, or empty
   */
  public record Engagement(String id, String label, String rationale, String on, String condition, String points,
      String weight, String award, boolean negative, String category, String limit, String stage, boolean account) {}

  /** A fit rule's row; {@code account} when it scores the account on its traits. */
  public record Fit(String id, String label, String condition, String points, String weight, String award,
      boolean negative, boolean account) {}

  /** A stage, lowest first; {@code promotedBy} lists the labels of the rules that promote to it. */
  public record StageRow(String name, String condition, boolean sticky, List<String> promotedBy) {}

  /** A named setting in words. */
  public record Setting(String name, String value) {}

  public static ScoringTable of(Model model) {
    List<Engagement> engagement = model.engagement().stream().map(ScoringTable::engagement).toList();
    List<Fit> fit = model.fit().stream().map(r -> new Fit(r.id(), r.label(), r.when().source(), signed(r.points()),
        weight(r.weight()), Format.signed(r.award()), r.award() < 0, r.scope() == FitRule.Scope.ACCOUNT)).toList();
    List<StageRow> stages = model.stages().stream().map(s -> stage(s, model)).toList();
    List<Setting> caps = model.caps().entrySet().stream()
        .map(e -> new Setting(e.getKey(), "at most " + Format.points(e.getValue()) + " points")).toList();
    return new ScoringTable(engagement, fit, stages, caps, settings(model));
  }

  private static Engagement engagement(EngagementRule rule) {
    RuleInfo i = rule.info();
    String events = String.join(" or ", rule.events());
    String stage = i.stage().orElse("");
    return switch (rule) {
      case EventRule r -> row(i, events, r.when(), limit(r.limit()), stage, false);
      case CountRule r -> row(i, events, r.when(), count(r), stage, false);
      case AccountRule r -> row(i, events, r.when(), r.distinctPeople() + " different people of the account within "
          + Durations.format(r.within()), stage, true);
      case InactivityRule r -> row(i, "No activity for " + Durations.format(r.idle()), Optional.empty(),
          r.repeat() ? "again after every further " + Durations.format(r.idle()) : "once per idle stretch", stage,
          false);
    };
  }

  private static Engagement row(RuleInfo i, String on, Optional<Condition> when, String limit, String stage,
      boolean account) {
    return new Engagement(i.id(), i.label(), i.rationale(), on, when.map(Condition::source).orElse(""),
        signed(i.points()), weight(i.weight()), Format.signed(i.award()), i.award() < 0, i.category(), limit, stage,
        account);
  }

  private static String count(CountRule r) {
    String window = r.within() instanceof Window.Trailing t ? "within " + Durations.format(t.length())
        : "in one session";
    String per = r.per().map(p -> ", counted per " + p.source()).orElse("");
    String limit = limit(r.limit());
    return r.times() + " times " + window + per + (limit.isEmpty() ? "" : "; " + limit);
  }

  /** {@code once ever}, {@code at most 5 per 7d}, or empty for no limit. */
  static String limit(Limit limit) {
    return switch (limit) {
      case Limit.None n -> "";
      case Limit.Once o -> "once ever";
      case Limit.PerWindow p -> "at most " + p.count() + " per " + Durations.format(p.window());
    };
  }

  private static StageRow stage(Stage s, Model model) {
    List<String> promotedBy = model.engagement().stream()
        .filter(r -> r.info().stage().filter(s.name()::equals).isPresent()).map(r -> r.info().label()).toList();
    return new StageRow(s.name(), s.when().map(Condition::source).orElse(""), s.sticky(), promotedBy);
  }

  private static List<Setting> settings(Model model) {
    List<Setting> out = new ArrayList<>();
    out.add(new Setting("Decay", model.decay().map(d -> "engagement halves every " + Durations.format(d.halfLife()))
        .orElse("none: awards keep their value")));
    out.add(new Setting("Floor", model.floor().map(f -> "engagement never reads below " + Format.points(f))
        .orElse("none")));
    out.add(new Setting("Session", "ends after " + Durations.format(model.sessionGap()) + " without activity"));
    out.add(new Setting("Accounts", switch (model.accounts().key()) {
      case GROUP -> "by the group call's groupId";
      case EMAIL_DOMAIN -> "by email domain, free-mail excepted";
    }));
    model.grades().ifPresent(g -> {
      out.add(new Setting("Fit grades", thresholds(g.fit(), g.fitElse())));
      out.add(new Setting("Engagement grades", thresholds(g.engagement(), g.engagementElse())));
    });
    return out;
  }

  private static String thresholds(List<dev.leadpulse.core.model.Grades.Threshold> list, String otherwise) {
    StringBuilder b = new StringBuilder();
    list.forEach(t -> b.append(t.label()).append(" ≥ ").append(Format.points(t.atLeast())).append(" · "));
    return b.append(otherwise).append(" below").toString();
  }

  private static String signed(BigDecimal points) {
    String plain = points.abs().toPlainString();
    return points.signum() > 0 ? "+" + plain : points.signum() < 0 ? "\u2212" + plain : plain;
  }

  private static String weight(BigDecimal weight) {
    return "\u00d7" + weight.toPlainString();
  }
}
