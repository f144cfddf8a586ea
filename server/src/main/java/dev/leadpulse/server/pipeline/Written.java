package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.StageChange;
import java.util.List;
import java.util.Map;

/**
 * What was last written for a person: enough to tell what changed since (a new score point,
 * new stage changes, a move between accounts) without reading the store.
 *
 * @param stages     the stage history recorded so far, oldest first
 * @param traits     the engine's traits map written last, or null when unknown; the engine
 *                   replaces the map whenever traits change, so the same map means the same
 *                   traits and {@code traitsJson} can be written again as it is
 * @param traitsJson {@code traits} as JSON
 */
record Written(long score, String stage, String account, List<StageChange> stages, Map<String, Object> traits,
    String traitsJson) {
  static final Written NOTHING = new Written(Long.MIN_VALUE, "", "", List.of(), null, "");

  Written {
    stages = List.copyOf(stages);
  }

  /** The changes in {@code history} not yet recorded: those after the longest common prefix. */
  List<StageChange> unrecorded(List<StageChange> history) {
    int common = 0;
    while (common < stages.size() && common < history.size() && stages.get(common).equals(history.get(common))) {
      common++;
    }
    return history.subList(common, history.size());
  }
}
