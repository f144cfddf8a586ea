package dev.leadpulse.server.plays;

import dev.leadpulse.core.model.yaml.PlaysReader;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.store.PlaysVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The plays in force, and their publishing. At start-up: a given file, published as a new
 * version when its text differs from the active version's; otherwise the active version;
 * otherwise none. A version published later takes effect at once: the listeners (the reactor on
 * the writer thread, the delivery worker) are told before {@link #publish} returns. Readable from
 * any thread; publishing is serialised.
 */
public final class ActivePlays implements Supplier<Plays> {
  /**
   * A version in force.
   *
   * @param version 0 for none (no plays yet)
   * @param since   when it was published, epoch ms
   */
  public record InForce(Plays plays, int version, String yaml, String author, long since) {
    static final InForce NONE = new InForce(Plays.NONE, 0, "", "", 0);
  }

  private final PlaysVersions versions;
  private final List<Consumer<InForce>> listeners = new CopyOnWriteArrayList<>();
  private volatile InForce current;

  private ActivePlays(PlaysVersions versions, InForce current) {
    this.versions = versions;
    this.current = current;
  }

  /**
   * The plays to start with.
   *
   * @throws dev.leadpulse.core.model.yaml.InvalidPlaysException when the file is invalid, listing every problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ActivePlays choose(PlaysVersions versions, Optional<Path> file, long now) {
    Optional<PlaysVersions.PlaysVersion> active = versions.active();
    if (file.isPresent()) {
      String text = read(file.get());
      Plays plays = PlaysReader.read(text);
      if (active.isPresent() && active.get().yaml().equals(text)) {
        return new ActivePlays(versions, inForce(plays, active.get()));
      }
      PlaysVersions.PlaysVersion v = versions.publish(text, "file:" + file.get().getFileName(), now);
      return new ActivePlays(versions, inForce(plays, v));
    }
    return new ActivePlays(versions, active.map(v -> inForce(PlaysReader.read(v.yaml()), v)).orElse(InForce.NONE));
  }

  @Override
  public Plays get() {
    return current.plays();
  }

  public InForce current() {
    return current;
  }

  /** Hears each version published from now on, on the publishing thread. */
  public void onPublish(Consumer<InForce> listener) {
    listeners.add(listener);
  }

  /**
   * Stores {@code yaml} as a new version and puts it in force.
   *
   * @throws dev.leadpulse.core.model.yaml.InvalidPlaysException when it is invalid; nothing is stored
   */
  public synchronized InForce publish(String yaml, String author, long now) {
    Plays plays = PlaysReader.read(yaml);
    InForce next = inForce(plays, versions.publish(yaml, author, now));
    current = next;
    listeners.forEach(l -> l.accept(next));
    return next;
  }

  private static InForce inForce(Plays plays, PlaysVersions.PlaysVersion v) {
    return new InForce(plays, v.version(), v.yaml(), v.author(), v.publishedAt());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plays file " + file + ": " + e.getMessage(), e);
    }
  }
}
