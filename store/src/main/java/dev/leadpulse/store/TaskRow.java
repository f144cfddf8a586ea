package dev.leadpulse.store;

import java.util.Objects;

/**
 * A task a play made for an owner. {@code id} is assigned by the store (0 when writing).
 *
 * @param body     the context in plain words: the trigger and the rules and events behind it
 * @param priority low, normal or high
 * @param status   open or done
 */
public record TaskRow(long id, String person, String play, String owner, String title, String body, String priority,
    long createdAt, long dueAt, String status) {
  public TaskRow {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(play, "play");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
  }
}
