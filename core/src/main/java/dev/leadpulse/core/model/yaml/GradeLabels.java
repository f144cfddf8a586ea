package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.model.Grades;
import java.util.List;

/**
 * The label below every threshold: after letters A, B, C comes D; after digits 1, 2, 3
 * comes 4; for other labels, "-".
 */
final class GradeLabels {
  private GradeLabels() {}

  static String after(List<Grades.Threshold> thresholds) {
    List<String> labels = thresholds.stream().map(Grades.Threshold::label).toList();
    if (labels.stream().allMatch(l -> l.matches("[0-9]+"))) {
      return String.valueOf(labels.stream().mapToLong(Long::parseLong).max().orElse(0) + 1);
    }
    if (labels.stream().allMatch(l -> l.matches("[A-Y]"))) {
      return String.valueOf((char) (labels.stream().mapToInt(l -> l.charAt(0)).max().orElse('A') + 1));
    }
    return "-";
  }
}
