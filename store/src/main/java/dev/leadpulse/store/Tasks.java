package dev.leadpulse.store;

import java.util.List;

/** Tasks the plays made for owners. Written by {@link Store#commit}. */
public interface Tasks {

  /** Tasks of {@code owner} (empty for everyone's) with {@code status} (empty for any), newest first. */
  List<TaskRow> list(String owner, String status, int limit);

  /** A person's tasks, oldest first. */
  List<TaskRow> of(String person);
}
