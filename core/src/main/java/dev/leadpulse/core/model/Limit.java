package dev.leadpulse.core.model;

import java.time.Duration;
import java.util.Objects;

/** How often a rule may award: without limit, once ever, or at most N in any window D. */
public sealed interface Limit {
  /** No limit: every matching event awards. */
  record None() implements Limit {}

  /** At most one award, ever. */
  record Once() implements Limit {}

  /**
   * At most {@code count} awards in any window {@code (t − window, t]}: an event at t is
   * awarded only if fewer than {@code count} awards of the rule fall in that window.
   */
  record PerWindow(int count, Duration window) implements Limit {
    public PerWindow {
      Checks.require(count >= 1 && count <= 10_000, "a limit's count must be 1 to 10,000, got %s", count);
      Objects.requireNonNull(window, "window");
      Durations.requirePositiveMinutes(window, "a limit's window");
    }
  }

  Limit NONE = new None();
  Limit ONCE = new Once();
}
