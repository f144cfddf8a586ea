package dev.leadpulse.core.testing;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random event streams for a handful of people over three days: track and page events named
 * after the model's rules or unknown names, with a small set of {@code key} and {@code n}
 * properties; identify calls with traits (email, plan, title); anonymous visitors linked
 * later by an identify carrying both ids; aliases; group calls. Times are whole minutes, and
 * many fall on a few shared instants, so that ties are broken by {@code messageId}, which is
 * unique and unrelated to time.
 */
public final class EventArbitraries {
  private static final List<String> USERS = List.of("u1", "u2", "u3", "u4");
  private static final List<String> VISITORS = List.of("anon-1", "anon-2", "anon-3");
  private static final List<String> UNKNOWN_NAMES = List.of("Unscored Click", "Logged Out");
  private static final List<Long> SHARED_MINUTES = List.of(0L, 30L, 60L, 24 * 60L, 24 * 60L + 30, 2 * 24 * 60L);
  private static final long THREE_DAYS_MINUTES = 3 * 24 * 60;

  private EventArbitraries() {}

  /** A random model with a random event stream and a time to read at. */
  public static Arbitrary<Scenario> scenarios() {
    return scenarios(8, 40);
  }

  /** As {@link #scenarios()}, with {@code minEvents} to {@code maxEvents} events. */
  public static Arbitrary<Scenario> scenarios(int minEvents, int maxEvents) {
    return ModelArbitraries.models().flatMap(model -> Combinators.combine(
            events(model, minEvents, maxEvents),
            Arbitraries.of(0L, 0L, 1L, Times.HOUR, 2 * Times.DAY, 10 * Times.DAY))
        .as((events, extra) -> new Scenario(model, events,
            events.stream().mapToLong(Event::time).max().orElse(Times.T0) + extra)))
        // embedded edge cases would make a third of all streams one user repeating one event
        .withoutEdgeCases();
  }

  /** Random events for {@code model}, in no particular order. */
  public static Arbitrary<List<Event>> events(Model model, int min, int max) {
    List<String> others = new ArrayList<>(ModelArbitraries.EVENT_NAMES);
    others.addAll(UNKNOWN_NAMES);
    List<String> scored = model.engagement().stream().flatMap(r -> r.events().stream()).distinct().toList();
    Arbitrary<String> names = scored.isEmpty() ? Arbitraries.of(others)
        : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(scored)), Tuple.of(1, Arbitraries.of(others)));
    return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform())
        .flatMap(n -> Combinators.combine(
            IntStream.range(0, n).mapToObj(i -> draft(names)).toList()).as(List::copyOf)
        .flatMap(drafts -> Arbitraries.shuffle(IntStream.range(0, drafts.size()).boxed().toList())
            .map(ids -> {
              List<Event> out = new ArrayList<>();
              for (int i = 0; i < drafts.size(); i++) {
                out.add(drafts.get(i).toEvent(String.format("m%03d", ids.get(i))));
              }
              return out;
            })));
  }

  /** An event without its messageId. */
  private interface Draft {
    Event toEvent(String messageId);
  }

  private static Arbitrary<Draft> draft(Arbitrary<String> name) {
    Arbitrary<Long> time = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs().between(0, THREE_DAYS_MINUTES)),
            Tuple.of(2, Arbitraries.of(SHARED_MINUTES)))
        .map(m -> Times.T0 + m * Times.MINUTE);
    Arbitrary<String> user = Arbitraries.of(USERS);
    Arbitrary<String> visitor = Arbitraries.of(VISITORS);

    Arbitrary<Draft> track = Combinators.combine(user, name, time, properties())
        .as((u, n, t, p) -> id -> new Event(id, MessageType.TRACK, n, u, "", t, p, Map.of(), "", ""));
    Arbitrary<Draft> page = Combinators.combine(user, time, properties())
        .as((u, t, p) -> id -> new Event(id, MessageType.PAGE, "Page Viewed", u, "", t, p, Map.of(), "", ""));
    Arbitrary<Draft> anonymous = Combinators.combine(visitor, name, time, properties())
        .as((a, n, t, p) -> id -> new Event(id, MessageType.TRACK, n, "", a, t, p, Map.of(), "", ""));
    Arbitrary<Draft> identify = Combinators.combine(user, time, traits())
        .as((u, t, tr) -> id -> new Event(id, MessageType.IDENTIFY, "", u, "", t, Map.of(), tr, "", ""));
    Arbitrary<Draft> link = Combinators.combine(user, visitor, time, traits())
        .as((u, a, t, tr) -> id -> new Event(id, MessageType.IDENTIFY, "", u, a, t, Map.of(), tr, "", ""));
    Arbitrary<Draft> signedInTrack = Combinators.combine(user, visitor, name, time)
        .as((u, a, n, t) -> id -> new Event(id, MessageType.TRACK, n, u, a, t, Map.of(), Map.of(), "", ""));
    Arbitrary<Draft> alias = Combinators.combine(user, Arbitraries.of("u1", "u2", "u3", "u4", "anon-1", "anon-2"), time)
        .as((u, previous, t) -> id -> new Event(id, MessageType.ALIAS, "", u, "", t, Map.of(), Map.of(), "", previous));
    Arbitrary<Draft> group = Combinators.combine(user, Arbitraries.of("acme", "beta"), time,
            Arbitraries.of("gold", "silver").optional(0.7))
        .as((u, g, t, tier) -> id -> new Event(id, MessageType.GROUP, "", u, "", t, Map.of(),
            tier.<Map<String, Object>>map(x -> Map.of("tier", x)).orElse(Map.of()), g, ""));
    return Arbitraries.frequencyOf(
        Tuple.of(40, track), Tuple.of(8, page), Tuple.of(14, anonymous), Tuple.of(8, identify),
        Tuple.of(6, link), Tuple.of(2, signedInTrack), Tuple.of(2, alias), Tuple.of(5, group));
  }

  private static Arbitrary<Map<String, Object>> properties() {
    return Combinators.combine(Arbitraries.of("a", "b", "c").optional(0.7),
            Arbitraries.<Object>of(1.0, 2.0, 3.0, "three").optional(0.5))
        .as((key, n) -> map("key", key, "n", n));
  }

  private static Arbitrary<Map<String, Object>> traits() {
    return Combinators.combine(
            Arbitraries.of("ann@acme.example", "Bob@ACME.example", "cat@gmail.com", "dan@beta.example",
                "eve@mailbox.example").optional(0.7),
            Arbitraries.of("pro", "free").optional(0.5),
            Arbitraries.<Object>of("VP Sales", "Engineer", 3.0).optional(0.3))
        .as((email, plan, title) -> {
          Map<String, Object> m = new LinkedHashMap<>(map("email", email, "plan", plan));
          title.ifPresent(x -> m.put("title", x));
          return java.util.Collections.unmodifiableMap(m);
        });
  }

  private static Map<String, Object> map(String k1, Optional<?> v1, String k2, Optional<?> v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    v1.ifPresent(v -> m.put(k1, v));
    v2.ifPresent(v -> m.put(k2, v));
    return java.util.Collections.unmodifiableMap(m);
  }
}
