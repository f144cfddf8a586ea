package dev.leadpulse.core.engine;

/**
 * Where a person stands among the model's stages: the current stage, the floor that sticky
 * stages keep, and the floor that {@code stage:} promotions set. Indexes into the model's
 * stage list; -1 is "no stage". {@link PersonState} extends it, so that a person's own
 * tracker costs no object; {@link #copy} gives a detached one.
 */
class StageTracker {
  int current = -1;
  int stickyFloor = -1;
  int promotedFloor = -1;

  StageTracker copy() {
    StageTracker t = new StageTracker();
    t.current = current;
    t.stickyFloor = stickyFloor;
    t.promotedFloor = promotedFloor;
    return t;
  }

  /** The least stage the person can be in, whatever the conditions say. */
  int floor() {
    return Math.max(stickyFloor, promotedFloor);
  }
}
