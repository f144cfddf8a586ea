package dev.leadpulse.bench;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountTraits;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonState;
import dev.leadpulse.core.engine.PersonTable;
import dev.leadpulse.core.event.Event;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Whole replays of the {@link Workload} stream into a fresh {@link PersonTable}, each timed
 * three ways: the replaying thread's CPU time per event, wall time per event, and GC pause
 * time. On a shared machine the thread's CPU time is the steadier figure: it leaves out the
 * time the thread waits for a CPU and GC pauses (which wall time, and JMH's figures,
 * include), though not the slowdown of caches shared with other processes. The loop is what
 * {@link EngineThroughputBenchmark} measures (one lookup by the event's own user id, then
 * {@code Engine.apply}), over the whole stream from empty.
 *
 * <p>Run (prints one line a replay; the first includes JIT warm-up):
 * <pre>
 * java -Xms12g -Xmx12g -cp bench/target/benchmarks.jar dev.leadpulse.bench.CpuReplay [replays] [people] [events]
 * </pre>
 * Defaults: 4 replays, 1,000,000 people, 10,000,000 events.
 */
public final class CpuReplay {
  private CpuReplay() {}

  public static void main(String[] args) {
    int replays = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long target = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
    Event[] stream = Workload.generate(people, target).events;
    Engine engine = new Engine(Workload.model(), new CountingFailures());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < replays; r++) {
      PersonTable table = new PersonTable();
      long gc0 = gcMillis();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      long awards = 0;
      for (Event e : stream) {
        PersonState p = table.get(e.userId());
        if (p == null) {
          p = table.computeIfAbsent(e.userId(), engine::newPerson);
        }
        awards += engine.apply(p, e, AccountTraits.NONE).awards().size();
      }
      long wall = System.nanoTime() - wall0;
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long gc = gcMillis() - gc0;
      System.out.printf("replay %d: thread cpu %.0f ns/event (%,.0f events/s), wall %.0f ns/event (%,.0f events/s), "
          + "gc %,d ms, awards %,d, load %.1f%n", r, (double) cpu / stream.length, stream.length * 1e9 / cpu,
          (double) wall / stream.length, stream.length * 1e9 / wall, gc, awards,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Total collection time of every collector so far, in ms. */
  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += b.getCollectionTime();
    }
    return ms;
  }
}
