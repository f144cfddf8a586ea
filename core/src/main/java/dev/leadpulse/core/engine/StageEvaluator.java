package dev.leadpulse.core.engine;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.model.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a person's stage at a time: the highest stage whose condition holds, or the
 * highest floor kept by sticky stages and {@code stage:} promotions, whichever is higher.
 */
final class StageEvaluator {
  private final CompiledModel compiled;
  private final ConditionFailures failures;
  private final List<Stage> stages;

  StageEvaluator(CompiledModel compiled, ConditionFailures failures) {
    this.compiled = compiled;
    this.failures = failures;
    this.stages = compiled.model.stages();
  }

  /**
   * Evaluates the stage at {@code time} with the person's awards plus {@code extras}, moves
   * {@code tracker}, and returns the change if there is one. {@code promotedWhy} explains a
   * promotion just made (empty when none).
   */
  Optional<StageChange> evaluate(PersonState p, StageTracker tracker, long time, List<Engine.IdleStamp> extras,
      long fit, AccountTraits at, String promotedWhy) {
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    int top = stages.size() - 1;
    if (tracker.current == top && stages.get(top).sticky()) {
      return Optional.empty();
    }
    int floor = tracker.floor();
    int holding = -1;
    String holdingWhy = "";
    Vars vars = null;
    Totals totals = null;
    for (int i = top; i > floor; i--) {
      Stage s = stages.get(i);
      if (s.when().isEmpty()) {
        continue;
      }
      if (vars == null) {
        totals = totals(p, time, extras);
        vars = Vars.forStage(p, compiled, at, time, new Vars.Score(fit + totals.engagement(), fit,
            totals.engagement(), categoryMap(totals), tracker.current < 0 ? "" : stages.get(tracker.current).name()));
      }
      if (s.when().get().test(vars, failures, "stage " + s.name())) {
        holding = i;
        holdingWhy = s.name() + " holds (" + s.when().get().source() + ") at score "
            + Hundredths.format(fit + totals.engagement());
        break;
      }
    }
    int target = Math.max(holding, floor);
    if (target == tracker.current) {
      return Optional.empty();
    }
    String why;
    if (target == holding) {
      why = holdingWhy;
    } else if (target == tracker.promotedFloor && !promotedWhy.isEmpty()) {
      why = promotedWhy;
    } else if (target < tracker.current) {
      why = stages.get(tracker.current).name() + " no longer holds" + stages.get(tracker.current).when()
          .map(c -> " (" + c.source() + ")").orElse("");
    } else {
      why = "kept by an earlier stage";
    }
    String from = tracker.current < 0 ? "" : stages.get(tracker.current).name();
    tracker.current = target;
    for (int j = target; j >= 0; j--) {
      if (stages.get(j).sticky()) {
        tracker.stickyFloor = Math.max(tracker.stickyFloor, j);
        break;
      }
    }
    return Optional.of(new StageChange(time, from, target < 0 ? "" : stages.get(target).name(), why));
  }

  /** Engagement at {@code asOf}: award values (decayed), summed per category, capped, floored. */
  Totals totals(PersonState p, long asOf, List<Engine.IdleStamp> extras) {
    int n = compiled.categories.length;
    long[] uncapped = new long[n];
    var decay = compiled.model.decay();
    if (p.awards != null) {
      if (decay.isEmpty()) {
        System.arraycopy(p.categoryTotals, 0, uncapped, 0, n);
      } else {
        Awards a = p.awards;
        for (int i = 0; i < a.size(); i++) {
          uncapped[compiled.categoryOf[a.rule(i)]] += Hundredths.scale(a.points(i), decay.get().factor(asOf - a.time(i)));
        }
      }
    }
    for (Engine.IdleStamp s : extras) {
      long points = compiled.awardOf[s.rule()];
      uncapped[compiled.categoryOf[s.rule()]] += decay.isEmpty() ? points
          : Hundredths.scale(points, decay.get().factor(asOf - s.time()));
    }
    long[] capped = new long[n];
    long raw = 0;
    for (int c = 0; c < n; c++) {
      long cap = compiled.caps[c];
      capped[c] = cap >= 0 && uncapped[c] > cap ? cap : uncapped[c];
      raw += capped[c];
    }
    long sum = raw;
    long engagement = compiled.model.floor().filter(f -> sum < f).orElse(sum);
    return new Totals(uncapped, capped, sum, engagement);
  }

  Map<String, Double> categoryMap(Totals totals) {
    Map<String, Double> m = new HashMap<>();
    for (int c = 0; c < compiled.categories.length; c++) {
      m.put(compiled.categories[c], totals.capped()[c] / 100.0);
    }
    return m;
  }
}
