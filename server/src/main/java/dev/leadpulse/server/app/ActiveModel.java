package dev.leadpulse.server.app;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.store.ModelVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses the model to serve at start-up: a given file, published as a new version (and made
 * active) when its text differs from the active version's; otherwise the active version.
 *
 * @throws dev.leadpulse.core.model.yaml.InvalidModelException when the file or stored model is invalid
 * @throws IllegalStateException when there is neither a file nor an active version
 */
final class ActiveModel {
  record Chosen(Model model, int version, boolean published) {}

  private ActiveModel() {}

  static Chosen choose(ModelVersions versions, Optional<Path> file) {
    Optional<ModelVersions.ModelVersion> active = versions.active();
    if (file.isPresent()) {
      String text = read(file.get());
      Model model = ModelReader.read(text);
      if (active.isPresent() && active.get().yaml().equals(text)) {
        return new Chosen(model.withVersion(active.get().version()), active.get().version(), false);
      }
      ModelVersions.ModelVersion v = versions.publish(model.name(), text, "file:" + file.get().getFileName());
      versions.activate(v.version());
      return new Chosen(model.withVersion(v.version()), v.version(), true);
    }
    ModelVersions.ModelVersion v = active.orElseThrow(() -> new IllegalStateException(
        "no scoring model yet: start with --model M.yaml (it is kept, and later starts need no --model)"));
    return new Chosen(ModelReader.read(v.yaml()).withVersion(v.version()), v.version(), false);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + file + ": " + e.getMessage(), e);
    }
  }
}
