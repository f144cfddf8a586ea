package dev.leadpulse.bench;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountTraits;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonState;
import dev.leadpulse.core.event.Event;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Bytes of engine state per person: applies the {@link Workload} (1 million people, 10
 * million events by default) to a {@link People} table ({@code person-table}, the default,
 * or {@code hash-map}) and reports
 * <ol>
 *   <li>the average of {@link PersonState#footprint()} (the engine's own estimate: the
 *       state object, its arrays, limit rings, count queues, awards);</li>
 *   <li>the measured heap the states add while the events are still held (so trait maps,
 *       user ids and message ids, shared with the events, are not counted), with and
 *       without the table;</li>
 *   <li>the measured heap still held once the events are dropped: everything reachable from
 *       the map, including each person's trait map, user id and the message ids their
 *       awards keep.</li>
 * </ol>
 * Heap is measured after several {@code System.gc()} calls, so run with a fixed heap.
 *
 * <p>Run (about 1 minute):
 * <pre>
 * java -Xms12g -Xmx12g -cp bench/target/benchmarks.jar dev.leadpulse.bench.MemoryReport [people] [events] [person-table|hash-map]
 * </pre>
 */
public final class MemoryReport {
  private MemoryReport() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long target = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    String table = args.length > 2 ? args[2] : "person-table";
    Engine engine = new Engine(Workload.model(), new CountingFailures());
    long base = usedAfterGc();
    Workload w = Workload.generate(people, target);
    Event[] events = w.events;
    w = null;
    long withEvents = usedAfterGc();
    People states = People.of(table, engine);
    for (Event e : events) {
      engine.apply(states.of(e.userId()), e, AccountTraits.NONE);
    }
    long withStates = usedAfterGc();
    long[] sums = new long[2];
    states.forEach(p -> {
      sums[0] += p.footprint();
      sums[1] += p.awardCount();
    });
    long footprint = sums[0];
    long awards = sums[1];
    int n = states.size();
    long mapBytes = states.tableBytes();
    int eventCount = events.length;
    events = null;
    long statesOnly = usedAfterGc();
    System.out.printf(Locale.ROOT, "people: %,d; events: %,d; awards held: %,d (%.1f a person)%n", n, eventCount,
        awards, awards / (double) n);
    System.out.printf(Locale.ROOT, "events in memory: %,d MB (%.0f bytes an event)%n", (withEvents - base) >> 20,
        (withEvents - base) / (double) eventCount);
    System.out.printf(Locale.ROOT, "PersonState.footprint() average: %.1f bytes a person%n", footprint / (double) n);
    System.out.printf(Locale.ROOT,
        "measured, events still held (states + map; trait maps and ids shared with events not counted): "
            + "%.1f bytes a person, %.1f without the " + table + "%n",
        (withStates - withEvents) / (double) n, (withStates - withEvents - mapBytes) / (double) n);
    System.out.printf(Locale.ROOT,
        "measured, events dropped (everything the map holds: states, map, user ids, trait maps, message ids): "
            + "%.1f bytes a person%n", (statesOnly - base) / (double) n);
    System.out.printf(Locale.ROOT, "JVM: %s %s, heap max %,d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20);
    if (states.size() == 0) {
      throw new AssertionError("keep the states reachable until here");
    }
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
