package dev.leadpulse.core.event;

import java.util.Locale;
import java.util.Optional;

/** The Segment message types LeadPulse accepts. */
public enum MessageType {
  TRACK, PAGE, SCREEN, IDENTIFY, GROUP, ALIAS;

  /**
   * Whether the message is something the person did ({@code track}, {@code page},
   * {@code screen}): only these are scored as engagement, open sessions and end idle
   * stretches. {@code identify}, {@code group} and {@code alias} change traits and identity.
   */
  public boolean isActivity() {
    return this == TRACK || this == PAGE || this == SCREEN;
  }

  /** The lower-case name used on the wire. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named {@code wire} ({@code "track"}, …), or empty for an unknown name. */
  public static Optional<MessageType> fromWire(String wire) {
    for (MessageType t : values()) {
      if (t.wireName().equals(wire)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
