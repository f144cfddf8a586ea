package dev.leadpulse.core.engine;

import dev.leadpulse.core.condition.Variables;
import dev.leadpulse.core.event.Event;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a condition sees, resolved only when the condition reads them. One instance
 * serves one evaluation point: an event ({@link #forEvent}) or a stage check at a time
 * ({@link #forStage}).
 */
final class Vars implements Variables {
  // Not final: the engine reuses one instance per thread for events (see #resetForEvent).
  private PersonState person;
  /** The person's account, or null until first read (then from {@link #compiled}). */
  private String accountId;
  private CompiledModel compiled;
  private AccountTraits accountTraits;
  private long time;
  private Event event;
  private final Score score;
  /** The last {@link #member} asked and its answer (identity of interned strings); null when none. */
  private String memberName;
  private String memberKey;
  private Object memberValue;

  /** Score figures for stage conditions. */
  record Score(long total, long fit, long engagement, Map<String, Double> categories, String stage) {}

  private Vars(PersonState person, String accountId, CompiledModel compiled, AccountTraits accountTraits, long time,
      Event event, Score score) {
    this.person = person;
    this.accountId = accountId;
    this.compiled = compiled;
    this.accountTraits = accountTraits;
    this.time = time;
    this.event = event;
    this.score = score;
  }

  /**
   * For an event; the account is looked up ({@link CompiledModel#accountOf}) only if a
   * condition reads it, so the person's account must not change while this is in use.
   */
  static Vars forEvent(PersonState person, CompiledModel compiled, AccountTraits traits, Event event) {
    return new Vars(person, null, compiled, traits, event.time(), event, null);
  }

  /** Variables for no event yet: {@link #resetForEvent} before each use. */
  static Vars reusable() {
    return new Vars(null, null, null, null, Long.MIN_VALUE, null, null);
  }

  /**
   * Makes this instance what {@link #forEvent} would return for these arguments, so that one
   * per thread serves every event (the engine applies one event at a time per thread, and no
   * condition keeps its variables).
   */
  Vars resetForEvent(PersonState person, CompiledModel compiled, AccountTraits traits, Event event) {
    this.person = person;
    this.accountId = null;
    this.compiled = compiled;
    this.accountTraits = traits;
    this.time = event.time();
    this.event = event;
    this.memberName = null;
    this.memberValue = null;
    return this;
  }

  /**
   * As {@link Variables#member}, remembering the last answer: an event's conditions often
   * read the same property (several rules test {@code properties.path}), and neither the
   * event's properties nor the person's traits change while one instance is in use.
   */
  @Override
  public Object member(String name, String key) {
    if (name == memberName && key == memberKey) {
      return memberValue;
    }
    Object v = Variables.lookup(value(name), key);
    memberName = name;
    memberKey = key;
    memberValue = v;
    return v;
  }

  /** Drops the references to the last event's objects (so that they are not kept alive). */
  void clear() {
    this.person = null;
    this.accountId = null;
    this.accountTraits = null;
    this.event = null;
    this.memberName = null;
    this.memberKey = null;
    this.memberValue = null;
  }

  /**
   * Makes this reusable instance what {@link #forFit} would return for these arguments (the
   * caller must not be using it for an event at the same time).
   */
  Vars resetForFit(PersonState person, String accountId, AccountTraits traits, long time) {
    this.person = person;
    this.accountId = accountId;
    this.compiled = null;
    this.accountTraits = traits;
    this.time = time;
    this.event = null;
    this.memberName = null;
    this.memberKey = null;
    this.memberValue = null;
    return this;
  }

  static Vars forFit(PersonState person, String accountId, AccountTraits traits, long time) {
    return new Vars(person, accountId, null, traits, time, null, null);
  }

  static Vars forStage(PersonState person, String accountId, AccountTraits traits, long time, Score score) {
    return new Vars(person, accountId, null, traits, time, null, score);
  }

  /** For a stage check; the account is looked up lazily, as in {@link #forEvent}. */
  static Vars forStage(PersonState person, CompiledModel compiled, AccountTraits traits, long time, Score score) {
    return new Vars(person, null, compiled, traits, time, null, score);
  }

  private String accountId() {
    if (accountId == null) {
      accountId = compiled.accountOf(person);
    }
    return accountId;
  }

  @Override
  public Object value(String name) {
    return switch (name) {
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
    };
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
    String id = accountId();
    m.put("id", id);
    m.put("traits", id.isEmpty() ? Map.of() : accountTraits.at(id, time));
    return m;
  }
}
