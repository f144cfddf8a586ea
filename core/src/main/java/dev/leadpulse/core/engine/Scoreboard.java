package dev.leadpulse.core.engine;

import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import dev.leadpulse.core.model.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everyone's scores, kept in memory, fed with events in any order.
 *
 * <p>An event that comes after the person's last one is applied incrementally; a late
 * event, an identity merge, or a late {@code group} call whose account traits conditions
 * read, replays only the people concerned from their stored events. The result always
 * equals a replay of each person's events in event-time order. A repeated
 * {@code messageId} is ignored.
 *
 * <p>Person keys: the {@code userId} of identified people, and {@code anonymousId} for
 * visitors no user is linked to ({@link #isAnonymous}). Not thread-safe.
 */
public final class Scoreboard {
  private final Engine engine;
  private final IdentityGraph identities = new IdentityGraph();
  private final AccountBook accounts;
  /** Every node's events, encoded, in arrival order: kept to replay people (see {@link EventCodec}). */
  private final Map<String, EventCodec.ByteSink> historyByNode = new HashMap<>();
  private final Map<String, PersonState> people = new HashMap<>();
  private final MessageIds messageIds = new MessageIds();
  private final ConditionFailures failures;

  /**
   * What accepting one event did.
   *
   * @param person   the key of the person the event belongs to
   * @param update   what the event changed, when it was applied incrementally
   * @param replayed the keys of the people replayed from their events (then {@code update}
   *                 is empty for them: read their scores afresh)
   */
  public record Accepted(boolean duplicate, String person, PersonUpdate update, Set<String> replayed) {}

  public Scoreboard(Model model, ConditionFailures failures) {
    this.engine = new Engine(model, failures);
    this.accounts = new AccountBook(engine);
    this.failures = failures;
  }

  public Engine engine() {
    return engine;
  }

  /** Takes one event, in any order. */
  public Accepted accept(Event e) {
    if (!messageIds.add(e.messageId())) {
      return new Accepted(true, personKey(identities.personOf(IdentityGraph.nodeOf(e))), PersonUpdate.NOTHING, Set.of());
    }
    String node = IdentityGraph.nodeOf(e);
    EventCodec.write(e, historyByNode.computeIfAbsent(node, k -> new EventCodec.ByteSink(256)));
    Set<String> toReplay = new LinkedHashSet<>();
    Map<String, String> moved = identities.add(e);
    moved.forEach((n, was) -> {
      toReplay.add(was);
      toReplay.add(identities.personOf(n));
    });
    String person = identities.personOf(node);
    if (e.type() == MessageType.GROUP) {
      Set<String> members = accounts.addGroupCall(e);
      if (engine.compiled.conditionsReadAccount || engine.compiled.fitReadsAccount) {
        for (String m : members) {
          PersonState s = people.get(m);
          if (s != null && !m.equals(person) && !s.isAfterLast(e.time(), e.messageId())) {
            toReplay.add(m);
          }
        }
      }
    }
    PersonState state = people.get(person);
    PersonUpdate update = PersonUpdate.NOTHING;
    if (!toReplay.contains(person) && (state == null || state.isAfterLast(e.time(), e.messageId()))) {
      if (state == null) {
        state = engine.newPerson(person);
        people.put(person, state);
      }
      String before = engine.accountOf(state);
      update = engine.apply(state, e, accounts);
      update.accountHits().forEach(accounts::addHit);
      accounts.setMember(person, before, engine.accountOf(state));
    } else {
      toReplay.add(person);
    }
    Set<String> replayed = new LinkedHashSet<>();
    for (String p : toReplay) {
      if (replay(p)) {
        replayed.add(personKey(p));
      }
    }
    return new Accepted(false, personKey(person), update, Collections.unmodifiableSet(replayed));
  }

  /** Rebuilds a person from their events; a person merged away is removed. Returns whether they exist. */
  private boolean replay(String person) {
    PersonState old = people.remove(person);
    if (old != null) {
      accounts.setMember(person, engine.accountOf(old), "");
    }
    accounts.replaceHits(person, List.of());
    if (!identities.personOf(person).equals(person)) {
      return false;
    }
    List<Event> events = new ArrayList<>();
    for (String node : identities.nodesOf(person)) {
      EventCodec.ByteSink history = historyByNode.get(node);
      if (history != null) {
        EventCodec.ByteSource in = new EventCodec.ByteSource(history.bytes(), history.size());
        while (in.hasMore()) {
          events.add(EventCodec.read(in));
        }
      }
    }
    if (events.isEmpty()) {
      return false;
    }
    events.sort(Event.ORDER);
    PersonState state = engine.newPerson(person);
    List<AccountHit> hits = new ArrayList<>();
    String account = "";
    for (Event event : events) {
      hits.addAll(engine.apply(state, event, accounts).accountHits());
      if (!engine.accountOf(state).equals(account)) {
        account = engine.accountOf(state);
        accounts.touch(person, account);
      }
    }
    people.put(person, state);
    accounts.replaceHits(person, hits);
    accounts.setMember(person, "", engine.accountOf(state));
    return true;
  }

  /** Identified people's user ids and anonymous visitors' anonymous ids. */
  public Set<String> people() {
    Set<String> out = new TreeSet<>();
    people.keySet().forEach(k -> out.add(personKey(k)));
    return out;
  }

  /** Whether {@code personKey} names a visitor with no user linked. */
  public boolean isAnonymous(String personKey) {
    return !people.containsKey("u:" + personKey) && people.containsKey("a:" + personKey);
  }

  /** Account ids with members or account-rule hits. */
  public Set<String> accounts() {
    return new TreeSet<>(accounts.ids());
  }

  /** A person's score as of {@code asOf}, which must not be before their last event. */
  public Optional<PersonScore> person(String personKey, long asOf) {
    return state(personKey).map(s -> rekey(engine.read(s, asOf, accounts), personKey));
  }

  /**
   * Where a person stands as of {@code asOf} (not before their last event): the figures of
   * {@link #person} without its contributions, and much cheaper for a busy person.
   */
  public Optional<PersonStanding> standing(String personKey, long asOf) {
    return state(personKey).map(s -> {
      PersonStanding st = engine.standing(s, asOf, accounts);
      return new PersonStanding(personKey, st.asOf(), st.score(), st.fit(), st.engagement(), st.stage(), st.grade(),
          st.account(), st.traits(), st.stageHistory());
    });
  }

  /** The person key a user id or anonymous id belongs to now (after merges). */
  public Optional<String> resolve(String id) {
    for (String node : List.of("u:" + id, "a:" + id)) {
      String p = identities.personOf(node);
      if (people.containsKey(p)) {
        return Optional.of(personKey(p));
      }
    }
    return Optional.empty();
  }

  /** When the person's score or stage next changes without a new event. */
  public Optional<Long> nextChange(String personKey, long after) {
    return state(personKey).flatMap(s -> engine.nextChange(s, after, accounts));
  }

  /** An account's score as of {@code asOf}. */
  public AccountScore account(String accountId, long asOf) {
    AccountScore raw = accounts.read(accountId, asOf, m -> engine.read(people.get(m), asOf, accounts).engagement(),
        failures);
    Map<String, Long> byKey = new java.util.TreeMap<>();
    raw.people().forEach((k, v) -> byKey.put(personKey(k), v));
    return new AccountScore(raw.id(), raw.asOf(), raw.score(), raw.peopleEngagement(), raw.accountEngagement(),
        raw.fit(), raw.traits(), byKey, raw.contributions());
  }

  /**
   * An account's traits as of {@code asOf}: those of {@link #account}, without reading its
   * members (cheap: the account's {@code group} calls). Empty for an unknown account.
   */
  public Map<String, Object> accountTraits(String accountId, long asOf) {
    return accounts.at(accountId, asOf);
  }

  /** The time of a person's latest event, if the person exists. */
  public Optional<Long> lastEventTime(String personKey) {
    return state(personKey).map(PersonState::lastEventTime);
  }

  /**
   * Every id a person is known by: their user ids ({@code u:…}) and anonymous ids
   * ({@code a:…}), including visitors merged into them. Empty for an unknown person.
   */
  public Set<String> identities(String personKey) {
    Optional<String> node = people.containsKey("u:" + personKey) ? Optional.of("u:" + personKey)
        : people.containsKey("a:" + personKey) ? Optional.of("a:" + personKey) : Optional.empty();
    return node.map(n -> (Set<String>) new TreeSet<>(identities.nodesOf(n))).orElse(Set.of());
  }

  /** The latest event time held, if any. */
  public Optional<Long> latestEventTime() {
    return people.values().stream().map(PersonState::lastEventTime).max(Long::compare);
  }

  private Optional<PersonState> state(String personKey) {
    PersonState s = people.get("u:" + personKey);
    return Optional.ofNullable(s != null ? s : people.get("a:" + personKey));
  }

  private static String personKey(String node) {
    return node.substring(2);
  }

  private static PersonScore rekey(PersonScore s, String key) {
    return new PersonScore(key, s.asOf(), s.score(), s.fit(), s.engagement(), s.categories(), s.stage(), s.grade(),
        s.account(), s.traits(), s.contributions(), s.stageHistory());
  }
}
