package dev.leadpulse.store;

import dev.leadpulse.core.LeadPulseException;

/** The store could not do what was asked: the database failed or refused. Unchecked. */
public final class StoreException extends LeadPulseException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
