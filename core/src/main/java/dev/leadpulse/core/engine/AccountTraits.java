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

  /** No account has traits. */
  AccountTraits NONE = (accountId, time) -> Map.of();
}
