package dev.leadpulse.core.condition;

import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;

/**
 * Condition variables readable without wrapping each value in an {@link Optional}: the
 * fast paths read {@code properties} on every event, so the engine's variables implement
 * this. {@link #find} (what CEL calls) gives the same values.
 */
public interface Variables extends CelVariableResolver {
  /** {@link #member}'s answer when the variable is not a map (or is absent). */
  Object NOT_A_MAP = new Object();
  /** {@link #member}'s answer when the map does not hold the key. */
  Object ABSENT = new Object();

  /** The variable's value, or null when it is absent. */
  Object value(String name);

  /**
   * The value under {@code key} in the map variable {@code name} (null when the map holds
   * the key with a null value), {@link #ABSENT} when the map lacks the key, or
   * {@link #NOT_A_MAP}. An implementation may remember the last answer while its variables
   * cannot change; both strings are interned, so they may be compared by identity.
   */
  default Object member(String name, String key) {
    return lookup(value(name), key);
  }

  /** {@link #member} of an already resolved value. */
  static Object lookup(Object variable, String key) {
    if (!(variable instanceof java.util.Map<?, ?> m)) {
      return NOT_A_MAP;
    }
    Object v = m.get(key);
    return v != null || m.containsKey(key) ? v : ABSENT;
  }

  @Override
  default Optional<Object> find(String name) {
    return Optional.ofNullable(value(name));
  }
}
