package dev.leadpulse.bench;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountTraits;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonState;
import dev.leadpulse.core.engine.PersonUpdate;
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
 * Engine throughput on one thread, in steady state: the time-sorted {@link Workload} stream
 * is applied batch by batch to the states of everyone seen so far, held in a
 * {@link People} table chosen by the {@code table} parameter (the lookup by the event's own
 * user id string, and creating a person on their first event, are measured, as a real
 * caller pays them). The {@code events} counter is the figure: events applied per second.
 *
 * <p>When the stream runs out, the map is emptied and the stream starts again; the million
 * states left behind are collected there and then ({@code System.gc()}, outside the
 * measurement), so that collecting what the harness threw away does not land in whichever
 * iteration comes next. The engine's own garbage, and its states' growth, are still collected
 * inside the measurement. No account traits ({@link AccountTraits#NONE}): the stream has no group
 * calls, accounts come from email domains.
 *
 * <p>Run (full size, about 3 minutes):
 * <pre>
 * java -jar bench/target/benchmarks.jar EngineThroughputBenchmark
 * </pre>
 * Shorter, one table (as recorded in BENCHMARKS.md):
 * <pre>
 * java -jar bench/target/benchmarks.jar EngineThroughputBenchmark -f 1 -wi 2 -i 4 -p table=person-table
 * </pre>
 * Quick (CI): {@code bench/run-quick.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
@Threads(1)
@State(Scope.Thread)
public class EngineThroughputBenchmark {
  @Param("1000000")
  public int people;

  @Param("10000000")
  public long events;

  /** The caller's map from user id to state: see {@link People}. */
  @Param({"person-table", "hash-map"})
  public String table;

  @Param("50000")
  public int batch;

  private Engine engine;
  private Event[] stream;
  private People states;
  private int cursor;

  /** Events applied: JMH reports it per second. */
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
    Workload w = Workload.generate(people, events);
    stream = w.events;
    engine = new Engine(Workload.model(), new CountingFailures());
    states = People.of(table, engine);
  }

  @Setup(Level.Invocation)
  public void wrap() {
    if (cursor + batch > stream.length) {
      cursor = 0;
      states = People.of(table, engine);
      System.gc();
    }
  }

  @Benchmark
  public long apply(Counters counters) {
    Event[] s = stream;
    People map = states;
    Engine en = engine;
    long awards = 0;
    int end = cursor + batch;
    for (int i = cursor; i < end; i++) {
      Event e = s[i];
      PersonState p = map.of(e.userId());
      PersonUpdate u = en.apply(p, e, AccountTraits.NONE);
      awards += u.awards().size();
    }
    cursor = end;
    counters.events += batch;
    return awards;
  }
}
