package dev.leadpulse.core.plays;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plays file: the owners, the plays (kept highest priority first, file order among
 * equals) and the delivery settings. Ids are unique; every owner an action names exists.
 */
public record Plays(List<Owner> owners, List<Play> plays, Settings settings) {
  public static final Plays NONE = new Plays(List.of(), List.of(), Settings.DEFAULT);

  /**
   * How alerts go out.
   *
   * @param alertsPerOwnerPerHour the most alerts one owner gets in an hour; the rest become tasks only
   * @param personUrl   a template for the link to a person's page ({@code {{person.id}}})
   * @param smtpHost    the SMTP server for email actions; empty when email is not set up
   * @param mailFrom    the sender of alert emails
   * @param maxAttempts attempts before a delivery goes to the dead-letter list
   */
  public record Settings(int alertsPerOwnerPerHour, String personUrl, String smtpHost, int smtpPort, String mailFrom,
      int maxAttempts) {
    public static final Settings DEFAULT = new Settings(20, "http://localhost:8080/api/people/{{person.id}}", "", 25,
        "leadpulse@localhost", 8);

    public Settings {
      Checks.require(alertsPerOwnerPerHour >= 1, "alerts_per_owner_per_hour must be at least 1");
      Checks.require(maxAttempts >= 1 && maxAttempts <= 50, "max_attempts must be from 1 to 50");
      Checks.require(smtpPort > 0 && smtpPort < 65_536, "smtp port must be from 1 to 65535");
      Objects.requireNonNull(personUrl, "personUrl");
      Objects.requireNonNull(smtpHost, "smtpHost");
      Objects.requireNonNull(mailFrom, "mailFrom");
    }
  }

  public Plays {
    owners = List.copyOf(owners);
    plays = plays.stream().sorted(Comparator.comparingInt(Play::priority).reversed()).toList();
    Objects.requireNonNull(settings, "settings");
    Set<String> ownerIds = new HashSet<>();
    owners.forEach(o -> Checks.require(ownerIds.add(o.id()), "owner %s is listed twice", o.id()));
    Set<String> playIds = new HashSet<>();
    for (Play p : plays) {
      Checks.require(playIds.add(p.id()), "play %s is listed twice", p.id());
      p.assign().ifPresent(a -> a.rules().forEach(r -> r.owner().ifPresent(o ->
          Checks.require(ownerIds.contains(o), "play %s routes to owner %s, who is not listed", p.id(), o))));
    }
  }

  public Optional<Owner> owner(String id) {
    return owners.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  public Optional<Play> play(String id) {
    return plays.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Owners of {@code team} in file order; every owner for an empty team. */
  public List<Owner> team(String team) {
    return owners.stream().filter(o -> team.isEmpty() || o.team().equals(team)).toList();
  }

  /** Teams by name, in file order of their first owner. */
  public Map<String, List<Owner>> teams() {
    Map<String, List<Owner>> out = new LinkedHashMap<>();
    owners.forEach(o -> out.computeIfAbsent(o.team(), t -> new java.util.ArrayList<>()).add(o));
    return out;
  }
}
