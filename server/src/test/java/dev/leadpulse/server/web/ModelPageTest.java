package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.ModelVersions.ModelVersion;
import dev.leadpulse.store.Users.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model page over HTTP: the scoring table, validation that marks problems at their lines
 * without publishing, publishing (admins only) with rescoring progress until done, and the line
 * diff of two versions.
 */
class ModelPageTest {
  /** The fixture's model written out in block style, one key a line; {@code %s} is the pricing rule's points. */
  private static final String DRAFT = """
      name: dashboard-test
      fit:
        - id: vp
          label: VP or above
          when: 'traits.title.contains("VP")'
          points: 20
      engagement:
        - id: pricing
          label: Viewed pricing
          rationale: Pricing interest signals buying intent.
          event: Pricing Viewed
          points: %s
          weight: 1.5
        - { id: demo, label: Requested a demo, event: Demo Requested, points: 30, limit: once }
        - { id: invite, label: Invited a teammate, event: Teammate Invited, points: 5, category: adoption }
      caps: { adoption: 10 }
      decay: { half_life: 90d }
      stages:
        - { name: MQL, when: 'score >= 40' }
        - { name: SQL, when: 'score >= 100' }
      grades:
        fit: { A: 20, B: 10 }
        engagement: { 1: 60, 2: 30 }
      """;

  @TempDir
  Path dir;

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.activity(server, "dana", "Dana Scully", "VP Sales", "Demo Requested", "Pricing Viewed");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theScoringTableShowsEveryRuleWithItsPointsWeightCategoryAndStages() {
    Signed rep = Signed.in(server, "ana", Role.REP, "ana");
    Http.Response page = rep.get("/model");
    assertThat(page.status()).isEqualTo(200);
    String pricing = row(page.body(), "rule-pricing");
    assertThat(pricing).contains("Pricing Viewed", "+10", "Viewed pricing", "\u00d71.5", "= +15",
        "every matching event");
    assertThat(row(page.body(), "rule-invite")).contains("Teammate Invited", "+5", "adoption");
    assertThat(row(page.body(), "rule-vp")).contains("traits.title.contains", "VP or above", "+20");
    assertThat(page.body()).contains("at most 10 points", "score &gt;= 40", "MQL", "SQL", "dashboard-test")
        .contains("version 1 in force");
    assertThat(server.anonymous().get("/model").status()).as("needs a sign-in").isEqualTo(302);
  }

  @Test
  void aRepCanValidateButNeitherSeesNorUsesPublish() {
    Signed rep = Signed.in(server, "ana", Role.REP, "ana");
    assertThat(rep.get("/model").body()).contains("Validate").doesNotContain("hx-post=\"/model/publish\"")
        .contains("Only an admin can publish");
    assertThat(rep.post("/model/validate", Map.of("yaml", DRAFT.formatted(12))).body()).contains("Valid:");
    Http.Response refused = rep.post("/model/publish", Map.of("yaml", DRAFT.formatted(12)));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(server.server().store().models().list()).hasSize(1);

    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    assertThat(admin.get("/model").body()).contains("hx-post=\"/model/publish\"");
  }

  @Test
  void aTypoIsListedAndMarkedAtItsLineAndNeverPublished() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    String typo = DRAFT.formatted(10).replace("    weight: 1.5", "    weigth: 1.5");
    assertThat(typo.lines().toList().get(12)).as("the typo is on line 13").contains("weigth");

    Http.Response checked = admin.post("/model/validate", Map.of("yaml", typo));
    assertThat(checked.status()).isEqualTo(200);
    String body = checked.body();
    assertThat(body).containsPattern("line 13</a>: <span class=\"muted\">rule pricing:</span> unknown key [^<]*weigth");
    assertThat(badGutterLines(body)).containsExactly(13);
    assertThat(body).contains("style=\"--line: 13\"").contains("hx-swap-oob=\"true\"");

    Http.Response published = admin.post("/model/publish", Map.of("yaml", typo));
    assertThat(published.status()).isEqualTo(422);
    assertThat(published.header("HX-Retarget")).contains("#model-check");
    assertThat(badGutterLines(published.body())).containsExactly(13);
    assertThat(server.server().store().models().list()).as("nothing published").hasSize(1);

    Http.Response broken = admin.post("/model/validate", Map.of("yaml", "name: x\nengagement: [\n"));
    assertThat(broken.body()).contains("problem").contains("nothing was published");
  }

  @Test
  void publishingAFixMakesANewVersionAndRescoresEveryoneWithProgressUntilDone() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    assertThat(server.getJson("/api/people/dana").path("score").asDouble()).isEqualTo(65);

    publishAndWait(admin, DRAFT.formatted(10), 2);
    publishAndWait(admin, DRAFT.formatted(12), 3);

    assertThat(server.server().store().models().active()).map(ModelVersion::version).contains(3);
    assertThat(server.server().store().models().list()).extracting(ModelVersion::author)
        .containsExactly("boss", "boss", "file:model.yaml");
    assertThat(server.getJson("/api/people/dana").path("score").asDouble()).as("rescored: 20 + 30 + 12 × 1.5")
        .isEqualTo(68);
    String page = admin.get("/model").body();
    assertThat(page).contains("version 3 in force").contains("Pricing interest signals buying intent.");
    assertThat(row(page, "rule-pricing")).contains("+12", "= +18");

    Http.Response same = admin.post("/model/publish", Map.of("yaml", DRAFT.formatted(12)));
    assertThat(same.status()).as("nothing new").isEqualTo(409);
    assertThat(server.server().store().models().list()).hasSize(3);
  }

  @Test
  void theDiffOfTwoVersionsShowsTheChangedLine() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    publishAndWait(admin, DRAFT.formatted(10), 2);
    publishAndWait(admin, DRAFT.formatted(12), 3);

    String diff = admin.htmx("/model/diff?from=2&to=3").body();
    assertThat(rows(diff, "removed")).singleElement().asString().contains(">12<").contains("points: 10");
    assertThat(rows(diff, "added")).singleElement().asString().contains(">12<").contains("points: 12");
    assertThat(diff).contains("v2 &rarr; v3").contains("+1").contains("&minus;1").contains("unchanged lines");

    String page = admin.get("/model").body();
    assertThat(page).as("the page opens on the latest change").contains("v2 &rarr; v3");
    assertThat(page).contains("<option value=\"2\" selected>v2</option>");
    assertThat(admin.htmx("/model/diff?from=1&to=9").status()).isEqualTo(404);
    assertThat(admin.htmx("/model/diff?from=x&to=2").status()).isEqualTo(400);
    assertThat(admin.htmx("/model/versions").body()).contains("v3", "active", "retired");
  }

  /** Publishes {@code yaml} and follows the progress fragment as the page's polling would, until done. */
  private void publishAndWait(Signed admin, String yaml, int version) {
    Http.Response started = admin.post("/model/publish", Map.of("yaml", yaml));
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.body()).contains("id=\"model-progress\"").contains("Publishing version " + version)
        .contains("role=\"progressbar\"");
    assertThat(started.body()).as("earlier problems are cleared").contains("id=\"model-check\"")
        .contains("id=\"model-gutter\"").doesNotContain("class=\"bad\"");
    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
      Http.Response p = admin.htmx("/model/progress");
      return p.body().contains("data-phase=\"done\"") && p.body().contains("Publishing version " + version);
    });
    Http.Response done = admin.htmx("/model/progress");
    assertThat(done.body()).contains("aria-valuenow=\"100\"").contains("Version " + version + " is active")
        .doesNotContain("hx-get=\"/model/progress\"");
    assertThat(done.header("HX-Trigger")).contains("model-published");
  }

  private static List<Integer> badGutterLines(String html) {
    Matcher m = Pattern.compile("<li class=\"bad\" title=\"[^\"]*\">(\\d+)</li>").matcher(html);
    List<Integer> lines = new java.util.ArrayList<>();
    while (m.find()) {
      lines.add(Integer.parseInt(m.group(1)));
    }
    return lines;
  }

  private static String row(String html, String id) {
    int start = html.indexOf("<tr id=\"" + id + "\"");
    assertThat(start).as("row " + id).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private static List<String> rows(String html, String kind) {
    Matcher m = Pattern.compile("<tr class=\"" + kind + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
