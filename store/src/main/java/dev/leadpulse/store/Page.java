package dev.leadpulse.store;

import java.util.List;
import java.util.Optional;

/** One page of a list, and the cursor for the next page when there is one. */
public record Page<T>(List<T> items, Optional<String> next) {
  public Page {
    items = List.copyOf(items);
  }
}
