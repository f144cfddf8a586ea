package dev.leadpulse.core.engine;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.condition.ConditionFailures;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.AccountRule;
import dev.leadpulse.core.model.FitRule;
import dev.leadpulse.core.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accounts: their traits (from {@code group} calls, merged in event-time order), their
 * members, and the hits that account rules count. Account-rule awards are a replay of the
 * account's hits in event-time order, so they do not depend on arrival order either.
 */
final class AccountBook implements AccountTraits {
  private static final class Account {
    final java.util.TreeSet<Event> groupCalls = new java.util.TreeSet<>(Event.ORDER);
    final Set<String> members = new HashSet<>();
    /** Everyone who belonged to the account after any of their events: a late group call may change their past. */
    final Set<String> everMembers = new HashSet<>();
    final Map<String, List<AccountHit>> hitsByPerson = new HashMap<>();
  }

  private final Engine engine;
  private final Map<String, Account> accounts = new HashMap<>();
  /** Person → the accounts holding their hits, so that replacing them touches only those accounts. */
  private final Map<String, Set<String>> hitAccounts = new HashMap<>();

  AccountBook(Engine engine) {
    this.engine = engine;
  }

  private Account account(String id) {
    return accounts.computeIfAbsent(id, k -> new Account());
  }

  /** Records a group call's traits; returns the people, members now or before, whose past it may change. */
  Set<String> addGroupCall(Event group) {
    Account a = account(group.groupId());
    a.groupCalls.add(group);
    Set<String> out = new HashSet<>(a.members);
    out.addAll(a.everMembers);
    return Collections.unmodifiableSet(out);
  }

  /** Notes that {@code person} belonged to {@code accountId} (empty: none) after one of their events. */
  void touch(String person, String accountId) {
    if (!accountId.isEmpty()) {
      account(accountId).everMembers.add(person);
    }
  }

  @Override
  public Map<String, Object> at(String accountId, long time) {
    return at(accountId, time, null);
  }

  /** As {@link #at(String, long)}; with a {@code messageId}, calls at {@code time} after it do not count. */
  @Override
  public Map<String, Object> at(String accountId, long time, String messageId) {
    Account a = accounts.get(accountId);
    if (a == null || a.groupCalls.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Event call : a.groupCalls) {
      if (call.time() > time || (call.time() == time && messageId != null && call.messageId().compareTo(messageId) > 0)) {
        break;
      }
      merged.putAll(call.traits());
    }
    return Collections.unmodifiableMap(merged);
  }

  void setMember(String person, String oldAccount, String newAccount) {
    if (!oldAccount.isEmpty() && accounts.containsKey(oldAccount)) {
      accounts.get(oldAccount).members.remove(person);
    }
    if (!newAccount.isEmpty()) {
      account(newAccount).members.add(person);
      touch(person, newAccount);
    }
  }

  /**
   * Replaces every hit of {@code person} (after a replay) with {@code hits}. Costs the number of
   * accounts they had hits in, not the number of accounts.
   */
  void replaceHits(String person, List<AccountHit> hits) {
    Set<String> held = hitAccounts.remove(person);
    if (held != null) {
      for (String id : held) {
        Account a = accounts.get(id);
        if (a != null) {
          a.hitsByPerson.remove(person);
        }
      }
    }
    hits.forEach(this::addHit);
  }

  void addHit(AccountHit hit) {
    account(hit.accountId()).hitsByPerson.computeIfAbsent(hit.personId(), k -> new ArrayList<>()).add(hit);
    hitAccounts.computeIfAbsent(hit.personId(), k -> new HashSet<>(2)).add(hit.accountId());
  }

  Set<String> ids() {
    Set<String> out = new HashSet<>();
    accounts.forEach((id, a) -> {
      if (!a.members.isEmpty() || !a.hitsByPerson.isEmpty()) {
        out.add(id);
      }
    });
    return out;
  }

  Set<String> members(String id) {
    Account a = accounts.get(id);
    return a == null ? Set.of() : Set.copyOf(a.members);
  }

  /** The account's score as of {@code asOf}; {@code engagementOf} reads a member's engagement. */
  AccountScore read(String id, long asOf, java.util.function.ToLongFunction<String> engagementOf,
      ConditionFailures failures) {
    Account a = accounts.getOrDefault(id, new Account());
    Map<String, Long> people = new TreeMap<>();
    long peopleSum = 0;
    for (String m : a.members) {
      long e = engagementOf.applyAsLong(m);
      people.put(m, e);
      peopleSum += e;
    }
    Model model = engine.model();
    List<Contribution> lines = new ArrayList<>();
    long own = 0;
    for (int i = 0; i < model.engagement().size(); i++) {
      if (model.engagement().get(i) instanceof AccountRule rule) {
        for (Award award : awards(a, i, rule, asOf)) {
          long value = model.decay().map(d -> Hundredths.scale(award.points(), d.factor(asOf - award.time())))
              .orElse(award.points());
          own += value;
          lines.add(new Contribution(Contribution.Kind.ENGAGEMENT, rule.id(), rule.info().label(),
              rule.info().category(), award.messageId(), award.time(), award.points(), value));
        }
      }
    }
    Map<String, Object> traits = at(id, asOf);
    long fit = 0;
    PersonState holder = engine.newPerson(id);
    holder.traits = traits;
    Vars vars = Vars.forFit(holder, id, this, asOf);
    for (FitRule r : model.fit()) {
      if (r.scope() == FitRule.Scope.ACCOUNT && r.when().test(vars, failures, r.id())) {
        fit += r.award();
        lines.add(new Contribution(Contribution.Kind.FIT, r.id(), r.label(), "", "", asOf, r.award(), r.award()));
      }
    }
    return new AccountScore(id, asOf, peopleSum + own + fit, peopleSum, own, fit, traits, people, lines);
  }

  /** Replays the account's hits of one rule, in event-time order, up to {@code asOf}. */
  private static List<Award> awards(Account a, int ruleIndex, AccountRule rule, long asOf) {
    List<AccountHit> hits = new ArrayList<>();
    a.hitsByPerson.values().forEach(list -> list.stream()
        .filter(h -> h.rule() == ruleIndex && h.time() <= asOf).forEach(hits::add));
    hits.sort((x, y) -> x.time() != y.time() ? Long.compare(x.time(), y.time()) : x.messageId().compareTo(y.messageId()));
    List<Award> out = new ArrayList<>();
    Deque<AccountHit> window = new ArrayDeque<>();
    long length = rule.within().toMillis();
    for (AccountHit h : hits) {
      while (!window.isEmpty() && window.peekFirst().time() <= h.time() - length) {
        window.pollFirst();
      }
      window.addLast(h);
      if (window.stream().map(AccountHit::personId).distinct().count() >= rule.distinctPeople()) {
        out.add(new Award(rule.id(), h.messageId(), h.time(), rule.info().award()));
        window.clear();
      }
    }
    return out;
  }
}
