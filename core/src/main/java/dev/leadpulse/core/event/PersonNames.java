package dev.leadpulse.core.event;

import java.util.Map;

/**
 * A person's name as people read it, from their merged traits: {@code name}, else their first and
 * last name (Segment's reserved {@code firstName} and {@code lastName}, or {@code first_name} and
 * {@code last_name}). One rule for every place that shows a person: plays' task titles and alerts,
 * and the dashboard.
 */
public final class PersonNames {
  private PersonNames() {}

  /** The name, or empty when the traits hold none. */
  public static String of(Map<String, ?> traits) {
    String name = text(traits, "name");
    if (!name.isEmpty()) {
      return name;
    }
    String first = text(traits, "firstName").isEmpty() ? text(traits, "first_name") : text(traits, "firstName");
    String last = text(traits, "lastName").isEmpty() ? text(traits, "last_name") : text(traits, "lastName");
    return (first + " " + last).strip();
  }

  private static String text(Map<String, ?> traits, String key) {
    return traits.get(key) instanceof String s ? s.strip() : "";
  }
}
