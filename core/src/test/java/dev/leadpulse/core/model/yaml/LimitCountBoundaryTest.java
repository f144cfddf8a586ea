package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.model.EventRule;
import dev.leadpulse.core.model.Limit;
import dev.leadpulse.core.model.Model;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A limit's count may be 1 to 10,000 (as {@link Limit.PerWindow} says): the largest reads,
 * and a model holding it writes and reads back; one more is reported on the limit's line.
 */
class LimitCountBoundaryTest {
  private static String yaml(int count) {
    return """
        name: big-limit
        engagement:
          - id: ping
            event: Ping
            points: 1
            limit: %d per 1d
        """.formatted(count);
  }

  @Test
  void tenThousandPerWindowReads() {
    Model model = ModelReader.read(yaml(10_000));

    assertThat(((EventRule) model.engagement().get(0)).limit()).isEqualTo(new Limit.PerWindow(10_000, Duration.ofDays(1)));
    assertThat(ModelReader.read(ModelWriter.write(model))).isEqualTo(model);
  }

  @Test
  void moreThanTenThousandIsReportedOnTheLimitLine() {
    assertThat(ModelReader.problems(yaml(10_001))).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.ruleId()).isEqualTo("ping");
    });
  }
}
