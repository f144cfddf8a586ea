package dev.leadpulse.server.cli;

import dev.leadpulse.server.app.NewPasswords;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.Users;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse users}: the dashboard's users. {@code list}; {@code add NAME --role admin|rep
 * [--owner ID]} (adds, or changes an existing user; the password comes from standard input with
 * {@code --password-stdin}, else a new one is made and printed once); {@code remove NAME}.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "List, add or remove dashboard users.",
    subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.RemoveUser.class})
final class UsersCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
  static final class ListUsers implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store s = Store.open(store.jdbcUrl())) {
        out.printf("%-20s %-6s %s%n", "name", "role", "owner");
        for (Users.User u : s.users().list()) {
          out.printf("%-20s %-6s %s%n", u.name(), u.role().id(), u.owner().isEmpty() ? "—" : u.owner());
        }
      }
      return LeadPulseCommand.OK;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a user, or change an existing one's role, owner and password.")
  static final class AddUser implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Parameters(index = "0", paramLabel = "NAME", description = "the name they sign in with")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "admin (edits the model and the plays) or rep (works their own queue)")
    String role;

    @Option(names = "--owner", paramLabel = "ID", defaultValue = "",
        description = "the plays file's owner id whose leads a rep works")
    String owner;

    @Option(names = "--password-stdin", description = "read the password from standard input (else one is made)")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Users.Role r;
      try {
        r = Users.Role.of(role);
      } catch (IllegalArgumentException e) {
        err.println("leadpulse users add: " + e.getMessage());
        return LeadPulseCommand.BAD_INPUT;
      }
      if (r == Users.Role.REP && owner.isBlank()) {
        err.println("leadpulse users add: a rep needs --owner ID, the plays file's owner whose leads they work");
        return LeadPulseCommand.BAD_INPUT;
      }
      String password = passwordStdin ? readLine() : NewPasswords.make();
      try (Store s = Store.open(store.jdbcUrl())) {
        s.users().put(name, r, owner.strip(), password);
      } catch (IllegalArgumentException e) {
        err.println("leadpulse users add: " + e.getMessage());
        return LeadPulseCommand.BAD_INPUT;
      }
      out.printf("saved %s (%s%s)%n", name, r.id(), owner.isBlank() ? "" : ", owner " + owner.strip());
      if (!passwordStdin) {
        out.println("password (shown once): " + password);
      }
      return LeadPulseCommand.OK;
    }

    private static String readLine() throws java.io.IOException {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? "" : line;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user and end their sessions.")
  static final class RemoveUser implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws Exception {
      try (Store s = Store.open(store.jdbcUrl())) {
        if (!s.users().remove(name)) {
          spec.commandLine().getErr().println("leadpulse users remove: no user " + name);
          return LeadPulseCommand.BAD_INPUT;
        }
      }
      spec.commandLine().getOut().println("removed " + name);
      return LeadPulseCommand.OK;
    }
  }
}
