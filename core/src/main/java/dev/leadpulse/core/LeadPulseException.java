package dev.leadpulse.core;

/**
 * The root of the core's small family of unchecked exceptions. The server maps each
 * subclass to an HTTP status in one place; the command line maps them to exit codes.
 */
public abstract class LeadPulseException extends RuntimeException {
  protected LeadPulseException(String message) {
    super(message);
  }

  protected LeadPulseException(String message, Throwable cause) {
    super(message, cause);
  }
}
