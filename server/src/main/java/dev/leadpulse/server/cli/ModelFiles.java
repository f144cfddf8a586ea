package dev.leadpulse.server.cli;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.InvalidModelException;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.core.model.yaml.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loads a model file for a command, printing its problems with file name and line. */
final class ModelFiles {
  private ModelFiles() {}

  /** The model, or empty after printing why it cannot be loaded. */
  static Optional<Model> load(Path file, PrintWriter err) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("leadpulse: cannot read the model " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    try {
      return Optional.of(ModelReader.read(text));
    } catch (InvalidModelException e) {
      for (Problem p : e.problems()) {
        err.println(p.format(file.toString()));
      }
      err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in " + file);
      return Optional.empty();
    }
  }
}
