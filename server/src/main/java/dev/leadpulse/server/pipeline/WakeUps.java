package dev.leadpulse.server.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * When each person is next due to change without a new event (an inactivity award, a
 * decay-driven stage change), ordered by time, so that the writer wakes exactly the people
 * due and never scans everyone. A person has at most one wake-up; scheduling again replaces it.
 * Used by the writer thread alone.
 */
final class WakeUps {
  private record WakeUp(long time, String person) implements Comparable<WakeUp> {
    @Override
    public int compareTo(WakeUp o) {
      int byTime = Long.compare(time, o.time);
      return byTime != 0 ? byTime : person.compareTo(o.person);
    }
  }

  private final TreeSet<WakeUp> queue = new TreeSet<>();
  private final Map<String, Long> byPerson = new HashMap<>();

  void schedule(String person, long time) {
    Long was = byPerson.put(person, time);
    if (was != null) {
      if (was == time) {
        return;
      }
      queue.remove(new WakeUp(was, person));
    }
    queue.add(new WakeUp(time, person));
  }

  void cancel(String person) {
    Long was = byPerson.remove(person);
    if (was != null) {
      queue.remove(new WakeUp(was, person));
    }
  }

  /** The earliest wake-up time, if any. */
  OptionalLong next() {
    return queue.isEmpty() ? OptionalLong.empty() : OptionalLong.of(queue.first().time());
  }

  /** Removes and returns the people due at or before {@code now}, at most {@code max}. */
  List<String> due(long now, int max) {
    List<String> out = new ArrayList<>();
    while (!queue.isEmpty() && queue.first().time() <= now && out.size() < max) {
      WakeUp w = queue.pollFirst();
      byPerson.remove(w.person());
      out.add(w.person());
    }
    return out;
  }

  int size() {
    return byPerson.size();
  }

  void clear() {
    queue.clear();
    byPerson.clear();
  }
}
