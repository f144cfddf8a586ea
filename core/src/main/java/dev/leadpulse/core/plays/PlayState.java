package dev.leadpulse.core.plays;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the plays remember between changes: when each play last fired for each person
 * (cooldowns, priority suppression), which threshold triggers are disarmed, each person's
 * owner, each team's round-robin position, and each owner's alerts in the last hour.
 *
 * <p>Changed only by {@link #apply} (and the {@code remember…} loaders at start-up). Not
 * thread-safe: one writer owns it.
 */
public final class PlayState {
  private static final long HOUR = 3_600_000L;

  private final Map<String, Map<String, Long>> lastFired = new HashMap<>();
  private final Set<String> disarmed = new HashSet<>();
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, Integer> cursors = new HashMap<>();
  private final Map<String, ArrayDeque<Long>> alerts = new HashMap<>();

  public OptionalLong lastFired(String person, String play) {
    Long t = lastFired.getOrDefault(person, Map.of()).get(play);
    return t == null ? OptionalLong.empty() : OptionalLong.of(t);
  }

  /** Whether {@code play}'s threshold trigger is armed for {@code subject}; armed unless disarmed. */
  public boolean armed(String subject, String play) {
    return !disarmed.contains(key(subject, play));
  }

  public Optional<String> owner(String person) {
    return Optional.ofNullable(owners.get(person));
  }

  /** The next round-robin position in {@code team} (0 when none yet). */
  public int cursor(String team) {
    return cursors.getOrDefault(team, 0);
  }

  /** Alerts {@code owner} got in the hour up to {@code now}. */
  public int alertsInHour(String owner, long now) {
    ArrayDeque<Long> times = alerts.get(owner);
    if (times == null) {
      return 0;
    }
    while (!times.isEmpty() && times.peekFirst() <= now - HOUR) {
      times.pollFirst();
    }
    return times.size();
  }

  /** Takes in what {@code d} decided. */
  public void apply(Decision d) {
    for (Decision.Arming a : d.armings()) {
      if (a.armed()) {
        disarmed.remove(key(a.subject(), a.play()));
      } else {
        disarmed.add(key(a.subject(), a.play()));
      }
    }
    d.assignment().ifPresent(o -> owners.put(d.person(), o.id()));
    cursors.putAll(d.cursors());
    for (Decision.Outcome o : d.outcomes()) {
      if (o instanceof Decision.Fired f) {
        lastFired.computeIfAbsent(d.person(), p -> new HashMap<>()).put(f.play().id(), d.time());
        if (f.alerted()) {
          f.owner().ifPresent(owner -> rememberAlert(owner.id(), d.time()));
        }
      }
    }
  }

  public void rememberFired(String person, String play, long time) {
    lastFired.computeIfAbsent(person, p -> new HashMap<>()).merge(play, time, Math::max);
  }

  public void rememberDisarmed(String subject, String play) {
    disarmed.add(key(subject, play));
  }

  public void rememberOwner(String person, String owner) {
    owners.put(person, owner);
  }

  public void rememberCursor(String team, int next) {
    cursors.put(team, next);
  }

  /** An alert to {@code owner} at {@code time}; call in time order. */
  public void rememberAlert(String owner, long time) {
    alerts.computeIfAbsent(owner, o -> new ArrayDeque<>()).addLast(time);
  }

  /** Forgets a person (after an erasure). */
  public void forget(String person) {
    lastFired.remove(person);
    owners.remove(person);
    disarmed.removeIf(k -> k.startsWith(person + "\u0000"));
  }

  private static String key(String subject, String play) {
    return subject + "\u0000" + play;
  }
}
