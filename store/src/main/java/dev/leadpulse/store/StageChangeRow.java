package dev.leadpulse.store;

import java.util.Objects;

/**
 * A stage change as recorded for the plays to consume. {@code seq} is assigned by the store
 * (0 in a {@link WriteBatch}) and grows with every recorded change.
 *
 * @param time       when the change happened (event time), epoch ms
 * @param recordedAt the server's clock when it was recorded, epoch ms
 */
public record StageChangeRow(long seq, String person, long time, String from, String to, String why,
    long recordedAt) {
  public StageChangeRow {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(why, "why");
  }
}
