package dev.leadpulse.bench;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountTraits;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonState;
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
 * Full replay on one thread: a stored, time-sorted stream of 10 million events (the
 * {@link Workload}, about 1 million people) replayed from the start into fresh states and
 * a fresh {@link People} table (the {@code table} parameter), as a rebuild after a model
 * change does. One invocation is one
 * whole replay; the {@code events} counter is the figure, in events per second.
 *
 * <p>Run (full size, about 4 minutes):
 * <pre>
 * java -jar bench/target/benchmarks.jar ReplayBenchmark
 * </pre>
 * Shorter, one table (as recorded in BENCHMARKS.md):
 * <pre>
 * java -jar bench/target/benchmarks.jar ReplayBenchmark -f 1 -wi 1 -i 3 -p table=person-table
 * </pre>
 * Quick (CI): {@code bench/run-quick.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
@Threads(1)
@State(Scope.Thread)
public class ReplayBenchmark {
  @Param("1000000")
  public int people;

  @Param("10000000")
  public long events;

  /** The caller's map from user id to state: see {@link People}. */
  @Param({"person-table", "hash-map"})
  public String table;

  private Engine engine;
  private Event[] stream;

  /** Events replayed: JMH reports it per second. */
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
    engine = new Engine(Workload.model(), new CountingFailures());
  }

  @Benchmark
  public People replay(Counters counters) {
    People states = People.of(table, engine);
    Engine en = engine;
    for (Event e : stream) {
      PersonState p = states.of(e.userId());
      en.apply(p, e, AccountTraits.NONE);
    }
    counters.events += stream.length;
    return states;
  }
}
