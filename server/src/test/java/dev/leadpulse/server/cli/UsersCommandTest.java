package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Store;
import dev.leadpulse.store.Users;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadpulse users}: add with a new password shown once, list, change, remove; bad input refused. */
class UsersCommandTest {
  @TempDir
  Path data;

  @Test
  void aRepIsAddedWithAPasswordShownOnceAndListed() {
    Cli add = Cli.run("users", "add", "ana", "--role", "rep", "--owner", "ana", "--data", data.toString());
    assertThat(add.status()).isZero();
    String password = add.out().lines().filter(l -> l.startsWith("password (shown once): ")).findFirst()
        .orElseThrow().substring("password (shown once): ".length());
    assertThat(password).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
    try (Store store = Store.open("jdbc:sqlite:" + data.resolve("leadpulse.db"))) {
      assertThat(store.users().verify("ana", password)).map(Users.User::owner).contains("ana");
    }
    Cli list = Cli.run("users", "list", "--data", data.toString());
    assertThat(list.out()).contains("ana").contains("rep");
  }

  @Test
  void badRolesAndRepsWithoutAnOwnerAreRefused() {
    Cli boss = Cli.run("users", "add", "x", "--role", "boss", "--data", data.toString());
    assertThat(boss.status()).isEqualTo(2);
    assertThat(boss.err()).contains("role must be admin or rep");
    Cli noOwner = Cli.run("users", "add", "x", "--role", "rep", "--data", data.toString());
    assertThat(noOwner.status()).isEqualTo(2);
    assertThat(noOwner.err()).contains("--owner");
  }

  @Test
  void removingAUserThatIsNotThereSaysSo() {
    Cli.run("users", "add", "temp", "--role", "admin", "--data", data.toString());
    assertThat(Cli.run("users", "remove", "temp", "--data", data.toString()).status()).isZero();
    Cli again = Cli.run("users", "remove", "temp", "--data", data.toString());
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("no user temp");
  }
}
