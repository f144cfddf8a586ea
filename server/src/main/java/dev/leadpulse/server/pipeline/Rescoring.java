package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.store.ModelVersions;
import dev.leadpulse.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing a model version: everyone is rescored from the stored events on a new board, in
 * the background, while the old board keeps serving and scoring. Then, on the writer thread,
 * the events stored meanwhile are applied to the new board, it replaces the old one, the
 * version becomes the active one, and every person's stored row is refreshed by the writer
 * between ingestion commits. One rescoring at a time.
 */
public final class Rescoring {
  private static final Logger LOG = LoggerFactory.getLogger(Rescoring.class);

  /**
   * Where a rescoring stands.
   *
   * @param phase  {@code replaying}, {@code swapping}, {@code done} or {@code failed}
   * @param done   events replayed so far
   * @param total  events to replay
   * @param error  why it failed, or empty
   */
  public record Progress(int version, String phase, long done, long total, long startedAt, long finishedAt,
      String error) {
    public boolean running() {
      return phase.equals("replaying") || phase.equals("swapping");
    }
  }

  private final Store store;
  private final ScoringPipeline pipeline;
  private final Clock clock;
  private final AtomicReference<Progress> progress = new AtomicReference<>();

  public Rescoring(Store store, ScoringPipeline pipeline, Clock clock) {
    this.store = store;
    this.pipeline = pipeline;
    this.clock = clock;
  }

  /** The latest rescoring's progress, if there was one. */
  public Optional<Progress> progress() {
    return Optional.ofNullable(progress.get());
  }

  /** A model version stored by {@link #publish}, and the rescoring that will make it the active one. */
  public record Publication(ModelVersions.ModelVersion version, Progress progress) {}

  /**
   * Stores {@code yaml} (already read, without problems, as {@code model}) as a new version by
   * {@code author}, and starts rescoring with it. Empty, with nothing stored, while another
   * rescoring runs. Serialised, so that two publishers never store a version that cannot start.
   */
  public synchronized Optional<Publication> publish(Model model, String yaml, String author) {
    if (progress().filter(Progress::running).isPresent()) {
      return Optional.empty();
    }
    ModelVersions.ModelVersion v = store.models().publish(model.name(), yaml, author);
    return start(model, v.version()).map(p -> new Publication(v, p));
  }

  /** Starts rescoring with {@code model} (already stored as {@code version}); empty if one is running. */
  public Optional<Progress> start(Model model, int version) {
    long total = store.events().count();
    Progress first = new Progress(version, "replaying", 0, total, clock.millis(), 0, "");
    Progress was = progress.get();
    if ((was != null && was.running()) || !progress.compareAndSet(was, first)) {
      return Optional.empty();
    }
    Thread.ofVirtual().name("leadpulse-rescore-" + version).start(() -> run(model.withVersion(version), first));
    return Optional.of(first);
  }

  private void run(Model model, Progress first) {
    try {
      long upTo = store.events().lastSeq();
      LiveBoard.Snapshot next = LiveBoard.replay(store.events(), model, first.version(), upTo, n -> {
        if (n % 10_000 == 0) {
          progress.set(new Progress(first.version(), "replaying", n, first.total(), first.startedAt(), 0, ""));
        }
      });
      progress.set(new Progress(first.version(), "swapping", first.total(), first.total(), first.startedAt(), 0, ""));
      pipeline.onWriter(() -> swap(next)).get();
      store.models().activate(first.version());
      progress.set(new Progress(first.version(), "done", first.total(), first.total(), first.startedAt(),
          clock.millis(), ""));
    } catch (Exception e) {
      LOG.error("rescoring with model version {} failed", first.version(), e);
      progress.set(new Progress(first.version(), "failed", first.done(), first.total(), first.startedAt(),
          clock.millis(), String.valueOf(e.getMessage())));
    }
  }

  /** On the writer thread: catch up, swap, and have everyone's row rewritten. */
  private Void swap(LiveBoard.Snapshot next) {
    LiveBoard live = pipeline.live();
    live.lock().lock();
    try {
      Scoreboard board = next.board();
      long[] maxTime = {next.maxEventTime()};
      store.events().forEach(next.lastSeq(), e -> {
        board.accept(e.stored().event());
        maxTime[0] = Math.max(maxTime[0], e.stored().event().time());
      });
      live.swap(new LiveBoard.Snapshot(board, next.model(), next.modelVersion(), next.failures(),
          store.events().lastSeq(), maxTime[0]));
      long now = clock.millis();
      pipeline.rows().reset();
      pipeline.wakeUps().clear();
      for (String key : board.people()) {
        long asOf = Math.max(now, board.lastEventTime(key).orElse(now));
        board.person(key, asOf).ifPresent(s -> pipeline.rows().recordStored(key, Long.MIN_VALUE, "", "",
            s.stageHistory()));
        pipeline.wakeUps().schedule(key, now);
      }
    } finally {
      live.lock().unlock();
    }
    return null;
  }
}
