package dev.leadpulse.core.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * A counting rule's matching events since it last awarded, per {@code per} key (one queue
 * under the empty key when the rule has no {@code per}).
 */
final class CountState {
  private TimeQueue single;
  private Map<String, TimeQueue> byKey;
  /** The rule's {@code limit}, when it has one (the slot in the person's rule states is taken by this). */
  LimitRing limit;

  TimeQueue queue(String key) {
    if (key.isEmpty() && byKey == null) {
      if (single == null) {
        single = new TimeQueue();
      }
      return single;
    }
    if (byKey == null) {
      byKey = new HashMap<>();
    }
    return byKey.computeIfAbsent(key, k -> new TimeQueue());
  }

  long footprint() {
    long bytes = 24;
    if (limit != null) {
      bytes += limit.footprint();
    }
    if (single != null) {
      bytes += single.footprint();
    }
    if (byKey != null) {
      bytes += 48 + byKey.size() * 32L;
      for (Map.Entry<String, TimeQueue> e : byKey.entrySet()) {
        bytes += e.getValue().footprint() + 40 + e.getKey().length();
      }
    }
    return bytes;
  }
}
