package dev.leadpulse.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The fit × engagement matrix: a grade is a fit letter and an engagement digit ("A1").
 * Each list holds thresholds from the highest; a value at or above a threshold gets its
 * label; below them all, the {@code fitElse} / {@code engagementElse} label.
 */
public record Grades(List<Threshold> fit, String fitElse, List<Threshold> engagement, String engagementElse) {
  /** A label and the least value, in hundredths, that earns it. */
  public record Threshold(String label, long atLeast) {
    public Threshold {
      Checks.require(label != null && !label.isBlank(), "a grade label must not be empty");
    }
  }

  public Grades {
    fit = sorted(fit);
    engagement = sorted(engagement);
    Objects.requireNonNull(fitElse, "fitElse");
    Objects.requireNonNull(engagementElse, "engagementElse");
  }

  private static List<Threshold> sorted(List<Threshold> list) {
    Checks.require(list != null && !list.isEmpty(), "grades need at least one threshold for fit and for engagement");
    return list.stream().sorted(Comparator.comparingLong(Threshold::atLeast).reversed()).toList();
  }

  /** The grade of a person with {@code fit} and {@code engagement} (hundredths). */
  public String grade(long fitValue, long engagementValue) {
    return label(fit, fitElse, fitValue) + label(engagement, engagementElse, engagementValue);
  }

  private static String label(List<Threshold> thresholds, String otherwise, long value) {
    for (Threshold t : thresholds) {
      if (value >= t.atLeast()) {
        return t.label();
      }
    }
    return otherwise;
  }
}
