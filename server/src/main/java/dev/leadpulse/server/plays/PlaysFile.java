package dev.leadpulse.server.plays;

import dev.leadpulse.core.model.yaml.PlaysReader;
import dev.leadpulse.core.plays.Plays;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the plays file given to {@code serve --plays}; none given is {@link Plays#NONE}. */
public final class PlaysFile {
  private PlaysFile() {}

  /**
   * The plays in {@code file}.
   *
   * @throws dev.leadpulse.core.model.yaml.InvalidPlaysException listing every problem
   */
  public static Plays read(Optional<Path> file) {
    if (file.isEmpty()) {
      return Plays.NONE;
    }
    try {
      return PlaysReader.read(Files.readString(file.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plays file " + file.get() + ": " + e.getMessage(), e);
    }
  }
}
