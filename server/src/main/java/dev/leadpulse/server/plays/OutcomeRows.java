package dev.leadpulse.server.plays;

import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Decision;
import dev.leadpulse.core.plays.PlayState;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Situation;
import dev.leadpulse.store.Delivery;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.TaskRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the decisions of one commit into the rows it writes: a history row per outcome, the
 * trigger state that changed, the new owner, round-robin positions, a task per task action and
 * a delivery per alert. Used by the writer thread alone.
 */
final class OutcomeRows {
  private final Plays plays;
  private final Payloads payloads;
  private final List<PlayRows.History> history = new ArrayList<>();
  private final List<PlayRows.State> states = new ArrayList<>();
  private final List<PlayRows.Assignment> assignments = new ArrayList<>();
  private final List<PlayRows.Cursor> cursors = new ArrayList<>();
  private final List<TaskRow> tasks = new ArrayList<>();
  private final List<Delivery> deliveries = new ArrayList<>();

  OutcomeRows(Plays plays, Payloads payloads) {
    this.plays = plays;
    this.payloads = payloads;
  }

  /** Adds the rows of {@code d}, already applied to {@code state}. */
  void add(Situation s, Decision d, PlayState state) {
    long now = d.time();
    Set<List<String>> touched = new LinkedHashSet<>();
    d.armings().forEach(a -> touched.add(List.of(a.subject(), a.play())));
    for (Decision.Outcome o : d.outcomes()) {
      switch (o) {
        case Decision.Suppressed x -> history.add(new PlayRows.History(0, d.person(), x.play().id(), now, "suppressed",
            x.summary(), x.reason(), "", false));
        case Decision.Fired f -> {
          touched.add(List.of(d.person(), f.play().id()));
          fired(s, f, now);
        }
      }
    }
    for (List<String> k : touched) {
      states.add(new PlayRows.State(k.get(0), k.get(1), state.lastFired(k.get(0), k.get(1)).orElse(-1),
          state.armed(k.get(0), k.get(1))));
    }
    d.assignment().ifPresent(owner -> assignments.add(new PlayRows.Assignment(d.person(), owner.id(),
        d.outcomes().stream().filter(o -> o instanceof Decision.Fired f && f.play().assign().isPresent())
            .map(o -> o.play().id()).findFirst().orElse(""), now)));
    d.cursors().forEach((team, next) -> cursors.add(new PlayRows.Cursor(team, next)));
  }

  private void fired(Situation s, Decision.Fired f, long now) {
    Context c = Context.of(plays, s, f);
    String owner = f.owner().map(o -> o.id()).orElse("");
    List<String> notes = new ArrayList<>();
    if (!f.note().isEmpty()) {
      notes.add(f.note());
    }
    List<Action> all = f.play().actions();
    for (int i = 0; i < f.actions().size(); i++) {
      Action a = f.actions().get(i);
      int index = all.indexOf(a);
      switch (a) {
        case Action.Assign x -> { }
        case Action.Task t -> tasks.add(new TaskRow(0, s.id(), f.play().id(), owner, c.fill(t.title()),
            Payloads.taskBody(c), t.priority(), now, now + t.due().toMillis(), "open"));
        case Action.Slack x -> deliveries.add(delivery(s, f, "slack", x.webhookUrl(), index, owner,
            payloads.slack(x, c), now));
        case Action.Webhook x -> deliveries.add(delivery(s, f, "webhook", x.url(), index, owner,
            payloads.webhook(f, c, now), now));
        case Action.Email x -> {
          String to = x.to().equals("owner") ? f.owner().map(o -> o.email()).orElse("") : x.to();
          if (to.isEmpty()) {
            notes.add("email not sent: the person has no owner with an email address");
          } else {
            deliveries.add(delivery(s, f, "email", to, index, owner, payloads.email(x, c), now));
          }
        }
      }
    }
    history.add(new PlayRows.History(0, s.id(), f.play().id(), now, f.alertsHeld() ? "held" : "fired", f.summary(),
        String.join("; ", notes), owner, f.alerted()));
  }

  private static Delivery delivery(Situation s, Decision.Fired f, String channel, String target, int index,
      String owner, String payload, long now) {
    return Delivery.pending(id(s.id(), f.play().id(), now, index), s.id(), f.play().id(), channel, target, index, owner,
        payload, now);
  }

  /** A stable webhook-id: the same person, play, time and action give the same id. */
  static String id(String person, String play, long time, int action) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((person + "\u0000" + play + "\u0000" + time + "\u0000"
          + action).getBytes(StandardCharsets.UTF_8));
      return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  PlayRows rows() {
    return new PlayRows(history, states, assignments, cursors, tasks, deliveries);
  }

  boolean isEmpty() {
    return history.isEmpty() && states.isEmpty();
  }
}
