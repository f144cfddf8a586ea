package dev.leadpulse.core.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scoring model: the contract of what every score means (see the model guide).
 *
 * @param name       {@code [a-z0-9-]+}
 * @param version    assigned by the server on publish; 0 for a file without one
 * @param accounts   how people group into accounts
 * @param sessionGap the longest gap inside a session
 * @param fit        fit rules, in file order
 * @param engagement engagement rules, in file order
 * @param caps       category → the most it may add, in hundredths
 * @param decay      the half-life of engagement awards, if they decay
 * @param floor      the least the engagement part reads, in hundredths, if set
 * @param stages     from lowest to highest
 * @param grades     the fit × engagement matrix, if set
 */
public record Model(String name, int version, Accounts accounts, Duration sessionGap,
    List<FitRule> fit, List<EngagementRule> engagement, Map<String, Long> caps,
    Optional<Decay> decay, Optional<Long> floor, List<Stage> stages, Optional<Grades> grades) {

  public static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
  public static final Duration DEFAULT_SESSION_GAP = Duration.ofMinutes(30);

  public Model {
    Objects.requireNonNull(name, "name");
    Checks.require(NAME.matcher(name).matches(), "the model name \"%s\" may hold only a-z, 0-9 and '-'", name);
    Checks.require(version >= 0, "version must not be negative");
    Objects.requireNonNull(accounts, "accounts");
    Durations.requirePositiveMinutes(sessionGap, "session_gap");
    fit = List.copyOf(fit);
    engagement = List.copyOf(engagement);
    caps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(caps));
    caps.forEach((category, cap) -> Checks.require(cap >= 0, "the cap of %s must not be negative", category));
    Objects.requireNonNull(decay, "decay");
    Objects.requireNonNull(floor, "floor");
    stages = List.copyOf(stages);
    Objects.requireNonNull(grades, "grades");
    Set<String> ids = new HashSet<>();
    for (FitRule r : fit) {
      Checks.require(ids.add(r.id()), "rule id %s is used twice", r.id());
    }
    for (EngagementRule r : engagement) {
      Checks.require(ids.add(r.id()), "rule id %s is used twice", r.id());
    }
    Set<String> stageNames = new HashSet<>();
    for (Stage s : stages) {
      Checks.require(stageNames.add(s.name()), "stage %s is named twice", s.name());
    }
    for (EngagementRule r : engagement) {
      r.info().stage().ifPresent(s -> Checks.require(stageNames.contains(s),
          "rule %s promotes to stage %s, which stages does not name", r.id(), s));
    }
  }

  /** The index of the stage named {@code stageName} (0 = lowest), or -1. */
  public int stageIndex(String stageName) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equals(stageName)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any fit or engagement rule is scoped to the account. */
  public boolean hasAccountRules() {
    return engagement.stream().anyMatch(r -> r instanceof AccountRule)
        || fit.stream().anyMatch(r -> r.scope() == FitRule.Scope.ACCOUNT);
  }

  /** A copy with {@code newVersion}. */
  public Model withVersion(int newVersion) {
    return new Model(name, newVersion, accounts, sessionGap, fit, engagement, caps, decay, floor, stages, grades);
  }
}
