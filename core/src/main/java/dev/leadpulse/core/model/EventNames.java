package dev.leadpulse.core.model;

import java.util.LinkedHashSet;
import java.util.List;

/** Checks a rule's list of event names. */
final class EventNames {
  private EventNames() {}

  static List<String> check(String ruleId, List<String> events) {
    Checks.require(events != null && !events.isEmpty(), "rule %s: names no event", ruleId);
    for (String e : events) {
      Checks.require(e != null && !e.isBlank(), "rule %s: an event name is empty", ruleId);
    }
    Checks.require(new LinkedHashSet<>(events).size() == events.size(), "rule %s: an event is named twice", ruleId);
    return List.copyOf(events);
  }
}
