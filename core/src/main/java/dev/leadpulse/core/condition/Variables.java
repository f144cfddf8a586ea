package dev.leadpulse.core.condition;

import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;

/**
 * Condition variables readable without wrapping each value in an {@link Optional}: the
 * fast paths read {@code properties} on every event, so the engine's variables implement
 * this. {@link #find} (what CEL calls) gives the same values.
 */
public interface Variables extends CelVariableResolver {
  /** The variable's value, or null when it is absent. */
  Object value(String name);

  @Override
  default Optional<Object> find(String name) {
    return Optional.ofNullable(value(name));
  }
}
