package dev.leadpulse.core.engine;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring engine for one model: applies a person's events one at a time, in event-time
 * order, to their {@link PersonState}, and reads a score as of a time. Pure: no clock, no
 * I/O; thread-safe for different people (it holds no mutable state of its own).
 *
 * <p>To score events that arrive out of order, replay the person's events in order into a
 * new state ({@link Scoreboard} does this).
 */
public final class Engine {
  private static final int MAX_IDLE_STAMPS = 100_000;

  final CompiledModel compiled;
  private final ConditionFailures failures;
  private final StageEvaluator stages;
  /**
   * Per thread, what one event needs while it is applied (its variables, what it changed,
   * stage-condition values), reused so that an event that awards nothing allocates nothing
   * of the engine's own. {@link #apply} is not reentrant, so one per thread is enough.
   */
  private final ThreadLocal<Scratch> scratch;
  /** The shortest {@code inactive} duration in ms: no stamp falls sooner after the last activity. */
  private final long minIdleMillis;
  /** Email domains, interned without allocating for the ones seen recently. */
  private final EmailDomains emailDomains = new EmailDomains();

  public Engine(Model model, ConditionFailures failures) {
    this.compiled = new CompiledModel(model);
    this.failures = failures;
    this.stages = new StageEvaluator(compiled, failures);
    int stageValues = stages.valueCount();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(stageValues));
    long min = Long.MAX_VALUE;
    for (int i : compiled.inactivityRules) {
      min = Math.min(min, ((InactivityRule) compiled.rules[i]).idle().toMillis());
    }
    this.minIdleMillis = min;
  }

  public Model model() {
    return compiled.model;
  }

  /** A person with no events yet. */
  public PersonState newPerson(String id) {
    return new PersonState(id);
  }

  /** The account {@code person} belongs to after their last applied event, or empty. */
  public String accountOf(PersonState person) {
    return compiled.accountOf(person);
  }

  /**
   * Applies {@code event} to {@code person}.
   *
   * @throws IllegalArgumentException when the event does not come after the last applied one
   *     in event-time order (replay the person instead)
   */
  public PersonUpdate apply(PersonState person, Event event, AccountTraits accountTraits) {
    if (!person.isAfterLast(event.time(), event.messageId())) {
      throw new IllegalArgumentException("event " + event.messageId() + " comes before the last applied event "
          + person.lastMessageId + " of " + person.id + ": replay the person's events in event-time order");
    }
    Scratch s = scratch.get();
    Outcome out = s.outcome;
    out.reset();
    awardIdleStamps(person, event.time() - 1, accountTraits, out);
    person.lastTime = event.time();
    person.lastMessageId = event.messageId();
    switch (event.type()) {
      case IDENTIFY -> mergeTraits(person, event.traits(), s.vars);
      case GROUP -> {
        if (compiled.accountsByGroup) {
          person.account = event.groupId();
        }
        person.cachedFit = PersonState.FIT_NOT_CACHED;
      }
      case ALIAS -> { }
      // Only a condition reads account traits; with none that does, skip the wrapper.
      case TRACK, PAGE, SCREEN -> activity(person, event,
          compiled.anyConditionReadsAccount ? atEvent(accountTraits, event) : accountTraits, out, s.vars);
    }
    PersonUpdate update = out.build();
    out.reset();
    s.vars.clear();
    return update;
  }

  /**
   * Account traits as they stood at {@code e}: a {@code group} call at e's very time counts only
   * if it comes before e in event-time order, whether or not it has arrived yet.
   */
  private static AccountTraits atEvent(AccountTraits traits, Event e) {
    return (id, time) -> time == e.time() ? traits.at(id, time, e.messageId()) : traits.at(id, time);
  }

  private void activity(PersonState p, Event e, AccountTraits at, Outcome out, Vars reusable) {
    long t = e.time();
    if (p.lastActivity == Long.MIN_VALUE || t - p.lastActivity > compiled.sessionGapMillis) {
      p.sessionStart = t;
    }
    p.lastActivity = t;
    p.lastActivityMessageId = e.messageId();
    int[] candidates = compiled.byEvent.get(e.name());
    if (candidates == null) {
      return;
    }
    Vars vars = reusable.resetForEvent(p, compiled, at, e);
    Condition[] whenOf = compiled.whenOf;
    String[] idOf = compiled.idOf;
    byte[] kindOf = compiled.kindOf;
    // Kinds as CompiledModel decided them from the sealed rule types (EventRule, CountRule,
    // AccountRule, InactivityRule); inactivity rules listen to no event.
    for (int i : candidates) {
      switch (kindOf[i]) {
        case CompiledModel.EVENT -> {
          if (holds(whenOf[i], vars, idOf[i]) && limitAllows(p, i, t)) {
            award(p, i, e.messageId(), t, at, out);
          }
        }
        case CompiledModel.COUNT -> count(p, i, e, vars, at, out);
        case CompiledModel.ACCOUNT -> {
          String account = compiled.accountOf(p);
          if (!account.isEmpty() && holds(whenOf[i], vars, idOf[i])) {
            out.hit(new AccountHit(i, account, p.id, t, e.messageId()));
          }
        }
        default -> { }
      }
    }
  }

  /** Counting rule {@code i} (a {@link CountRule}) on {@code e}. */
  private void count(PersonState p, int i, Event e, Vars vars, AccountTraits at, Outcome out) {
    if (!holds(compiled.whenOf[i], vars, compiled.idOf[i])) {
      return;
    }
    String key = "";
    Condition per = compiled.perOf[i];
    if (per != null) {
      Object value = per.valueOrNull(vars, failures, compiled.idOf[i]);
      if (value == null) {
        return;
      }
      key = keyOf(value);
    }
    int slot = compiled.countSlot[i];
    Object held = ruleStates(p, slot)[slot];
    long t = e.time();
    long window = compiled.countWindow[i];
    // A session window keeps the session's events; a trailing one (t − length, t].
    long earliestKept = window == 0 ? p.sessionStart : t - window + 1;
    if (per == null) {
      long[] queue = held == null ? TimeQueue.empty() : (long[]) held;
      long[] kept = countAndAward(p, i, queue, earliestKept, e, at, out);
      ruleStates(p, slot)[slot] = kept;
    } else {
      // One search for the key; the holder changes only when the key's queue is new, grown
      // or emptied (an empty queue is the same as no key: it is not kept).
      long[] queue = PerKeyQueues.find(held, key);
      long[] kept = countAndAward(p, i, queue == null ? TimeQueue.empty() : queue, earliestKept, e, at, out);
      Object holder = held;
      if (TimeQueue.size(kept) == 0) {
        if (queue != null) {
          holder = PerKeyQueues.remove(held, key);
        }
      } else if (kept != queue) {
        holder = PerKeyQueues.set(held, key, kept);
      }
      ruleStates(p, slot)[slot] = holder;
    }
  }

  /** Counts {@code e} in {@code queue} and awards when the count is reached; returns the queue to keep. */
  private long[] countAndAward(PersonState p, int i, long[] queue, long earliestKept, Event e,
      AccountTraits at, Outcome out) {
    TimeQueue.dropBefore(queue, earliestKept);
    queue = TimeQueue.add(queue, e.time(), compiled.countTimes[i]);
    if (TimeQueue.size(queue) >= compiled.countTimes[i] && limitAllows(p, i, e.time())) {
      queue = TimeQueue.clear(queue);
      award(p, i, e.messageId(), e.time(), at, out);
    }
    return queue;
  }

  /** A {@code per} value as a key: numbers without a needless ".0", other values as text. */
  static String keyOf(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return String.format(Locale.ROOT, "%.0f", d);
    }
    return String.valueOf(value);
  }

  /** Whether {@code when} (null: no condition) holds; a failure is counted for {@code ruleId}. */
  private boolean holds(Condition when, Vars vars, String ruleId) {
    return when == null || when.test(vars, failures, ruleId);
  }

  /** Checks rule {@code i}'s limit and, when it allows, records the award in it. */
  private boolean limitAllows(PersonState p, int i, long t) {
    int count = compiled.limitCount[i];
    if (count == 0) {
      return true;
    }
    int slot = compiled.limitSlot[i];
    Object[] states = ruleStates(p, slot);
    long[] ring = (long[]) states[slot];
    if (!LimitRing.allows(ring, count, t, compiled.limitWindow[i])) {
      return false;
    }
    states[slot] = LimitRing.record(ring, count, t);
    return true;
  }

  /**
   * The person's rule states, long enough to hold {@code slot}: the array grows to the
   * highest slot used so far, so a person who touches only the first rules keeps a short one.
   * Fetch it again after anything that may grow it.
   */
  private static Object[] ruleStates(PersonState p, int slot) {
    if (p.ruleStates == null) {
      p.ruleStates = new Object[slot + 1];
    } else if (p.ruleStates.length <= slot) {
      p.ruleStates = java.util.Arrays.copyOf(p.ruleStates, slot + 1);
    }
    return p.ruleStates;
  }

  private void award(PersonState p, int rule, String messageId, long t, AccountTraits at, Outcome out) {
    long points = compiled.awardOf[rule];
    p.addAward(rule, messageId, t);
    p.addToCategory(compiled.categoryOf[rule], points, compiled.categories.length);
    out.award(new Award(compiled.idOf[rule], messageId, t, points));
    int promoted = compiled.stageOfRule[rule];
    String why = "";
    if (promoted > p.promotedFloor) {
      p.promotedTo(promoted);
      why = "rule " + compiled.rules[rule].id() + " promotes to " + compiled.model.stages().get(promoted).name();
    }
    Optional<StageChange> change = stages.evaluate(p, p, t, List.of(), fit(p, t, at), at, why, out.stageValues);
    if (change.isPresent()) {
      p.history().add(change.get());
      out.stage(change.get());
    }
  }

  /** Awards inactivity stamps in {@code (idleAwardedThrough, through]}, in time order. */
  private void awardIdleStamps(PersonState p, long through, AccountTraits at, Outcome out) {
    if (compiled.inactivityRules.length == 0 || p.lastActivity == Long.MIN_VALUE
        || through <= p.idleAwardedThrough()) {
      return;
    }
    // No stamp is due before lastActivity + the shortest idle time (the common case: an
    // active person), so skip building the empty list; overflow-safe as through > lastActivity.
    if (through - p.lastActivity < minIdleMillis) {
      return;
    }
    for (IdleStamp s : idleStamps(p, through)) {
      award(p, s.rule(), p.lastActivityMessageId, s.time(), at, out);
    }
    // Stamps through `through` are now awarded: the caller sets lastTime to through + 1.
  }

  /** An inactivity award due at {@code time}. */
  record IdleStamp(int rule, long time) {}

  /** The inactivity stamps in {@code (idleAwardedThrough, through]}, in (time, rule) order. */
  List<IdleStamp> idleStamps(PersonState p, long through) {
    List<IdleStamp> out = new ArrayList<>();
    if (p.lastActivity == Long.MIN_VALUE) {
      return out;
    }
    long idleThrough = p.idleAwardedThrough();
    for (int i : compiled.inactivityRules) {
      InactivityRule r = (InactivityRule) compiled.rules[i];
      long d = r.idle().toMillis();
      for (long k = 1, s = p.lastActivity + d; s <= through && k <= MAX_IDLE_STAMPS; k++, s += d) {
        if (s > idleThrough) {
          out.add(new IdleStamp(i, s));
        }
        if (!r.repeat()) {
          break;
        }
      }
    }
    out.sort((a, b) -> a.time() != b.time() ? Long.compare(a.time(), b.time()) : Integer.compare(a.rule(), b.rule()));
    return out;
  }

  /**
   * The earliest inactivity stamp not yet awarded that falls after {@code after}, computed
   * directly rather than by listing stamps (a repeating rule has one every D, without end).
   */
  Optional<Long> nextIdleStamp(PersonState p, long after) {
    if (p.lastActivity == Long.MIN_VALUE) {
      return Optional.empty();
    }
    long low = Math.max(after, p.idleAwardedThrough());
    long best = Long.MAX_VALUE;
    for (int i : compiled.inactivityRules) {
      InactivityRule r = (InactivityRule) compiled.rules[i];
      long d = r.idle().toMillis();
      long k = low < p.lastActivity + d ? 1 : (low - p.lastActivity) / d + 1;
      if (k > MAX_IDLE_STAMPS || (k > 1 && !r.repeat())) {
        continue;
      }
      best = Math.min(best, p.lastActivity + k * d);
    }
    return best == Long.MAX_VALUE ? Optional.empty() : Optional.of(best);
  }

  /** Merges an identify's traits; {@code reusable} is the thread's event variables (free during an identify). */
  private void mergeTraits(PersonState p, Map<String, Object> traits, Vars reusable) {
    if (traits.isEmpty()) {
      return;
    }
    if (p.traits.isEmpty()) {
      p.traits = traits;
    } else {
      Map<String, Object> merged = new java.util.LinkedHashMap<>(p.traits);
      merged.putAll(traits);
      p.traits = java.util.Collections.unmodifiableMap(merged);
    }
    if (p.traits.get("email") instanceof String email) {
      // Interned: a million people share a few thousand domains.
      p.emailDomain = emailDomains.of(email);
      if (!compiled.accountsByGroup) {
        p.account = !p.emailDomain.isEmpty() && compiled.model.accounts().isFreeMail(p.emailDomain) ? "" : p.emailDomain;
      }
    }
    p.cachedFit = PersonState.FIT_NOT_CACHED;
    cacheFitIfDecided(p, reusable);
  }

  /**
   * Caches the fit now, while the traits just read are in cache, when every person fit rule
   * is decided by its fast path ({@link Condition#decide}): then {@link #fit} would compute
   * the same sum, with no failure to report, on these same traits. Otherwise it is left to
   * {@link #fit}, as before.
   */
  private void cacheFitIfDecided(PersonState p, Vars reusable) {
    if (!compiled.hasPersonFit || compiled.fitReadsAccount) {
      return;
    }
    // The thread's event variables are free here: an identify has no activity to evaluate.
    Vars vars = reusable.resetForFit(p, compiled.accountOf(p), AccountTraits.NONE, p.lastTime);
    long sum = 0;
    for (int f = 0; f < compiled.personFit.length; f++) {
      int d = compiled.personFit[f].when().decide(vars);
      if (d < 0) {
        return;
      }
      if (d == 1) {
        sum += compiled.personFitAward[f];
      }
    }
    p.cachedFit = sum > PersonState.FIT_NOT_CACHED && sum <= Integer.MAX_VALUE ? (int) sum : PersonState.FIT_NOT_CACHED;
  }

  /** The person's fit at {@code time}, on their current traits. */
  long fit(PersonState p, long time, AccountTraits at) {
    if (!compiled.hasPersonFit) {
      return 0;
    }
    if (p.cachedFit != PersonState.FIT_NOT_CACHED && !compiled.fitReadsAccount) {
      return p.cachedFit;
    }
    long sum = 0;
    Vars vars = Vars.forFit(p, compiled.accountOf(p), at, time);
    for (int f = 0; f < compiled.personFit.length; f++) {
      var rule = compiled.personFit[f];
      if (rule.when().test(vars, failures, rule.id())) {
        sum += compiled.personFitAward[f];
      }
    }
    // Cached when it fits an int other than the marker; otherwise computed every time.
    p.cachedFit = sum > PersonState.FIT_NOT_CACHED && sum <= Integer.MAX_VALUE ? (int) sum : PersonState.FIT_NOT_CACHED;
    return sum;
  }

  /**
   * The person's score as of {@code asOf}: inactivity due by then is awarded (and stages
   * checked at each stamp), decay applied, caps and floor, fit on current traits, the stage
   * and the full explanation. Does not change {@code person}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before the person's last applied event
   */
  public PersonScore read(PersonState person, long asOf, AccountTraits accountTraits) {
    return new ScoreReader(this, stages, failures).read(person, asOf, accountTraits);
  }

  /**
   * The figures of {@link #read} (score, fit, engagement, stage, grade, account, traits, stage
   * history) without the contributions, at a fraction of the cost for a person with many awards.
   */
  public PersonStanding standing(PersonState person, long asOf, AccountTraits accountTraits) {
    return new ScoreReader(this, stages, failures).standing(person, asOf, accountTraits);
  }

  /**
   * When the person's score or stage will next change without a new event, after
   * {@code after}: the next inactivity stamp, or (with decay) the first minute at which the
   * stage would change. Empty when nothing is due (or not within ten half-lives).
   */
  public Optional<Long> nextChange(PersonState person, long after, AccountTraits accountTraits) {
    return new ScoreReader(this, stages, failures).nextChange(person, after, accountTraits);
  }

  /** One thread's reusable objects for {@link #apply}. */
  private static final class Scratch {
    final Outcome outcome;
    final Vars vars = Vars.reusable();

    Scratch(int stageValues) {
      this.outcome = new Outcome(stageValues);
    }
  }

  /**
   * Collects what one event changed; allocates only when something did. A single award (the
   * usual case) is held as is and handed over as {@code List.of(a)}, which
   * {@link PersonUpdate} keeps without copying.
   */
  private static final class Outcome {
    /**
     * Not part of the outcome: the stage values of one stage check ({@link StageEvaluator#valueCount}
     * long), kept here because the outcome is the thread's scratch that every award already has.
     */
    final double[] stageValues;
    private Award first;
    private List<Award> awards;
    private List<StageChange> stageChanges;
    private List<AccountHit> hits;

    Outcome(int stageValues) {
      this.stageValues = new double[stageValues];
    }

    /** Forgets the last event's changes (already handed over in a {@link PersonUpdate}). */
    void reset() {
      first = null;
      awards = null;
      stageChanges = null;
      hits = null;
    }

    void award(Award a) {
      if (first == null) {
        first = a;
        return;
      }
      if (awards == null) {
        awards = new ArrayList<>(4);
        awards.add(first);
      }
      awards.add(a);
    }

    void stage(StageChange c) {
      if (stageChanges == null) {
        stageChanges = new ArrayList<>(1);
      }
      stageChanges.add(c);
    }

    void hit(AccountHit h) {
      if (hits == null) {
        hits = new ArrayList<>(1);
      }
      hits.add(h);
    }

    PersonUpdate build() {
      if (first == null && stageChanges == null && hits == null) {
        return PersonUpdate.NOTHING;
      }
      return new PersonUpdate(awards != null ? awards : first != null ? List.of(first) : List.of(), stageChanges == null ? List.of() : stageChanges,
          hits == null ? List.of() : hits);
    }
  }
}
