package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plays file on the command line: {@code validate --plays} lists every problem with its line
 * and play (exit 2) or says the file is valid (exit 0); {@code serve --config} reads a
 * {@code plays} key, relative to the config's folder.
 */
class PlaysFileCommandsTest {
  static final String VALID = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
      plays:
        - id: demo
          on: event Demo Requested
          actions:
            - task: { title: "Demo for {{person.name}}" }
      """;
  static final String BROKEN = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
      plays:
        - id: demo
          on: event Demo Requested
          actions:
            - task: { title: "Demo for {{person.name}}" }
          cooldwn: 7d
      """;

  @TempDir
  Path dir;

  @Test
  void validatePlaysSaysAValidFileIsValid() throws Exception {
    Path plays = Files.writeString(dir.resolve("plays.yaml"), VALID);

    Cli cli = Cli.run("validate", "--plays", plays.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out()).contains(plays + ": valid plays file (1 owners, 1 plays)");
  }

  @Test
  void validatePlaysListsProblemsWithTheirLines() throws Exception {
    Path plays = Files.writeString(dir.resolve("plays.yaml"), BROKEN);

    Cli cli = Cli.run("validate", "--plays", plays.toString());

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains(plays + ":8: play demo: ").contains("cooldwn").contains("1 problem in " + plays);
  }

  @Test
  void validateWithNeitherFileIsAUsageError() {
    Cli cli = Cli.run("validate");

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains("give --model M.yaml, --plays FILE, or both");
  }

  @Test
  void serveReadsThePlaysKeyOfItsConfigRelativeToTheConfig() throws Exception {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(conf.resolve("model.yaml"), "name: m\nengagement:\n  - { id: a, event: A, points: 1 }\n");
    Files.writeString(conf.resolve("plays.yaml"), BROKEN);
    Path config = Files.writeString(conf.resolve("leadpulse.yaml"), """
        port: 0
        host: 127.0.0.1
        data: data
        model: model.yaml
        plays: plays.yaml
        """);

    Cli cli = Cli.run("serve", "--config", config.toString());

    assertThat(cli.status()).isEqualTo(LeadPulseCommand.BAD_INPUT);
    assertThat(cli.err()).contains(conf.resolve("plays.yaml") + ":8: play demo: ");
  }
}
