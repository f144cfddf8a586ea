package dev.leadpulse.core.engine;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is who. Every event belongs to a node: {@code u:<userId>}, or {@code a:<anonymousId>}
 * when it has no userId. Links join nodes into one person:
 * <ul>
 *   <li>a message with both a userId and an anonymousId (an {@code identify}, or any call
 *       a signed-in client sends) links the anonymous visitor to the user;</li>
 *   <li>an {@code alias} merges {@code previousId} (a user, or an anonymous visitor) into
 *       {@code userId}.</li>
 * </ul>
 * Conflicts are settled by event-time order, first link wins: a visitor belongs to the
 * first user it was linked to, a user is merged into the first user it was aliased to, and
 * an alias that would make a cycle is ignored. So the outcome depends only on the set of
 * links, never on their arrival order. A person's key is the node at the end of the chain:
 * the surviving user, or the anonymous visitor when no user is linked.
 */
final class IdentityGraph {
  private record Link(long time, String messageId, String from, String to) {}

  private final List<Link> links = new ArrayList<>();
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<String, String> personOf = new HashMap<>();

  /** The node an event belongs to. */
  static String nodeOf(Event e) {
    return e.userId().isEmpty() ? "a:" + e.anonymousId() : "u:" + e.userId();
  }

  /** The person (key) a node belongs to now. */
  String personOf(String node) {
    return personOf.getOrDefault(node, node);
  }

  /** The nodes of a person. */
  Set<String> nodesOf(String person) {
    return members.getOrDefault(person, Set.of(person));
  }

  /**
   * Records the event's node and links. Returns every node whose person changed, with the
   * person it had before (so the caller can rebuild both sides); empty when none did.
   */
  Map<String, String> add(Event e) {
    String node = nodeOf(e);
    register(node);
    List<Link> added = new ArrayList<>(2);
    if (!e.userId().isEmpty() && !e.anonymousId().isEmpty()) {
      added.add(new Link(e.time(), e.messageId(), "a:" + e.anonymousId(), "u:" + e.userId()));
    }
    if (e.type() == MessageType.ALIAS && !e.previousId().equals(e.userId())) {
      added.add(new Link(e.time(), e.messageId(), "u:" + e.previousId(), "u:" + e.userId()));
      added.add(new Link(e.time(), e.messageId(), "a:" + e.previousId(), "u:" + e.userId()));
    }
    if (added.isEmpty()) {
      return Map.of();
    }
    boolean inOrder = links.isEmpty() || !isBefore(added.get(0), links.get(links.size() - 1));
    links.addAll(added);
    if (inOrder) {
      Map<String, String> changed = new HashMap<>();
      for (Link link : added) {
        if (apply(link)) {
          String to = root(link.to);
          for (String member : new ArrayList<>(members.getOrDefault(link.from, Set.of()))) {
            changed.putIfAbsent(member, link.from);
            move(member, link.from, to);
          }
        }
      }
      return changed;
    }
    links.sort((a, b) -> isBefore(a, b) ? -1 : isBefore(b, a) ? 1 : 0);
    Map<String, String> before = snapshot();
    parent.clear();
    links.forEach(this::apply);
    return recompute(before);
  }

  private static boolean isBefore(Link a, Link b) {
    return a.time < b.time || (a.time == b.time && a.messageId.compareTo(b.messageId) < 0);
  }

  private void register(String node) {
    if (!personOf.containsKey(node)) {
      personOf.put(node, node);
      members.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(node);
    }
  }

  /** Applies a link, first wins; returns whether it joined two people. */
  private boolean apply(Link link) {
    register(link.from);
    register(link.to);
    if (parent.containsKey(link.from) || root(link.to).equals(link.from)) {
      return false;
    }
    parent.put(link.from, link.to);
    return true;
  }

  private void move(String node, String was, String now) {
    personOf.put(node, now);
    Set<String> old = members.get(was);
    if (old != null) {
      old.remove(node);
      if (old.isEmpty()) {
        members.remove(was);
      }
    }
    members.computeIfAbsent(now, k -> new LinkedHashSet<>()).add(node);
  }

  private String root(String node) {
    String n = node;
    for (int guard = 0; parent.containsKey(n) && guard < 1_000_000; guard++) {
      n = parent.get(n);
    }
    return n;
  }

  private Map<String, String> snapshot() {
    return new HashMap<>(personOf);
  }

  private Map<String, String> recompute(Map<String, String> before) {
    Map<String, String> changed = new HashMap<>();
    for (String node : new ArrayList<>(personOf.keySet())) {
      String now = root(node);
      String was = before.getOrDefault(node, node);
      if (!now.equals(was)) {
        changed.put(node, was);
        move(node, was, now);
      }
    }
    return changed.isEmpty() ? Map.of() : Collections.unmodifiableMap(changed);
  }

  /** Every person key. */
  Set<String> people() {
    return new HashSet<>(members.keySet());
  }
}
