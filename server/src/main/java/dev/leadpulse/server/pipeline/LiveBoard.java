package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.store.EventLog;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The scoreboard the server serves from, with the model it was built with and the lock that
 * guards it: the {@link Scoreboard} is not thread-safe, so the pipeline's writer and the
 * query API's readers take {@link #read} in turn. Reads are short (one person or account).
 */
public final class LiveBoard {
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Snapshot current;

  /** A board and what it was built from. {@code modelVersion} is the stored version number. */
  record Snapshot(Scoreboard board, Model model, int modelVersion, CountingFailures failures, long lastSeq,
      long maxEventTime) {}

  LiveBoard(Snapshot first) {
    this.current = first;
  }

  /** The live board for {@code model}, replayed from the whole log; {@code replayed} hears the progress. */
  public static LiveBoard load(EventLog log, Model model, int modelVersion, java.util.function.LongConsumer replayed) {
    return new LiveBoard(replay(log, model, modelVersion, Long.MAX_VALUE, replayed::accept));
  }

  /** Builds a board by replaying the whole log, in the order stored (the board orders by event time). */
  static Snapshot replay(EventLog log, Model model, int modelVersion, long upToSeq, ReplayProgress progress) {
    CountingFailures failures = new CountingFailures();
    Scoreboard board = new Scoreboard(model, failures);
    long[] last = {0, Long.MIN_VALUE, 0};
    log.forEach(0, e -> {
      if (e.seq() <= upToSeq) {
        board.accept(e.stored().event());
        last[0] = e.seq();
        last[1] = Math.max(last[1], e.stored().event().time());
        progress.replayed(++last[2]);
      }
    });
    return new Snapshot(board, model, modelVersion, failures, last[0], last[1]);
  }

  /** Runs {@code read} on the board, alone. */
  public <T> T read(Function<Scoreboard, T> read) {
    lock.lock();
    try {
      return read.apply(current.board());
    } finally {
      lock.unlock();
    }
  }

  public Model model() {
    return current.model();
  }

  public int modelVersion() {
    return current.modelVersion();
  }

  public CountingFailures failures() {
    return current.failures();
  }

  /** The latest event time the board holds, or {@code Long.MIN_VALUE} when it holds none. */
  public long maxEventTime() {
    return current.maxEventTime();
  }

  Snapshot snapshot() {
    return current;
  }

  ReentrantLock lock() {
    return lock;
  }

  /** Replaces the board; the caller holds the lock. */
  void swap(Snapshot next) {
    current = next;
  }

  /** Notes the latest event time of a group the board took; the caller holds the lock. */
  void sawEventTime(long time) {
    Snapshot s = current;
    if (time > s.maxEventTime()) {
      current = new Snapshot(s.board(), s.model(), s.modelVersion(), s.failures(), s.lastSeq(), time);
    }
  }

  /** Progress of a replay: how many events were replayed so far. */
  interface ReplayProgress {
    void replayed(long events);

    ReplayProgress NONE = seq -> {};
  }
}
