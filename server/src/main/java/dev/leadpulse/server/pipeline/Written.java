package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.StageChange;
import java.util.List;

/**
 * What was last written for a person: enough to tell what changed since (a new score point,
 * new stage changes, a move between accounts) without reading the store.
 *
 * @param stages the stage history recorded so far, oldest first
 */
record Written(long score, String stage, String account, List<StageChange> stages) {
  static final Written NOTHING = new Written(Long.MIN_VALUE, "", "", List.of());

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
