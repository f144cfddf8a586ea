package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadpulse serve}: what it says when it cannot start. */
class ServeCommandTest {
  @TempDir
  Path temp;

  @Test
  void aFirstStartWithoutAModelSaysWhatIsMissing() {
    Cli cli = Cli.run("serve", "--port", "0", "--data", temp.resolve("data").toString());

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("no scoring model yet: start with --model M.yaml");
  }

  @Test
  void anInvalidModelIsReportedWithItsLines() throws IOException {
    Path model = temp.resolve("bad.yaml");
    Files.writeString(model, """
        name: bad
        engagement:
          - id: trial
            event: Trial Started
            points: 50
            weigth: 2
        """);

    Cli cli = Cli.run("serve", "--port", "0", "--data", temp.resolve("data").toString(), "--model", model.toString());

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("bad.yaml:6: rule trial: unknown key \"weigth\"");
  }

  @Test
  void aConfigFileWithAnUnknownOptionIsRefused() throws IOException {
    Path config = temp.resolve("leadpulse.yaml");
    Files.writeString(config, "port: 0\nprot: 9090\n");

    Cli cli = Cli.run("serve", "--config", config.toString());

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("unknown option \"prot\"");
  }
}
