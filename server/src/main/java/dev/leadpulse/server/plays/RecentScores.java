package dev.leadpulse.server.plays;

import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Situation;
import dev.leadpulse.core.plays.Trigger;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.Store;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People's recent score points, for {@code score_dropped}: kept in memory for the longest
 * drop window, read from the store's score history the first time a person is seen. Holds
 * nothing when no play watches drops. Used by the writer thread alone.
 */
final class RecentScores {
  private static final int STORED = 200;

  private final Store store;
  private final long window;
  private final Map<String, ArrayDeque<Situation.ScoreAt>> byPerson = new HashMap<>();

  RecentScores(Plays plays, Store store) {
    this.store = store;
    this.window = plays.plays().stream().map(p -> p.trigger()).filter(Trigger.ScoreDropped.class::isInstance)
        .mapToLong(t -> ((Trigger.ScoreDropped) t).within().toMillis()).max().orElse(0);
  }

  /** Takes in a commit's score points (written after the commit's earlier reads). */
  void saw(List<ScorePoint> points) {
    if (window == 0) {
      return;
    }
    for (ScorePoint p : points) {
      ArrayDeque<Situation.ScoreAt> q = load(p.person());
      q.addLast(new Situation.ScoreAt(p.time(), p.score()));
      while (q.size() > 1 && q.peekFirst().time() < p.time() - window) {
        q.pollFirst();
      }
    }
  }

  List<Situation.ScoreAt> of(String person) {
    return window == 0 ? List.of() : List.copyOf(load(person));
  }

  void clear() {
    byPerson.clear();
  }

  void forget(String person) {
    byPerson.remove(person);
  }

  private ArrayDeque<Situation.ScoreAt> load(String person) {
    return byPerson.computeIfAbsent(person, k -> {
      ArrayDeque<Situation.ScoreAt> q = new ArrayDeque<>();
      store.scores().history(k, STORED).forEach(p -> q.addLast(new Situation.ScoreAt(p.time(), p.score())));
      return q;
    });
  }
}
