package dev.leadpulse.store;

import java.util.List;
import java.util.Objects;

/**
 * What the plays write in a commit, in the same transaction as the score change that caused
 * it: history, trigger state, owners, round-robin positions, tasks and the outbox.
 */
public record PlayRows(List<History> history, List<State> states, List<Assignment> assignments, List<Cursor> cursors,
    List<TaskRow> tasks, List<Delivery> deliveries) {
  public static final PlayRows NONE = new PlayRows(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public PlayRows {
    history = List.copyOf(history);
    states = List.copyOf(states);
    assignments = List.copyOf(assignments);
    cursors = List.copyOf(cursors);
    tasks = List.copyOf(tasks);
    deliveries = List.copyOf(deliveries);
  }

  public boolean isEmpty() {
    return history.isEmpty() && states.isEmpty() && assignments.isEmpty() && cursors.isEmpty() && tasks.isEmpty()
        && deliveries.isEmpty();
  }

  /**
   * A play's outcome for a person. {@code seq} is assigned by the store (0 when writing).
   *
   * @param outcome {@code fired}, {@code held} (alerts held by the owner's hourly limit) or {@code suppressed}
   * @param detail  why, in words: "cooldown until …", "suppressed by hot-trial, …", "alerts held: …"
   * @param owner   the person's owner when it fired, or empty
   * @param alerted whether an alert went out (counts against the owner's hourly limit)
   */
  public record History(long seq, String person, String play, long time, String outcome, String summary,
      String detail, String owner, boolean alerted) {
    public History {
      Objects.requireNonNull(person, "person");
      if (!List.of("fired", "held", "suppressed").contains(outcome)) {
        throw new IllegalArgumentException("outcome must be fired, held or suppressed, not " + outcome);
      }
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(owner, "owner");
    }
  }

  /** A play's state for a subject (a person id, or {@code account:ID}); {@code lastFired} −1 for never. */
  public record State(String subject, String play, long lastFired, boolean armed) {}

  /** A person's owner, and the play that assigned them. */
  public record Assignment(String person, String owner, String play, long assignedAt) {}

  /** A round-robin position: the index of the next owner of {@code team} to pick. */
  public record Cursor(String team, int next) {}
}
