package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.TaskRow;
import dev.leadpulse.store.Tasks;
import java.util.ArrayList;
import java.util.List;

/** Tasks on JDBC; ids grow, so id order is the order made. */
final class JdbcTasks implements Tasks {
  private static final String SELECT = "SELECT " + PlayRowsWriter.TASK_COLUMNS + " FROM tasks";

  private final Database db;

  JdbcTasks(Database db) {
    this.db = db;
  }

  @Override
  public List<TaskRow> list(String owner, String status, int limit) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!owner.isEmpty()) {
      where.add("owner = ?");
      params.add(owner);
    }
    if (!status.isEmpty()) {
      where.add("status = ?");
      params.add(status);
    }
    params.add(limit);
    String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY id DESC LIMIT ?";
    return db.read("listing tasks", c -> Queries.list(c, sql, PlayRowsWriter::task, params.toArray()));
  }

  @Override
  public List<TaskRow> of(String person) {
    return db.read("reading the tasks of " + person, c -> Queries.list(c, SELECT + " WHERE person = ? ORDER BY id",
        PlayRowsWriter::task, person));
  }
}
