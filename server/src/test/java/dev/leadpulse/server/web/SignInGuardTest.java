package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.testing.Http;
import dev.leadpulse.server.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dashboard route, read or change, is behind the sign-in; nothing leaks or changes without one. */
class SignInGuardTest {
  @TempDir
  static Path dir;

  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.threeLeads(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> pages() {
    return List.of("/", "/inbox/rows", "/people/dana", "/accounts/acme.com", "/analytics", "/roi", "/roi/figures",
        "/model", "/model/diff?from=1&to=1", "/model/progress", "/model/versions", "/plays", "/plays/diff", "/live");
  }

  static List<String> changes() {
    return List.of("/people/dana/verdict", "/model/validate", "/model/publish", "/plays/deliveries/x/retry",
        "/signout");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void aPageWithoutASessionRedirectsToTheSignIn(String path) {
    Http.Response r = server.anonymous().get(path);
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("/signin?next="));
    assertThat(r.body()).doesNotContain("Dana");
  }

  @ParameterizedTest
  @MethodSource("changes")
  void aChangeWithoutASessionChangesNothing(String path) {
    Http.Response r = server.anonymous().post(path, "application/x-www-form-urlencoded",
        "verdict=accepted&yaml=x".getBytes(), "Origin", server.url());
    assertThat(r.status()).isEqualTo(302);
    assertThat(server.server().store().dispositions().of("dana")).isEmpty();
    assertThat(server.server().store().models().list()).hasSize(1);
  }
}
