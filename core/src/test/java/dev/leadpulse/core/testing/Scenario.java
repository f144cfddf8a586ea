package dev.leadpulse.core.testing;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import java.util.List;

/**
 * A model, a stream of events in event-time order ({@link Event#ORDER}) and a time to read
 * at that is not before any of them.
 */
public record Scenario(Model model, List<Event> events, long asOf) {
  public Scenario {
    events = events.stream().sorted(Event.ORDER).toList();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Scenario[asOf=T0+").append((asOf - Times.T0) / Times.MINUTE).append("m\n");
    b.append(dev.leadpulse.core.model.yaml.ModelWriter.write(model));
    for (Event e : events) {
      b.append("  T0+").append((e.time() - Times.T0) / Times.MINUTE).append("m ").append(e.messageId()).append(' ')
          .append(e.type()).append(' ').append(e.name()).append(" user=").append(e.userId())
          .append(" anon=").append(e.anonymousId());
      if (!e.groupId().isEmpty()) {
        b.append(" group=").append(e.groupId());
      }
      if (!e.previousId().isEmpty()) {
        b.append(" previous=").append(e.previousId());
      }
      if (!e.properties().isEmpty()) {
        b.append(" props=").append(e.properties());
      }
      if (!e.traits().isEmpty()) {
        b.append(" traits=").append(e.traits());
      }
      b.append('\n');
    }
    return b.append(']').toString();
  }
}
