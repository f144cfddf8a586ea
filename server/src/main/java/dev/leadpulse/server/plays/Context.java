package dev.leadpulse.server.plays;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.plays.Decision;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Reasons;
import dev.leadpulse.core.plays.Situation;
import dev.leadpulse.core.plays.Templates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values templates see for one fired play ({@link Templates#NAMES}), and the reasons behind it. */
record Context(Map<String, String> values, List<Reasons.Top> reasons) {
  static Context of(Plays plays, Situation s, Decision.Fired f) {
    Map<String, String> v = new HashMap<>();
    v.put("person.id", s.id());
    v.put("person.name", s.name());
    v.put("person.email", s.email());
    v.put("person.score", Hundredths.format(s.person().score()));
    v.put("person.stage", s.person().stage());
    v.put("account.id", s.person().account());
    v.put("owner.name", f.owner().map(o -> o.name()).orElse(""));
    v.put("owner.email", f.owner().map(o -> o.email()).orElse(""));
    v.put("play.id", f.play().id());
    v.put("trigger.summary", f.summary());
    List<Reasons.Top> reasons = Reasons.top(s.person().contributions());
    v.put("trigger.reasons", String.join(", ", reasons.stream().map(Reasons.Top::words).toList()));
    v.put("person.url", Templates.fill(plays.settings().personUrl(), Map.of("person.id", s.id())));
    return new Context(Map.copyOf(v), reasons);
  }

  String fill(String template) {
    return Templates.fill(template, values);
  }

  String get(String name) {
    return values.getOrDefault(name, "");
  }
}
