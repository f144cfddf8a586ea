package dev.leadpulse.core.engine;

import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a person's score as of a time without changing their state. */
final class ScoreReader {
  private final Engine engine;
  private final CompiledModel compiled;
  private final StageEvaluator stages;
  private final ConditionFailures failures;

  ScoreReader(Engine engine, StageEvaluator stages, ConditionFailures failures) {
    this.engine = engine;
    this.compiled = engine.compiled;
    this.stages = stages;
    this.failures = failures;
  }

  /** The totals of a read, before any line of explanation is built. */
  private record Reading(List<StageChange> history, List<Engine.IdleStamp> extras, Totals totals, long fit,
      String stage, String grade) {}

  PersonScore read(PersonState p, long asOf, AccountTraits at) {
    Reading r = reading(p, asOf, at);
    List<Contribution> lines = new ArrayList<>();
    fitLines(p, asOf, at, lines);
    engagementLines(p, asOf, r.extras(), lines);
    limitLines(r.totals(), asOf, lines);
    Map<String, Long> categories = new LinkedHashMap<>();
    for (int c = 0; c < compiled.categories.length; c++) {
      categories.put(compiled.categories[c], r.totals().capped()[c]);
    }
    long engagement = r.totals().engagement();
    return new PersonScore(p.id, asOf, r.fit() + engagement, r.fit(), engagement, categories, r.stage(), r.grade(),
        compiled.accountOf(p), p.traits, lines, r.history());
  }

  /** The figures of {@link #read}, without building its contributions. */
  PersonStanding standing(PersonState p, long asOf, AccountTraits at) {
    Reading r = reading(p, asOf, at);
    long engagement = r.totals().engagement();
    return new PersonStanding(p.id, asOf, r.fit() + engagement, r.fit(), engagement, r.stage(), r.grade(),
        compiled.accountOf(p), p.traits, r.history());
  }

  private Reading reading(PersonState p, long asOf, AccountTraits at) {
    if (p.lastTime != Long.MIN_VALUE && asOf < p.lastTime) {
      throw new IllegalArgumentException("cannot read " + p.id + " as of " + java.time.Instant.ofEpochMilli(asOf)
          + ", before their last applied event at " + java.time.Instant.ofEpochMilli(p.lastTime));
    }
    StageTracker tracker = p.copy();
    List<StageChange> history = new ArrayList<>(p.stageHistory == null ? List.of() : p.stageHistory);
    List<Engine.IdleStamp> extras = advance(p, tracker, history, asOf, at);
    Totals totals = stages.totals(p, asOf, extras);
    long fit = engine.fit(p, asOf, at);
    Model model = compiled.model;
    String stage = tracker.current < 0 ? "" : model.stages().get(tracker.current).name();
    String grade = model.grades().map(g -> g.grade(fit, totals.engagement())).orElse("");
    return new Reading(history, extras, totals, fit, stage, grade);
  }

  /**
   * Awards (virtually) the inactivity due by {@code asOf}, checking stages at each stamp and
   * at {@code asOf}; returns the virtual awards.
   */
  private List<Engine.IdleStamp> advance(PersonState p, StageTracker tracker, List<StageChange> history, long asOf,
      AccountTraits at) {
    List<Engine.IdleStamp> stamps = engine.idleStamps(p, asOf);
    List<Engine.IdleStamp> extras = new ArrayList<>(stamps.size());
    for (Engine.IdleStamp s : stamps) {
      extras.add(s);
      String why = "";
      int promoted = compiled.stageOfRule[s.rule()];
      if (promoted > tracker.promotedFloor) {
        tracker.promotedTo(promoted);
        why = "rule " + compiled.rules[s.rule()].id() + " promotes to " + compiled.model.stages().get(promoted).name();
      }
      stages.evaluate(p, tracker, s.time(), extras, engine.fit(p, s.time(), at), at, why).ifPresent(history::add);
    }
    stages.evaluate(p, tracker, asOf, extras, engine.fit(p, asOf, at), at, "").ifPresent(history::add);
    return extras;
  }

  private void fitLines(PersonState p, long asOf, AccountTraits at, List<Contribution> lines) {
    Vars vars = Vars.forFit(p, compiled.accountOf(p), at, asOf);
    for (FitRule r : compiled.model.fit()) {
      if (r.scope() == FitRule.Scope.PERSON && r.when().test(vars, ConditionFailures.IGNORE, r.id())) {
        lines.add(new Contribution(Contribution.Kind.FIT, r.id(), r.label(), "", "", asOf, r.award(), r.award()));
      }
    }
  }

  private void engagementLines(PersonState p, long asOf, List<Engine.IdleStamp> extras, List<Contribution> lines) {
    var decay = compiled.model.decay();
    for (int i = 0; i < p.awardCount; i++) {
      int rule = p.awardRule(i);
      lines.add(line(rule, p.awardMessageIds[i], p.awardTime(i), compiled.awardOf[rule], asOf, decay));
    }
    for (Engine.IdleStamp s : extras) {
      lines.add(line(s.rule(), p.lastActivityMessageId, s.time(), compiled.awardOf[s.rule()], asOf, decay));
    }
  }

  private Contribution line(int rule, String messageId, long time, long points, long asOf,
      Optional<dev.leadpulse.core.model.Decay> decay) {
    EngagementRule r = compiled.rules[rule];
    long value = decay.isEmpty() ? points
        : dev.leadpulse.core.Hundredths.scale(points, decay.get().factor(asOf - time));
    return new Contribution(Contribution.Kind.ENGAGEMENT, r.id(), r.info().label(), r.info().category(), messageId,
        time, points, value);
  }

  private void limitLines(Totals totals, long asOf, List<Contribution> lines) {
    for (int c = 0; c < compiled.categories.length; c++) {
      long clipped = totals.capped()[c] - totals.uncapped()[c];
      if (clipped != 0) {
        String category = compiled.categories[c];
        lines.add(new Contribution(Contribution.Kind.CAP, category, "Cap on " + category + " ("
            + dev.leadpulse.core.Hundredths.format(compiled.caps[c]) + ")", category, "", asOf, clipped, clipped));
      }
    }
    long raised = totals.engagement() - totals.raw();
    if (raised != 0) {
      lines.add(new Contribution(Contribution.Kind.FLOOR, "floor", "Engagement floor ("
          + dev.leadpulse.core.Hundredths.format(totals.engagement()) + ")", "", "", asOf, raised, raised));
    }
  }

  Optional<Long> nextChange(PersonState p, long after, AccountTraits at) {
    long from = Math.max(after, p.lastTime == Long.MIN_VALUE ? after : p.lastTime);
    Optional<Long> idle = engine.nextIdleStamp(p, from);
    Optional<Long> decayed = compiled.model.decay().isEmpty() || compiled.model.stages().isEmpty()
        ? Optional.empty() : decayStageChange(p, from, at);
    if (idle.isPresent() && decayed.isPresent()) {
      return Optional.of(Math.min(idle.get(), decayed.get()));
    }
    return idle.or(() -> decayed);
  }

  /** The first minute after {@code from} at which decay alone moves the stage. */
  private Optional<Long> decayStageChange(PersonState p, long from, AccountTraits at) {
    String now = read(p, from, at).stage();
    long minute = 60_000L;
    long horizon = from + 10 * compiled.model.decay().get().halfLife().toMillis();
    long low = from;
    for (long step = minute; low < horizon; step *= 2) {
      long probe = Math.min(from + step, horizon);
      if (!read(p, probe, at).stage().equals(now)) {
        long high = probe;
        while (high - low > minute) {
          long mid = low + (high - low) / 2;
          if (read(p, mid, at).stage().equals(now)) {
            low = mid;
          } else {
            high = mid;
          }
        }
        return Optional.of(high);
      }
      low = probe;
    }
    return Optional.empty();
  }
}
