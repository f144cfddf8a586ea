package dev.leadpulse.core.engine;

/**
 * Where a person stands among the model's stages: the current stage, the floor that sticky
 * stages keep, and the floor that {@code stage:} promotions set. Indexes into the model's
 * stage list; -1 is "no stage". {@link PersonState} extends it, so that a person's own
 * tracker costs no object; {@link #copy} gives a detached one.
 */
class StageTracker {
  /** Stage indexes fit 16 bits ({@link CompiledModel} refuses more stages), so the floors are shorts. */
  static final int MAX_STAGES = Short.MAX_VALUE;

  int current = -1;
  short stickyFloor = -1;
  short promotedFloor = -1;

  /** Sets the promotion floor to stage {@code index}. */
  void promotedTo(int index) {
    promotedFloor = (short) index;
  }

  /** Raises the sticky floor to stage {@code index} if it is higher. */
  void keepAtLeast(int index) {
    stickyFloor = (short) Math.max(stickyFloor, index);
  }

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
