package dev.leadpulse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.testing.EventArbitraries;
import dev.leadpulse.core.testing.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scoreboard's history gives back exactly the events it was given, in the order written. */
class EventCodecTest {
  @Provide
  Arbitrary<Scenario> scenarios() {
    return EventArbitraries.scenarios();
  }

  @Property(tries = 200)
  void generatedEventsComeBackEqual(@ForAll("scenarios") Scenario s) {
    assertThat(roundTrip(s.events())).isEqualTo(s.events());
  }

  @Example
  void everyKindOfValueComesBackEqualAndInOrder() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", "last key first");
    nested.put("list", Arrays.asList(1.5, "two", true, false, null, List.of(), Map.of()));
    nested.put("int", 7);
    nested.put("long", 1L << 40);
    nested.put("negative", -0.0);
    nested.put("nan", Double.NaN);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("unicode", "Zoë 東京 🚀");
    props.put("empty", "");
    props.put("nested", nested);
    List<Event> events = List.of(
        new Event("m-1", MessageType.TRACK, "Démo Requested", "u-é", "", Long.MIN_VALUE + 1, props, Map.of(), "", ""),
        new Event("m-2", MessageType.ALIAS, "", "u-1", "a-1", -5, Map.of(), Map.of("plan", "pro"), "g", "prev"),
        Event.identify("m-3", "u-1", Long.MAX_VALUE, Map.of("email", "ana@acme.com", "employees", 120.0)));

    List<Event> back = roundTrip(events);

    assertThat(back).isEqualTo(events);
    assertThat(new ArrayList<>(back.get(0).properties().keySet())).containsExactly("unicode", "empty", "nested");
    @SuppressWarnings("unchecked")
    Map<String, Object> backNested = (Map<String, Object>) back.get(0).properties().get("nested");
    assertThat(new ArrayList<>(backNested.keySet())).containsExactly("z", "list", "int", "long", "negative", "nan");
    assertThat(backNested.get("int")).isInstanceOf(Integer.class);
    assertThat(backNested.get("long")).isInstanceOf(Long.class);
  }

  @Example
  void aValueThatIsNotJsonIsRefusedByName() {
    Event odd = Event.track("m", "u", "X", 0, Map.of("when", new java.util.Date(0)));
    assertThatThrownBy(() -> EventCodec.write(odd, new EventCodec.ByteSink(16)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.Date");
  }

  private static List<Event> roundTrip(List<Event> events) {
    EventCodec.ByteSink out = new EventCodec.ByteSink(1);
    events.forEach(e -> EventCodec.write(e, out));
    EventCodec.ByteSource in = new EventCodec.ByteSource(out.bytes(), out.size());
    List<Event> back = new ArrayList<>();
    while (in.hasMore()) {
      back.add(EventCodec.read(in));
    }
    return back;
  }
}
