package dev.leadpulse.server.web;

import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.store.Leads;
import dev.leadpulse.store.Users.User;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inbox's filters as asked for in the query string, and the choices offered. A rep always
 * sees their own queue: the owner and team filters do not apply to them.
 */
public record InboxFilters(String stage, String grade, String owner, String team, String account, boolean closed,
    boolean rep, List<String> stages, List<String> grades, List<Owner> owners, List<String> teams) {

  static InboxFilters of(Context ctx, User viewer, List<String> stages, List<String> grades, Plays plays) {
    return new InboxFilters(param(ctx, "stage"), param(ctx, "grade"), param(ctx, "owner"), param(ctx, "team"),
        param(ctx, "account"), "on".equals(ctx.queryParam("closed")), !viewer.isAdmin(), stages, grades,
        plays.owners(), List.copyOf(plays.teams().keySet()));
  }

  /** The store query: a rep's own leads, or the chosen owner and team. */
  Leads.Query query(User viewer, Plays plays, int limit) {
    Set<String> owners = new LinkedHashSet<>();
    if (rep) {
      owners.add(viewer.owner().isEmpty() ? "\u0000no owner" : viewer.owner());
    } else {
      if (!owner.isEmpty()) {
        owners.add(owner);
      }
      if (!team.isEmpty()) {
        Set<String> members = plays.team(team).stream().map(Owner::id).collect(Collectors.toSet());
        if (owners.isEmpty()) {
          owners.addAll(members.isEmpty() ? Set.of("\u0000no owner") : members);
        } else {
          owners.retainAll(members);
          if (owners.isEmpty()) {
            owners.add("\u0000no owner");
          }
        }
      }
    }
    return new Leads.Query(stage, grade, owners, account, closed, limit);
  }

  /** The filters as a query string, for the rows' refresh. */
  public String queryString() {
    StringBuilder q = new StringBuilder();
    append(q, "stage", stage);
    append(q, "grade", grade);
    append(q, "owner", owner);
    append(q, "team", team);
    append(q, "account", account);
    append(q, "closed", closed ? "on" : "");
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (!value.isEmpty()) {
      q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(Format.encode(value));
    }
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
