package dev.leadpulse.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples people copy from the docs stay valid: the README's model and the plays guide's
 * plays file pass {@code leadpulse validate}.
 */
class DocsExamplesTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir
  Path temp;

  @Test
  void theReadmeModelIsValid() throws IOException {
    String model = blockStartingWith(ROOT.resolve("README.md"), "name:");
    Path file = temp.resolve("model.yaml");
    Files.writeString(file, model);

    Cli cli = Cli.run("validate", "--model", file.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
  }

  @Test
  void thePlaysGuideExampleIsValid() throws IOException {
    String plays = blockStartingWith(ROOT.resolve("docs/plays.md"), "owners:");
    Path file = temp.resolve("plays.yaml");
    Files.writeString(file, plays);

    Cli cli = Cli.run("validate", "--plays", file.toString());

    assertThat(cli.status()).as(cli.err() + cli.out()).isZero();
  }

  private static String blockStartingWith(Path doc, String start) throws IOException {
    Matcher m = YAML_BLOCK.matcher(Files.readString(doc));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks.stream().filter(b -> b.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError(doc + " has no yaml block starting with " + start));
  }
}
