package dev.leadpulse.core.model;

import dev.leadpulse.core.condition.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage of the funnel (MQL, SQL, PQL…). A person is in the highest stage whose
 * {@code when} holds, or a higher one a {@code stage:} rule promoted them to. Sticky stages
 * (the default) are kept when the score drops; {@code sticky: false} lets a stage fall.
 * A stage without {@code when} is reached only by promotion.
 */
public record Stage(String name, Optional<Condition> when, boolean sticky) {
  public Stage {
    Objects.requireNonNull(name, "name");
    Checks.require(!name.isBlank() && name.strip().equals(name), "a stage name must be non-empty without surrounding spaces, got \"%s\"", name);
    Objects.requireNonNull(when, "when");
  }
}
