package dev.leadpulse.core.engine;

import dev.cel.runtime.CelVariableResolver;
import dev.leadpulse.core.event.Event;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a condition sees, resolved only when the condition reads them. One instance
 * serves one evaluation point: an event ({@link #forEvent}) or a stage check at a time
 * ({@link #forStage}).
 */
final class Vars implements CelVariableResolver {
  private final PersonState person;
  private final String accountId;
  private final AccountTraits accountTraits;
  private final long time;
  private final Event event;
  private final Score score;

  /** Score figures for stage conditions. */
  record Score(long total, long fit, long engagement, Map<String, Double> categories, String stage) {}

  private Vars(PersonState person, String accountId, AccountTraits accountTraits, long time, Event event, Score score) {
    this.person = person;
    this.accountId = accountId;
    this.accountTraits = accountTraits;
    this.time = time;
    this.event = event;
    this.score = score;
  }

  static Vars forEvent(PersonState person, String accountId, AccountTraits traits, Event event) {
    return new Vars(person, accountId, traits, event.time(), event, null);
  }

  static Vars forFit(PersonState person, String accountId, AccountTraits traits, long time) {
    return new Vars(person, accountId, traits, time, null, null);
  }

  static Vars forStage(PersonState person, String accountId, AccountTraits traits, long time, Score score) {
    return new Vars(person, accountId, traits, time, null, score);
  }

  @Override
  public Optional<Object> find(String name) {
    return Optional.ofNullable(switch (name) {
      case "properties" -> event == null ? null : event.properties();
      case "traits" -> person.traits;
      case "email_domain" -> person.emailDomain;
      case "event" -> event == null ? null : eventMap();
      case "account" -> accountMap();
      case "score" -> score == null ? null : score.total() / 100.0;
      case "fit" -> score == null ? null : score.fit() / 100.0;
      case "engagement" -> score == null ? null : score.engagement() / 100.0;
      case "category" -> score == null ? null : score.categories();
      case "stage" -> score == null ? null : score.stage();
      default -> null;
    });
  }

  private Map<String, Object> eventMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", event.name());
    m.put("type", event.type().wireName());
    m.put("timestamp", Instant.ofEpochMilli(event.time()).toString());
    m.put("messageId", event.messageId());
    return m;
  }

  private Map<String, Object> accountMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", accountId);
    m.put("traits", accountId.isEmpty() ? Map.of() : accountTraits.at(accountId, time));
    return m;
  }
}
