package dev.leadpulse.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared scenarios ({@code shared/scenarios} beside the project's root, or the
 * folder named by the system property {@code leadpulse.scenarios}), read at test time so
 * that new scenarios are picked up without a change.
 */
final class Scenarios {
  private Scenarios() {}

  static Path folder() {
    String override = System.getProperty("leadpulse.scenarios");
    if (override != null) {
      return Path.of(override);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/scenarios");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/scenarios folder above " + Path.of("").toAbsolutePath()
        + "; set -Dleadpulse.scenarios=DIR");
  }

  static List<Path> all() {
    try (Stream<Path> s = Files.list(folder())) {
      List<Path> found = s.filter(p -> Files.isRegularFile(p.resolve("model.yaml"))).sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("no scenarios in " + folder());
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
