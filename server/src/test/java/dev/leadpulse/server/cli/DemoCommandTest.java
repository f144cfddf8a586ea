package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code leadpulse demo}: the server takes the simulated activity over HTTP, stages change
 * while one watches, and the hot leads say why.
 */
class DemoCommandTest {
  @Test
  void showsStageChangesAndHotLeadsWithReasons() {
    Cli cli = Cli.run("demo", "--people", "80", "--days", "10", "--pace", "0", "--top", "5", "--port", "0", "--exit");
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("LeadPulse demo is running at http://localhost:")
        .contains("admin token: lpa_demo_").contains("write key:   wk_demo_");
    assertThat(cli.out()).contains("Live feed of stage changes:").containsPattern("→ (MQL|PQL|SQL)")
        .contains("Hot leads as of").containsPattern("\\(\\+[0-9.]+\\)");
    assertThat(cli.out()).contains("Tasks the plays made").containsPattern("(ana|raj) +high +(Call|Book the demo with) ");
    assertThat(cli.out()).doesNotContain("u:user-").doesNotContain("a:anon-");
    assertThat(cli.out().lines().filter(l -> l.contains("@")).count()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theSameSeedGivesTheSameLeads() {
    String a = Cli.run("demo", "--people", "40", "--days", "7", "--pace", "0", "--seed", "3", "--port", "0", "--exit").out();
    String b = Cli.run("demo", "--people", "40", "--days", "7", "--pace", "0", "--seed", "3", "--port", "0", "--exit").out();
    assertThat(strip(a)).isEqualTo(strip(b));
  }

  /**
   * Drops the lines that carry wall-clock times and durations, and the score in a task's title:
   * plays read it as of the commit, so decay can move its second decimal from run to run.
   */
  private static String strip(String out) {
    return out.lines().filter(l -> !l.contains(" ms.") && !l.contains("Hot leads as of") && !l.contains("lpa_demo_")
        && !l.contains("wk_demo_") && !l.contains("leadpulse-demo") && !l.contains("localhost:"))
        .map(l -> l.replaceAll("^  [A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d", "")
            .replaceAll("score reached [0-9.]+", "score reached …")).reduce("", (x, y) -> x + y + "\n");
  }
}
