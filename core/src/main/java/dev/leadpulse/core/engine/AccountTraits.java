package dev.leadpulse.core.engine;

import java.util.Map;

/**
 * An account's traits as they stood at a time: every {@code group} call naming the account
 * up to and including that time, merged key by key in event-time order.
 */
@FunctionalInterface
public interface AccountTraits {
  /** The traits of {@code accountId} at {@code time} (epoch ms); empty when none. */
  Map<String, Object> at(String accountId, long time);

  /**
   * The traits of {@code accountId} as they stood at the event ({@code time}, {@code messageId}):
   * {@code group} calls at that same time count only up to and including that event, in
   * event-time order. By default, as {@link #at(String, long)}.
   */
  default Map<String, Object> at(String accountId, long time, String messageId) {
    return at(accountId, time);
  }

  /** No account has traits. */
  AccountTraits NONE = (accountId, time) -> Map.of();
}
