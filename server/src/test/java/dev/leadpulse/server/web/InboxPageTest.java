package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Users.Role;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox over HTTP: who sees which leads, why now, filters, verdicts, and the sign-in guard. */
class InboxPageTest {
  @TempDir
  Path dir;

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.threeLeads(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pagesNeedASignInAndComeBackAfterIt() {
    Http.Response r = server.anonymous().get("/analytics?x=1");
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).contains("/signin?next=%2Fanalytics%3Fx%3D1");
    server.server().store().users().put("ana", Role.REP, "ana", "ana-password");
    Http.Response wrong = server.anonymous().post("/signin", "application/x-www-form-urlencoded",
        "name=ana&password=nope&next=/".getBytes());
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("do not match");
    assertThat(server.anonymous().get("/signin").body()).contains("Sign in");
    assertThat(server.anonymous().get("/inbox/rows").status()).isEqualTo(302);
  }

  @Test
  void anAdminSeesEveryHotLeadHighestFirstWithWhyNow() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    Http.Response inbox = admin.get("/");
    assertThat(inbox.status()).isEqualTo(200);
    String page = inbox.body();
    assertThat(page).contains("Dana Scully", "VP Sales at Acme", "Fox Mulder", "Requested a demo", "+30",
        "Viewed pricing", "+15").doesNotContain("Walter Skinner");
    assertThat(page.indexOf("Dana Scully")).isLessThan(page.indexOf("Fox Mulder"));
    assertThat(page).contains("Ana Ruiz").contains("Raj Patel").contains("due in");
  }

  @Test
  void aRepSeesOnlyTheirOwnQueue() {
    String owner = server.server().store().leads().of("dana").orElseThrow().owner();
    Signed rep = Signed.in(server, owner, Role.REP, owner);
    String page = rep.get("/").body();
    assertThat(page).contains("Dana Scully").doesNotContain("Fox Mulder").contains("Your queue");
    assertThat(page).doesNotContain("name=\"owner\"");
  }

  @Test
  void filtersNarrowTheRows() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    assertThat(admin.htmx("/inbox/rows?grade=A").body()).contains("Dana Scully").doesNotContain("Fox Mulder");
    assertThat(admin.htmx("/inbox/rows?stage=SQL").body()).contains("No hot leads");
    String danaOwner = server.server().store().leads().of("dana").orElseThrow().owner();
    assertThat(admin.htmx("/inbox/rows?owner=" + danaOwner).body()).contains("Dana").doesNotContain("Fox");
    assertThat(admin.htmx("/inbox/rows?team=smb").body()).contains("Dana").contains("Fox");
  }

  @Test
  void aVerdictIsRecordedByItsAuthorAndARejectedLeadLeavesTheOpenInbox() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    Http.Response accepted = admin.post("/people/dana/verdict", Map.of("verdict", "accepted"));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body()).contains("Dana Scully").contains("accepted in");
    assertThat(server.server().store().dispositions().of("dana")).singleElement()
        .satisfies(d -> assertThat(d.author()).isEqualTo("boss"));

    assertThat(admin.post("/people/fox/verdict", Map.of("verdict", "rejected")).body()).isEmpty();
    assertThat(admin.get("/").body()).doesNotContain("Fox Mulder");
    assertThat(admin.get("/?closed=on").body()).contains("Fox Mulder");

    assertThat(admin.post("/people/fox/verdict", Map.of("verdict", "maybe")).status()).isEqualTo(400);
    assertThat(admin.post("/people/nobody/verdict", Map.of("verdict", "accepted")).status()).isEqualTo(404);
  }

  @Test
  void aFormFromAnotherSiteIsRefused() {
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    Http.Response r = server.anonymous().post("/people/dana/verdict", "application/x-www-form-urlencoded",
        "verdict=accepted".getBytes(), "Cookie", admin.cookie(), "Origin", "https://evil.example");
    assertThat(r.status()).isEqualTo(403);
    assertThat(server.server().store().dispositions().of("dana")).isEmpty();
  }
}
