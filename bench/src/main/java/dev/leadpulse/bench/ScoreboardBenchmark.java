package dev.leadpulse.bench;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.event.Event;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * For comparison with {@link EngineThroughputBenchmark}: the same kind of stream fed to
 * {@link Scoreboard#accept}, which also keeps every event (to replay on late arrivals),
 * the identity graph, de-duplication by message id and the account book. Smaller by
 * default (100,000 people, 1 million events) because the Scoreboard keeps every event.
 * The {@code events} counter is the figure, in events per second.
 *
 * <p>Run (about 2 minutes):
 * <pre>
 * java -jar bench/target/benchmarks.jar ScoreboardBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Threads(1)
@State(Scope.Thread)
public class ScoreboardBenchmark {
  @Param("100000")
  public int people;

  @Param("1000000")
  public long events;

  @Param("20000")
  public int batch;

  private Event[] stream;
  private Scoreboard board;
  private int cursor;

  /** Events accepted: JMH reports it per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counters {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    stream = Workload.generate(people, events).events;
    board = new Scoreboard(Workload.model(), new CountingFailures());
  }

  @Setup(Level.Invocation)
  public void wrap() {
    if (cursor + batch > stream.length) {
      cursor = 0;
      board = new Scoreboard(Workload.model(), new CountingFailures());
    }
  }

  @Benchmark
  public int accept(Counters counters) {
    int people = 0;
    int end = cursor + batch;
    for (int i = cursor; i < end; i++) {
      people += board.accept(stream[i]).person().length();
    }
    cursor = end;
    counters.events += batch;
    return people;
  }
}
