package dev.leadpulse.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The append-only log of accepted events. Events are appended by {@link Store#commit}. */
public interface EventLog {

  /**
   * Streams every event with {@code seq > afterSeq}, in {@code seq} order, without holding
   * them all in memory (for replaying the log at start-up and when rescoring).
   */
  void forEach(long afterSeq, Consumer<LoggedEvent> sink);

  /**
   * The events of a person known by these user ids and anonymous ids, newest (by event
   * time) first, at most {@code limit}: the events whose user id is one of {@code userIds},
   * and the events without a user id whose anonymous id is one of {@code anonymousIds} (an
   * event with a user id belongs to that user, whatever its anonymous id).
   */
  List<LoggedEvent> of(Collection<String> userIds, Collection<String> anonymousIds, int limit);

  /** How many events are stored. */
  long count();

  /** The highest {@code seq} stored, or 0 when the log is empty. */
  long lastSeq();
}
