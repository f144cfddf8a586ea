package dev.leadpulse.core.plays;

import dev.leadpulse.core.condition.ConditionFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The pure decision: given one person's change ({@link Situation}) and what the plays
 * remember ({@link PlayState}, read only), which plays fire and which are suppressed, and why.
 *
 * <p>Plays are considered highest priority first. For each play whose trigger happened and
 * whose {@code when} holds:
 * <ol>
 *   <li>in its cooldown for this person: suppressed ("cooldown until T");</li>
 *   <li>a higher-priority play fired for this person now, or is still in its cooldown for
 *       them: suppressed ("suppressed by P, cooldown until T");</li>
 *   <li>otherwise it fires. An assign picks an owner (keeping an existing one unless
 *       {@code reassign}); when the owner already had the hourly limit of alerts, the alerts
 *       are held and a task is made instead.</li>
 * </ol>
 * A threshold crossing disarms its trigger even when the play is then suppressed: the
 * crossing is spent, and the trigger re-arms only under the hysteresis.
 *
 * <p>When deciding for several people in one commit, apply each decision to the state
 * before deciding the next (so accounts, round robin and alert limits see each other).
 *
 * <p>The account's score is read (from the situation's {@link AccountView}) only for plays that
 * {@link Play#readsAccountScore() read it}, and only once their trigger is reached (for
 * {@code account_score_above}, to see whether it is).
 */
public final class Decider {
  private Decider() {}

  public static Decision decide(Plays plays, Situation s, PlayState state, ConditionFailures failures) {
    List<Decision.Outcome> outcomes = new ArrayList<>();
    List<Decision.Arming> armings = new ArrayList<>();
    Map<String, Integer> cursors = new HashMap<>();
    Optional<Owner> owner = state.owner(s.id()).flatMap(plays::owner);
    Optional<Owner> assigned = Optional.empty();
    int alertsNow = 0;
    PlayVariables vars = null;
    for (Play p : plays.plays()) {
      OptionalLong peak = Triggers.happened(p, s, state, armings);
      if (peak.isEmpty()) {
        continue;
      }
      if (p.when().isPresent()) {
        vars = vars == null ? new PlayVariables(s) : vars;
        if (!p.when().get().test(vars.resolver(p.readsAccountScore()), failures, "play " + p.id())) {
          continue;
        }
      }
      String summary = Reasons.summary(p.trigger(), s, peak.getAsLong());
      Optional<String> suppressed = cooldown(p, s, state).or(() -> suppressor(plays, p, s, state, outcomes));
      if (suppressed.isPresent()) {
        outcomes.add(new Decision.Suppressed(p, summary, suppressed.get()));
        continue;
      }
      if (p.assign().isPresent() && (owner.isEmpty() || p.assign().get().reassign())) {
        Optional<Routing.Pick> pick = Routing.pick(plays, p.assign().get(), s, state, cursors);
        if (pick.isPresent()) {
          pick.get().cursor().ifPresent(c -> cursors.put(c.getKey(), c.getValue()));
          if (owner.isEmpty() || !owner.get().equals(pick.get().owner())) {
            assigned = Optional.of(pick.get().owner());
          }
          owner = Optional.of(pick.get().owner());
        }
      }
      List<Action> actions = p.actions();
      String note = "";
      boolean held = false;
      if (p.alerts() && owner.isPresent()) {
        int had = state.alertsInHour(owner.get().id(), s.now()) + alertsNow;
        if (had >= plays.settings().alertsPerOwnerPerHour()) {
          held = true;
          note = "alerts held: " + owner.get().name() + " had " + had + " alerts in the last hour (limit "
              + plays.settings().alertsPerOwnerPerHour() + "); a task instead";
          actions = tasksOnly(actions);
        } else {
          alertsNow++;
        }
      }
      outcomes.add(new Decision.Fired(p, summary, owner, actions, held, note));
    }
    return new Decision(s.id(), s.now(), outcomes, armings, assigned, cursors);
  }

  private static Optional<String> cooldown(Play p, Situation s, PlayState state) {
    OptionalLong last = state.lastFired(s.id(), p.id());
    if (last.isEmpty() || p.cooldown().isZero()) {
      return Optional.empty();
    }
    long until = last.getAsLong() + p.cooldown().toMillis();
    return s.now() < until ? Optional.of("cooldown until " + Instant.ofEpochMilli(until)) : Optional.empty();
  }

  /** A higher-priority play that fired now, or whose cooldown for this person still runs. */
  private static Optional<String> suppressor(Plays plays, Play p, Situation s, PlayState state,
      List<Decision.Outcome> now) {
    for (Decision.Outcome o : now) {
      if (o instanceof Decision.Fired f && f.play().priority() > p.priority()) {
        return Optional.of("suppressed by " + f.play().id() + ", which fired now");
      }
    }
    for (Play q : plays.plays()) {
      if (q.priority() <= p.priority()) {
        break;
      }
      OptionalLong last = state.lastFired(s.id(), q.id());
      if (last.isPresent() && s.now() < last.getAsLong() + q.cooldown().toMillis()) {
        return Optional.of("suppressed by " + q.id() + ", cooldown until "
            + Instant.ofEpochMilli(last.getAsLong() + q.cooldown().toMillis()));
      }
    }
    return Optional.empty();
  }

  /** The actions without alerts, with a task when there was none: held alerts queue as tasks. */
  private static List<Action> tasksOnly(List<Action> actions) {
    List<Action> out = new ArrayList<>(actions.stream().filter(a -> !a.isAlert()).toList());
    if (out.stream().noneMatch(Action.Task.class::isInstance)) {
      out.add(new Action.Task("Follow up with {{person.name}}: {{trigger.summary}}", java.time.Duration.ofHours(1),
          "normal"));
    }
    return out;
  }
}
