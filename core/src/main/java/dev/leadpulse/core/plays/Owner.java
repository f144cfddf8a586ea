package dev.leadpulse.core.plays;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sales rep that plays assign leads to and alert.
 *
 * @param team       the team round robin picks within; empty when none
 * @param regions    the regions the rep covers (for routing by region), e.g. EMEA
 * @param industries the industries the rep covers (for routing by industry)
 */
public record Owner(String id, String name, String email, String team, List<String> regions, List<String> industries) {
  /** Owner and play ids: letters, digits, '_', '.' and '-'. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

  public Owner {
    Objects.requireNonNull(id, "id");
    Checks.require(ID.matcher(id).matches(), "owner id \"%s\" may hold only letters, digits, '_', '.' and '-'", id);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(team, "team");
    regions = List.copyOf(regions);
    industries = List.copyOf(industries);
  }
}
