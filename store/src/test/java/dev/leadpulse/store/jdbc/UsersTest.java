package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.store.Users.Role;
import dev.leadpulse.store.Users.User;
import org.junit.jupiter.api.Test;

/** Dashboard users: passwords checked against salted hashes, sessions that expire and end. */
@BothDatabases
class UsersTest extends StoreTestBase {

  @Test
  void aUserSignsInWithTheirPasswordOnlyAndThePasswordIsNotStored() {
    User ana = store.users().put("ana", Role.REP, "ana", "correct horse");
    assertThat(ana.role()).isEqualTo(Role.REP);
    assertThat(store.users().verify("ana", "correct horse")).contains(ana);
    assertThat(store.users().verify("ana", "correct hors")).isEmpty();
    assertThat(store.users().verify("nobody", "correct horse")).isEmpty();
    assertThat(database.text("SELECT password_hash FROM users")).startsWith("pbkdf2-sha256$")
        .doesNotContain("correct horse");
  }

  @Test
  void puttingAnExistingUserChangesTheirRoleOwnerAndPassword() {
    store.users().put("raj", Role.REP, "raj", "first password");
    store.users().put("raj", Role.ADMIN, "", "second password");
    assertThat(store.users().list()).extracting(User::name, User::role, User::owner)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("raj", Role.ADMIN, ""));
    assertThat(store.users().verify("raj", "first password")).isEmpty();
    assertThat(store.users().verify("raj", "second password")).isPresent();
  }

  @Test
  void badNamesAndShortPasswordsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> store.users().put("two words", Role.REP, "", "long enough"))
        .hasMessageContaining("one word");
    assertThatThrownBy(() -> store.users().put("ana", Role.REP, "", "short"))
        .hasMessageContaining("at least 8 characters");
    assertThatThrownBy(() -> Role.of("boss")).hasMessageContaining("admin or rep");
  }

  @Test
  void aSessionNamesItsUserUntilItExpiresOrIsClosed() {
    User admin = store.users().put("admin", Role.ADMIN, "", "admin password");
    String token = store.users().openSession("admin", 2_000);
    assertThat(token).matches("lps_[A-Za-z0-9_-]{40}");
    assertThat(store.users().session(token, 1_999)).contains(admin);
    assertThat(store.users().session(token, 2_000)).isEmpty();
    assertThat(store.users().session(token + "x", 1_000)).isEmpty();
    assertThat(database.text("SELECT token_hash FROM sessions")).doesNotContain(token);

    String second = store.users().openSession("admin", Long.MAX_VALUE);
    store.users().closeSession(second);
    assertThat(store.users().session(second, 1_000)).isEmpty();
  }

  @Test
  void removingAUserEndsTheirSessions() {
    store.users().put("temp", Role.REP, "", "temporary pass");
    String token = store.users().openSession("temp", Long.MAX_VALUE);
    assertThat(store.users().remove("temp")).isTrue();
    assertThat(store.users().remove("temp")).isFalse();
    assertThat(store.users().session(token, 0)).isEmpty();
    assertThat(database.number("SELECT COUNT(*) FROM sessions")).isZero();
  }
}
