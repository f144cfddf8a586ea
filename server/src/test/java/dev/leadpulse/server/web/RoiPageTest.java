package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Users.Role;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ROI calculator over HTTP: defaults from the data (Dana and Fox reach MQL, Walter does not;
 * two owners), the worked figures, and the fragment htmx asks for as you type.
 */
class RoiPageTest {
  @TempDir
  Path dir;

  private TestServer server;
  private Signed admin;

  @BeforeEach
  void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.threeLeads(server);
    admin = Signed.in(server, "boss", Role.ADMIN, "");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void needsASignIn() {
    assertThat(server.anonymous().get("/roi").status()).isEqualTo(302);
    assertThat(server.anonymous().get("/roi/figures").status()).isEqualTo(302);
  }

  @Test
  void withoutConversionsTheRatesAreExamplesSaidToBe() {
    String page = admin.get("/roi").body();
    assertThat(page).contains("name=\"leads\" value=\"2\"")
        .contains("From your data: 2 people reached MQL or a later stage in the last 30 days.")
        .contains("name=\"baseline\" value=\"2\"").contains("No conversions recorded yet.")
        .contains("name=\"scored\" value=\"5\"").contains("No one who reached MQL has converted yet.")
        .contains("name=\"reps\" value=\"2\"").contains("From your data: 2 owners in the plays file.");
  }

  @Test
  void ratesComeFromTheDataOnceLeadsConvert() {
    assertThat(admin.post("/people/dana/verdict", Map.of("verdict", "converted")).status()).isEqualTo(200);
    String page = admin.get("/roi").body();
    assertThat(page).contains("name=\"baseline\" value=\"33.33\"")
        .contains("1 of all 3 people scored converted")
        .contains("name=\"scored\" value=\"50\"").contains("1 of the 2 people who reached MQL converted");
    // 2 leads a month: 24 a year; 12 new deals at 50%, 7.9992 at 33.33%; lift 4.0008 × 12,000 = 48,009.60;
    // savings 2 × 3 × 50 × 52 = 15,600; ROI (48,009.60 + 15,600 − 20,000) ÷ 20,000 × 100 = 218.048 → 218%.
    assertThat(page).contains("id=\"roi-lift\">$48,009.60").contains("id=\"roi-savings\">$15,600")
        .contains("id=\"roi-percent\">218%").contains("New deals = 24 × 50%").contains("Expected deals = 24 × 33.33%")
        .as("worked numbers are exact").contains("<td class=\"num\">7.9992</td>")
        .contains("12 × $12,000 − 7.9992 × $12,000");
  }

  @Test
  void theFiguresFollowTheInputsAndShowTheirWorking() {
    String figures = admin.htmx("/roi/figures?leads=200&acv=12000&baseline=2&scored=5&reps=5&hours=3&hourly=50"
        + "&cost=20000").body();
    assertThat(figures).doesNotContain("<html").contains("id=\"roi-percent\">4,415%")
        .contains("id=\"roi-lift\">$864,000").contains("id=\"roi-savings\">$39,000")
        .contains("Leads a year = 200 a month × 12").contains("120 × $12,000 − 48 × $12,000")
        .contains("5 × 3 h × $50 × 52").contains("($864,000 + $39,000 − $20,000) ÷ $20,000 × 100");
    assertThat(admin.get("/roi?leads=200&acv=12000&baseline=2&scored=5&reps=5&hours=3&hourly=50&cost=20000").body())
        .contains("name=\"leads\" value=\"200\"").contains("id=\"roi-percent\">4,415%")
        .contains("hx-get=\"/roi/figures\"");
  }

  @Test
  void aWrongInputSaysWhichAndWhy() {
    assertThat(admin.htmx("/roi/figures?acv=lots").body()).contains("Annual contract value (ACV) must be a number.");
    assertThat(admin.htmx("/roi/figures?scored=120").body()).contains("at most 100");
    assertThat(admin.htmx("/roi/figures?reps=-2").body()).contains("cannot be negative");
    assertThat(admin.htmx("/roi/figures?cost=0").body()).contains("No cost entered").contains("id=\"roi-percent\">\u2013");
  }
}
