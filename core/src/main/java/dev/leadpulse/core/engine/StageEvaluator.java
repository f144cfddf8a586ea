package dev.leadpulse.core.engine;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.condition.NumericForm;
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
  /**
   * Per stage, its condition decided from numbers ({@link NumericForm}), or null when CEL
   * must evaluate it. Slots: 0 score, 1 fit, 2 engagement, 3 + c category c (capped).
   */
  private final NumericForm[] numeric;
  /** Per stage, the id its condition failures are counted under. */
  private final String[] failureIds;
  /** The model's floor, unboxed. */
  private final boolean hasFloor;
  private final long floorValue;

  StageEvaluator(CompiledModel compiled, ConditionFailures failures) {
    this.compiled = compiled;
    this.failures = failures;
    this.stages = compiled.model.stages();
    this.numeric = new NumericForm[stages.size()];
    this.failureIds = new String[stages.size()];
    List<String> categories = List.of(compiled.categories);
    this.hasFloor = compiled.model.floor().isPresent();
    this.floorValue = compiled.model.floor().orElse(0L);
    for (int i = 0; i < stages.size(); i++) {
      failureIds[i] = "stage " + stages.get(i).name();
      numeric[i] = stages.get(i).when().flatMap(c -> NumericForm.of(c, o -> slot(o, categories))).orElse(null);
    }
  }

  private static int slot(NumericForm.Operand o, List<String> categories) {
    if (o.key() == null) {
      return switch (o.variable()) {
        case "score" -> 0;
        case "fit" -> 1;
        case "engagement" -> 2;
        default -> -1;
      };
    }
    int c = o.variable().equals("category") ? categories.indexOf(o.key()) : -1;
    return c < 0 ? -1 : 3 + c;
  }

  /** How many values a stage check reads: score, fit, engagement, then one per category. */
  int valueCount() {
    return 3 + compiled.categories.length;
  }

  /** The numbers a {@link NumericForm} reads, as the condition's variables hold them (hundredths / 100.0). */
  private double[] values(long fit, Totals totals) {
    long[] capped = totals.capped();
    double[] v = new double[3 + capped.length];
    v[0] = (fit + totals.engagement()) / 100.0;
    v[1] = fit / 100.0;
    v[2] = totals.engagement() / 100.0;
    for (int c = 0; c < capped.length; c++) {
      v[3 + c] = capped[c] / 100.0;
    }
    return v;
  }

  /**
   * Evaluates the stage at {@code time} with the person's awards plus {@code extras}, moves
   * {@code tracker}, and returns the change if there is one. {@code promotedWhy} explains a
   * promotion just made (empty when none).
   */
  Optional<StageChange> evaluate(PersonState p, StageTracker tracker, long time, List<Engine.IdleStamp> extras,
      long fit, AccountTraits at, String promotedWhy) {
    return evaluate(p, tracker, time, extras, fit, at, promotedWhy, null);
  }

  /**
   * As {@link #evaluate(PersonState, StageTracker, long, List, long, AccountTraits, String)},
   * filling {@code reuse} (null, or an array of {@link #valueCount} doubles that nothing else
   * uses during the call) with the stage values instead of allocating an array.
   */
  Optional<StageChange> evaluate(PersonState p, StageTracker tracker, long time, List<Engine.IdleStamp> extras,
      long fit, AccountTraits at, String promotedWhy, double[] reuse) {
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    int top = stages.size() - 1;
    if (tracker.current == top && stages.get(top).sticky()) {
      return Optional.empty();
    }
    int floor = tracker.floor();
    int holding = -1;
    Vars vars = null;
    Totals totals = null;
    double[] values = null;
    // Without decay or extra awards the values come straight from the undecayed totals (the
    // engine's case after each award): no Totals is built unless CEL or the explanation needs it.
    boolean direct = extras.isEmpty() && compiled.model.decay().isEmpty();
    for (int i = top; i > floor; i--) {
      Stage s = stages.get(i);
      if (s.when().isEmpty()) {
        continue;
      }
      boolean holds;
      if (numeric[i] != null) {
        if (values == null) {
          if (direct) {
            values = directValues(p, fit, reuse);
          } else {
            if (totals == null) {
              totals = totals(p, time, extras);
            }
            values = values(fit, totals);
          }
        }
        holds = numeric[i].test(values);
      } else {
        if (totals == null) {
          totals = totals(p, time, extras);
        }
        if (vars == null) {
          vars = Vars.forStage(p, compiled, at, time, new Vars.Score(fit + totals.engagement(), fit,
              totals.engagement(), categoryMap(totals), tracker.current < 0 ? "" : stages.get(tracker.current).name()));
        }
        holds = s.when().get().test(vars, failures, failureIds[i]);
      }
      if (holds) {
        holding = i;
        break;
      }
    }
    int target = Math.max(holding, floor);
    if (target == tracker.current) {
      return Optional.empty();
    }
    String why;
    if (target == holding && holding < 0) {
      why = "";
    } else if (target == holding) {
      if (totals == null) {
        totals = totals(p, time, extras);
      }
      Stage s = stages.get(holding);
      why = s.name() + " holds (" + s.when().get().source() + ") at score "
          + Hundredths.format(fit + totals.engagement());
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
        tracker.keepAtLeast(j);
        break;
      }
    }
    return Optional.of(new StageChange(time, from, target < 0 ? "" : stages.get(target).name(), why));
  }

  /**
   * What {@code values(fit, totals(p, time, List.of()))} gives without decay, computed in one
   * pass over the person's undecayed category totals; in {@code reuse} when it has the length.
   */
  private double[] directValues(PersonState p, long fit, double[] reuse) {
    long[] caps = compiled.caps;
    int n = caps.length;
    double[] v = reuse != null && reuse.length == 3 + n ? reuse : new double[3 + n];
    long raw = 0;
    for (int c = 0; c < n; c++) {
      long u = p.categoryTotal(c);
      long capped = caps[c] >= 0 && u > caps[c] ? caps[c] : u;
      v[3 + c] = capped / 100.0;
      raw += capped;
    }
    long engagement = hasFloor && raw < floorValue ? floorValue : raw;
    v[0] = (fit + engagement) / 100.0;
    v[1] = fit / 100.0;
    v[2] = engagement / 100.0;
    return v;
  }

  /** Engagement at {@code asOf}: award values (decayed), summed per category, capped, floored. */
  Totals totals(PersonState p, long asOf, List<Engine.IdleStamp> extras) {
    int n = compiled.categories.length;
    long[] uncapped = new long[n];
    var decay = compiled.model.decay();
    if (p.hasCategoryTotals()) {
      if (decay.isEmpty()) {
        for (int c = 0; c < n; c++) {
          uncapped[c] = p.categoryTotal(c);
        }
      } else {
        for (int i = 0; i < p.awardCount; i++) {
          int rule = p.awardRule(i);
          uncapped[compiled.categoryOf[rule]] += Hundredths.scale(compiled.awardOf[rule],
              decay.get().factor(asOf - p.awardTime(i)));
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
