package dev.leadpulse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PerKeyQueues} behaves as a map from key to queue under any sequence of sets and
 * removes, in pairs and past {@link PerKeyQueues#MAX_PAIRS} keys in a {@code HashMap}.
 */
class PerKeyQueuesTest {
  @Provide
  Arbitrary<List<Integer>> operations() {
    // Key k in 0..39, as k (set) or -1 - k (remove).
    return Arbitraries.integers().between(-40, 39).list().ofMaxSize(200);
  }

  @Property(tries = 500)
  void actsAsAMap(@ForAll("operations") List<Integer> operations) {
    Object holder = null;
    Map<String, long[]> expected = new HashMap<>();
    for (int op : operations) {
      String key = new String(("k" + (op < 0 ? -1 - op : op)).toCharArray());
      if (op >= 0) {
        long[] queue = TimeQueue.add(TimeQueue.empty(), op);
        holder = PerKeyQueues.set(holder, key, queue);
        expected.put(key, queue);
      } else if (PerKeyQueues.find(holder, key) != null) {
        holder = PerKeyQueues.remove(holder, key);
        expected.remove(key);
      }
      for (int k = 0; k < 40; k++) {
        assertThat(PerKeyQueues.find(holder, "k" + k)).isSameAs(expected.get("k" + k));
      }
    }
  }
}
