package dev.leadpulse.bench;

import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountHit;
import dev.leadpulse.core.engine.AccountTraits;
import dev.leadpulse.core.engine.Award;
import dev.leadpulse.core.engine.Engine;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.PersonState;
import dev.leadpulse.core.engine.PersonUpdate;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.event.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A fingerprint of everything the engine decides on the {@link Workload}: every award,
 * stage change and account hit of every event, every person's score read at the end
 * (score, fit, engagement, categories, stage, grade, explanation, awards held), and the
 * condition failures counted per rule. Run it before and after changing the engine: an
 * optimisation that keeps behaviour identical keeps the fingerprint.
 *
 * <p>{@link PersonState#footprint()} is printed beside the digest, not hashed: it is the
 * engine's estimate of its own memory, which a change of data layout is meant to change.
 * (Digests recorded before 2026-11-23 hashed it too; they are not comparable with these.)
 *
 * <p>Run:
 * <pre>
 * java -Xmx12g -cp bench/target/benchmarks.jar dev.leadpulse.bench.EngineDigest [people] [events]
 * </pre>
 */
public final class EngineDigest {
  private EngineDigest() {}

  public static void main(String[] args) throws NoSuchAlgorithmException {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long target = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    Event[] events = Workload.generate(people, target).events;
    CountingFailures failures = new CountingFailures();
    Engine engine = new Engine(Workload.model(), failures);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    HashMap<String, PersonState> states = new HashMap<>();
    long awards = 0;
    long changes = 0;
    long hits = 0;
    for (Event e : events) {
      PersonState p = states.computeIfAbsent(e.userId(), engine::newPerson);
      PersonUpdate u = engine.apply(p, e, AccountTraits.NONE);
      if (u.isEmpty()) {
        continue;
      }
      StringBuilder b = new StringBuilder(e.messageId());
      for (Award a : u.awards()) {
        b.append('|').append(a);
        awards++;
      }
      for (StageChange c : u.stageChanges()) {
        b.append('|').append(c);
        changes++;
      }
      for (AccountHit h : u.accountHits()) {
        b.append('|').append(h);
        hits++;
      }
      sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    long asOf = events[events.length - 1].time() + 86_400_000L;
    long footprint = 0;
    String[] ids = states.keySet().toArray(new String[0]);
    java.util.Arrays.sort(ids);
    for (String id : ids) {
      PersonState p = states.get(id);
      PersonScore s = engine.read(p, asOf, AccountTraits.NONE);
      // Categories sorted: Map.copyOf's iteration order changes from one JVM run to the next.
      String line = String.join("|", s.id(), Long.toString(s.score()), Long.toString(s.fit()),
          Long.toString(s.engagement()), new TreeMap<>(s.categories()).toString(), s.stage(), s.grade(), s.account(),
          s.traits().toString(), s.contributions().toString(), s.stageHistory().toString(),
          Integer.toString(p.awardCount()));
      footprint += p.footprint();
      sha.update(line.getBytes(StandardCharsets.UTF_8));
    }
    sha.update(failures.tallies().toString().getBytes(StandardCharsets.UTF_8));
    System.out.printf(Locale.ROOT, "people %,d, events %,d, awards %,d, stage changes %,d, account hits %,d, "
        + "condition failures %,d%n", states.size(), events.length, awards, changes, hits, failures.total());
    System.out.println("failures: " + failures.tallies());
    System.out.printf(Locale.ROOT, "footprint (not in the digest): %.1f bytes a person%n",
        footprint / (double) states.size());
    System.out.println("digest: " + HexFormat.of().formatHex(sha.digest()));
  }
}
