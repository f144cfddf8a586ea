package dev.leadpulse.core.model;

import java.time.Duration;

/** The window of a counting rule ({@code within:}): a trailing duration, or the current session. */
public sealed interface Window {
  /** The trailing window {@code (t − length, t]} ending at the event. */
  record Trailing(Duration length) implements Window {
    public Trailing {
      Durations.requirePositiveMinutes(length, "a window");
    }
  }

  /** The person's current session (see {@link Model#sessionGap()}). */
  record Session() implements Window {}

  Window SESSION = new Session();
}
