package dev.leadpulse.core.model.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.model.AccountRule;
import dev.leadpulse.core.model.Accounts;
import dev.leadpulse.core.model.CountRule;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.model.EngagementRule;
import dev.leadpulse.core.model.EventRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.Grades;
import dev.leadpulse.core.model.InactivityRule;
import dev.leadpulse.core.model.Limit;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.RuleInfo;
import dev.leadpulse.core.model.Stage;
import dev.leadpulse.core.model.Window;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a model as the YAML that {@link ModelReader} reads back to an equal model. */
public final class ModelWriter {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build());

  private ModelWriter() {}

  public static String write(Model model) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", model.name());
    if (model.version() > 0) {
      out.put("version", model.version());
    }
    if (!model.accounts().equals(Accounts.DEFAULT)) {
      Map<String, Object> accounts = new LinkedHashMap<>();
      accounts.put("key", model.accounts().key() == Accounts.Key.GROUP ? "group" : "email_domain");
      if (!model.accounts().freeEmailDomains().isEmpty()) {
        accounts.put("free_email_domains", new ArrayList<>(model.accounts().freeEmailDomains()));
      }
      out.put("accounts", accounts);
    }
    if (!model.sessionGap().equals(Model.DEFAULT_SESSION_GAP)) {
      out.put("session_gap", Durations.format(model.sessionGap()));
    }
    if (!model.fit().isEmpty()) {
      out.put("fit", model.fit().stream().map(ModelWriter::fit).toList());
    }
    if (!model.engagement().isEmpty()) {
      out.put("engagement", model.engagement().stream().map(ModelWriter::engagement).toList());
    }
    if (!model.caps().isEmpty()) {
      Map<String, Object> caps = new LinkedHashMap<>();
      model.caps().forEach((k, v) -> caps.put(k, Hundredths.toDecimal(v)));
      out.put("caps", caps);
    }
    model.decay().ifPresent(d -> out.put("decay", Map.of("half_life", Durations.format(d.halfLife()))));
    model.floor().ifPresent(f -> out.put("floor", Hundredths.toDecimal(f)));
    if (!model.stages().isEmpty()) {
      out.put("stages", model.stages().stream().map(ModelWriter::stage).toList());
    }
    model.grades().ifPresent(g -> out.put("grades", grades(g)));
    try {
      return YAML.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model always writes as YAML", e);
    }
  }

  private static Map<String, Object> fit(FitRule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    if (!r.label().equals(r.id())) {
      m.put("label", r.label());
    }
    m.put("when", r.when().source());
    m.put("points", r.points());
    if (r.weight().compareTo(BigDecimal.ONE) != 0) {
      m.put("weight", r.weight());
    }
    if (r.scope() == FitRule.Scope.ACCOUNT) {
      m.put("scope", "account");
    }
    return m;
  }

  private static Map<String, Object> engagement(EngagementRule rule) {
    Map<String, Object> m = info(rule.info());
    switch (rule) {
      case EventRule r -> {
        events(m, r.events());
        r.when().ifPresent(w -> m.put("when", w.source()));
        limit(m, r.limit());
      }
      case CountRule r -> {
        events(m, r.events());
        r.when().ifPresent(w -> m.put("when", w.source()));
        m.put("times", r.times());
        m.put("within", switch (r.within()) {
          case Window.Session s -> "session";
          case Window.Trailing t -> Durations.format(t.length());
        });
        r.per().ifPresent(p -> m.put("per", p.source()));
        limit(m, r.limit());
      }
      case AccountRule r -> {
        m.put("scope", "account");
        events(m, r.events());
        r.when().ifPresent(w -> m.put("when", w.source()));
        m.put("distinct_people", r.distinctPeople());
        m.put("within", Durations.format(r.within()));
      }
      case InactivityRule r -> {
        m.put("inactive", Durations.format(r.idle()));
        if (r.repeat()) {
          m.put("repeat", true);
        }
      }
    }
    m.put("points", rule.info().points());
    if (rule.info().weight().compareTo(BigDecimal.ONE) != 0) {
      m.put("weight", rule.info().weight());
    }
    rule.info().stage().ifPresent(s -> m.put("stage", s));
    return m;
  }

  private static Map<String, Object> info(RuleInfo info) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", info.id());
    if (!info.label().equals(info.id())) {
      m.put("label", info.label());
    }
    if (!info.rationale().isEmpty()) {
      m.put("rationale", info.rationale());
    }
    if (!info.category().isEmpty()) {
      m.put("category", info.category());
    }
    return m;
  }

  private static void events(Map<String, Object> m, List<String> events) {
    m.put("event", events.size() == 1 ? events.get(0) : events);
  }

  private static void limit(Map<String, Object> m, Limit limit) {
    switch (limit) {
      case Limit.None n -> { }
      case Limit.Once o -> m.put("limit", "once");
      case Limit.PerWindow p -> m.put("limit", p.count() + " per " + Durations.format(p.window()));
    }
  }

  private static Map<String, Object> stage(Stage s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    s.when().ifPresent(w -> m.put("when", w.source()));
    if (!s.sticky()) {
      m.put("sticky", false);
    }
    return m;
  }

  private static Map<String, Object> grades(Grades g) {
    Map<String, Object> fit = new LinkedHashMap<>();
    g.fit().forEach(t -> fit.put(t.label(), Hundredths.toDecimal(t.atLeast())));
    Map<String, Object> engagement = new LinkedHashMap<>();
    g.engagement().forEach(t -> engagement.put(t.label(), Hundredths.toDecimal(t.atLeast())));
    return Map.of("fit", fit, "engagement", engagement);
  }
}
