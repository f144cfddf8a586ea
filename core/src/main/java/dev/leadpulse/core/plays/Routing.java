package dev.leadpulse.core.plays;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks an owner for an {@link Action.Assign}: the first routing rule that matches decides
 * (an owner, or round robin within a team); otherwise the assign's strategy within its team
 * (round robin over the team, or round robin over the team's owners covering the person's
 * region, falling back to the whole team when none covers it).
 */
final class Routing {
  /** The owner picked, and the team's next round-robin position when round robin moved. */
  record Pick(Owner owner, Optional<Map.Entry<String, Integer>> cursor) {}

  private Routing() {}

  static Optional<Pick> pick(Plays plays, Action.Assign assign, Situation s, PlayState state,
      Map<String, Integer> cursors) {
    for (Action.Route r : assign.rules()) {
      if (matches(r, s)) {
        if (r.owner().isPresent()) {
          return plays.owner(r.owner().get()).map(o -> new Pick(o, Optional.empty()));
        }
        return roundRobin(r.team().orElseThrow(), plays.team(r.team().orElseThrow()), state, cursors);
      }
    }
    List<Owner> team = plays.team(assign.team());
    if (assign.strategy() == Action.Assign.Strategy.REGION) {
      String region = text(s, "region");
      List<Owner> covering = team.stream().filter(o -> containsIgnoreCase(o.regions(), region)).toList();
      if (!covering.isEmpty()) {
        return roundRobin(assign.team() + "@" + region.toLowerCase(Locale.ROOT), covering, state, cursors);
      }
    }
    return roundRobin(assign.team(), team, state, cursors);
  }

  /** Round robin: the owner at the team's position, and the position after it. */
  static Optional<Pick> roundRobin(String cursorKey, List<Owner> owners, PlayState state, Map<String, Integer> cursors) {
    if (owners.isEmpty()) {
      return Optional.empty();
    }
    int at = Math.floorMod(cursors.getOrDefault(cursorKey, state.cursor(cursorKey)), owners.size());
    int next = (at + 1) % owners.size();
    return Optional.of(new Pick(owners.get(at), Optional.of(Map.entry(cursorKey, next))));
  }

  static boolean matches(Action.Route r, Situation s) {
    if (!r.regions().isEmpty() && !containsIgnoreCase(r.regions(), text(s, "region"))) {
      return false;
    }
    if (!r.industries().isEmpty() && !containsIgnoreCase(r.industries(), text(s, "industry"))) {
      return false;
    }
    if (r.minEmployees() > 0 || r.maxEmployees() < Long.MAX_VALUE) {
      Optional<Object> employees = s.trait("employees");
      if (employees.isEmpty() || !(employees.get() instanceof Number n)) {
        return false;
      }
      return n.doubleValue() >= r.minEmployees() && n.doubleValue() <= r.maxEmployees();
    }
    return true;
  }

  private static String text(Situation s, String key) {
    return s.trait(key).map(Object::toString).orElse("");
  }

  private static boolean containsIgnoreCase(List<String> values, String v) {
    return !v.isEmpty() && values.stream().anyMatch(x -> x.equalsIgnoreCase(v));
  }
}
