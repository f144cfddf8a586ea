package dev.leadpulse.core.engine.stages;

import static dev.leadpulse.core.testing.Events.identify;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grade is a fit letter and an engagement digit: a value at or above a threshold earns
 * its label, below every threshold the next letter (D) or digit (4).
 */
class GradesTest {
  private static Model withFit(int fitPoints) {
    return Scoring.model("""
        name: grades
        fit:
          - id: fit-points
            when: 'true'
            points: %d
        engagement:
          - id: click
            event: Click
            points: 10
        grades:
          fit: { A: 30, B: 15, C: 5 }
          engagement: { 1: 80, 2: 50, 3: 20 }
        """.formatted(fitPoints));
  }

  @ParameterizedTest(name = "fit {0}, {1} clicks → {2}")
  @CsvSource({
      "30, 8, A1",
      "29, 7, B2",
      "15, 5, B2",
      "14, 4, C3",
      "5, 2, C3",
      "4, 1, D4",
      "0, 0, D4",
  })
  void gradeAtAndBelowEachThreshold(int fit, int clicks, String grade) {
    List<Event> events = new ArrayList<>();
    events.add(identify("m-id", "u1", T0, "name", "Pat"));
    for (int i = 0; i < clicks; i++) {
      events.add(track("m" + i, "u1", "Click", T0 + (i + 1) * MINUTE));
    }

    var score = person(fed(withFit(fit), events.toArray(Event[]::new)), "u1", T0 + 10 * MINUTE);

    assertThat(score.grade()).isEqualTo(grade);
  }

  @org.junit.jupiter.api.Test
  void aModelWithoutGradesGradesNobody() {
    Model noGrades = Scoring.model("""
        name: no-grades
        engagement:
          - id: click
            event: Click
            points: 10
        """);

    assertThat(person(fed(noGrades, track("m1", "u1", "Click", T0)), "u1", T0).grade()).isEmpty();
  }
}
