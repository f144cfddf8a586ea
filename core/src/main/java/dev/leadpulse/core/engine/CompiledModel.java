package dev.leadpulse.core.engine;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.model.AccountRule;
import dev.leadpulse.core.model.Accounts;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.EventRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.model.Limit;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A model prepared for the engine: rules indexed by event name, categories by number. */
final class CompiledModel {
  final Model model;
  final EngagementRule[] rules;
  /** Event name → indexes of the rules that listen to it, in model order. */
  final Map<String, int[]> byEvent;
  final int[] inactivityRules;
  final long[] awardOf;
  final int[] categoryOf;
  final String[] categories;
  /** Per category index, its cap in hundredths, or -1 for none. */
  final long[] caps;
  final int[] stageOfRule;
  final long sessionGapMillis;
  final boolean fitReadsAccount;
  /** Whether an engagement rule's or a stage's condition reads the account (then a late group call replays). */
  final boolean conditionsReadAccount;
  final boolean hasPersonFit;
  /** The person-scoped fit rules, in model order, and their awards in hundredths. */
  final FitRule[] personFit;
  final long[] personFitAward;
  /** Per rule, its limit's count (0 for none) and window in ms ({@link #limitWindow}). */
  final int[] limitCount;
  final long[] limitWindow;
  /**
   * Per rule, the index in a person's rule states of its limit ring, or -1 without a limit;
   * and of its counts, or -1 for a rule that does not count. Only rules with state get one.
   */
  final int[] limitSlot;
  final int[] countSlot;
  final int stateSlots;
  /** Accounts keyed by group calls (else by email domain): which of the two sets {@link PersonState#account}. */
  final boolean accountsByGroup;
  /** Per rule, its {@code when} condition, or null when it has none (read per event: no Optional). */
  final Condition[] whenOf;
  /** Per counting rule, its {@code per} expression, or null (also for other rules). */
  final Condition[] perOf;
  /** Whether any condition (fit, engagement, stage) reads the account: else account traits are never consulted. */
  final boolean anyConditionReadsAccount;
  /**
   * Per rule, its kind ({@link #EVENT}, {@link #COUNT}, {@link #ACCOUNT}, {@link #INACTIVITY}),
   * decided here by an exhaustive switch over the sealed rule types, so that the per-event
   * loop switches on a byte rather than testing types (which showed in profiles).
   */
  final byte[] kindOf;
  static final byte EVENT = 0;
  static final byte COUNT = 1;
  static final byte ACCOUNT = 2;
  static final byte INACTIVITY = 3;
  /** Per rule, its id, read per event without going through the rule's info. */
  final String[] idOf;
  /** Per counting rule, its {@code times}; 0 for other rules. */
  final int[] countTimes;
  /** Per counting rule, its trailing window in ms, or 0 for a session window (and for other rules). */
  final long[] countWindow;

  CompiledModel(Model model) {
    this.model = model;
    if (model.stages().size() > StageTracker.MAX_STAGES) {
      throw new IllegalArgumentException("the engine handles at most " + StageTracker.MAX_STAGES + " stages, not "
          + model.stages().size());
    }
    this.accountsByGroup = model.accounts().key() == Accounts.Key.GROUP;
    this.rules = model.engagement().toArray(new EngagementRule[0]);
    Map<String, List<Integer>> index = new HashMap<>();
    List<Integer> idle = new ArrayList<>();
    Map<String, Integer> categoryIndex = new LinkedHashMap<>();
    awardOf = new long[rules.length];
    categoryOf = new int[rules.length];
    stageOfRule = new int[rules.length];
    for (int i = 0; i < rules.length; i++) {
      EngagementRule r = rules[i];
      awardOf[i] = r.info().award();
      categoryOf[i] = categoryIndex.computeIfAbsent(r.info().category(), c -> categoryIndex.size());
      stageOfRule[i] = r.info().stage().map(model::stageIndex).orElse(-1);
      for (String e : r.events()) {
        index.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
      }
      if (r instanceof InactivityRule) {
        idle.add(i);
      }
    }
    byEvent = new HashMap<>();
    index.forEach((k, v) -> byEvent.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    inactivityRules = idle.stream().mapToInt(Integer::intValue).toArray();
    categories = categoryIndex.keySet().toArray(new String[0]);
    caps = new long[categories.length];
    for (int c = 0; c < categories.length; c++) {
      caps[c] = model.caps().getOrDefault(categories[c], -1L);
    }
    sessionGapMillis = model.sessionGap().toMillis();
    fitReadsAccount = model.fit().stream().anyMatch(f -> f.when().source().contains("account"));
    conditionsReadAccount = model.engagement().stream().anyMatch(CompiledModel::readsAccount)
        || model.stages().stream().anyMatch(s -> s.when().map(c -> c.source().contains("account")).orElse(false));
    hasPersonFit = model.fit().stream().anyMatch(f -> f.scope() == FitRule.Scope.PERSON);
    personFit = model.fit().stream().filter(f -> f.scope() == FitRule.Scope.PERSON).toArray(FitRule[]::new);
    personFitAward = new long[personFit.length];
    for (int f = 0; f < personFit.length; f++) {
      personFitAward[f] = personFit[f].award();
    }
    limitCount = new int[rules.length];
    limitWindow = new long[rules.length];
    limitSlot = new int[rules.length];
    countSlot = new int[rules.length];
    int slots = 0;
    for (int i = 0; i < rules.length; i++) {
      Limit limit = switch (rules[i]) {
        case EventRule e -> e.limit();
        case CountRule c -> c.limit();
        default -> Limit.NONE;
      };
      limitCount[i] = limitCount(limit);
      limitWindow[i] = limitWindow(limit);
      limitSlot[i] = limitCount[i] > 0 ? slots++ : -1;
      countSlot[i] = rules[i] instanceof CountRule ? slots++ : -1;
    }
    stateSlots = slots;
    whenOf = new Condition[rules.length];
    perOf = new Condition[rules.length];
    for (int i = 0; i < rules.length; i++) {
      whenOf[i] = switch (rules[i]) {
        case EventRule e -> e.when().orElse(null);
        case CountRule c -> c.when().orElse(null);
        case AccountRule a -> a.when().orElse(null);
        case InactivityRule x -> null;
      };
      perOf[i] = rules[i] instanceof CountRule c ? c.per().orElse(null) : null;
    }
    anyConditionReadsAccount = fitReadsAccount || conditionsReadAccount;
    kindOf = new byte[rules.length];
    idOf = new String[rules.length];
    countTimes = new int[rules.length];
    countWindow = new long[rules.length];
    for (int i = 0; i < rules.length; i++) {
      idOf[i] = rules[i].id();
      kindOf[i] = switch (rules[i]) {
        case EventRule e -> EVENT;
        case CountRule c -> {
          countTimes[i] = c.times();
          countWindow[i] = switch (c.within()) {
            case Window.Session w -> 0;
            case Window.Trailing w -> w.length().toMillis();
          };
          yield COUNT;
        }
        case AccountRule a -> ACCOUNT;
        case InactivityRule x -> INACTIVITY;
      };
    }
  }

  private static boolean readsAccount(EngagementRule r) {
    return switch (r) {
      case EventRule e -> e.when().map(c -> c.source().contains("account")).orElse(false);
      case CountRule c -> c.when().map(x -> x.source().contains("account")).orElse(false)
          || c.per().map(x -> x.source().contains("account")).orElse(false);
      case AccountRule a -> a.when().map(c -> c.source().contains("account")).orElse(false);
      case InactivityRule i -> false;
    };
  }

  /** The account a person belongs to now, or empty. */
  String accountOf(PersonState s) {
    return s.account;
  }

  /** Window length in ms of a limit, {@code Long.MAX_VALUE} for once; 0 for none. */
  static long limitWindow(Limit limit) {
    return switch (limit) {
      case Limit.None n -> 0;
      case Limit.Once o -> Long.MAX_VALUE;
      case Limit.PerWindow p -> p.window().toMillis();
    };
  }

  static int limitCount(Limit limit) {
    return switch (limit) {
      case Limit.None n -> 0;
      case Limit.Once o -> 1;
      case Limit.PerWindow p -> p.count();
    };
  }
}
