package dev.leadpulse.server.web;

import dev.leadpulse.store.Leads.Lead;
import java.util.List;

/**
 * A lead as an inbox row shows it.
 *
 * @param since    how long ago they entered their stage (the trigger)
 * @param sla      the response clock in words: "due in 40m", "overdue 2h 05m", "worked in 12m"
 * @param slaState ok, soon, late or done
 * @param verdict  the verdict given since the trigger, or empty
 */
public record LeadView(String id, String url, String name, String title, String score, String grade, String stage,
    String owner, String account, String accountUrl, List<Reasons.Reason> reasons, String since, String sla,
    String slaState, String verdict) {

  /** Responses are due this long after the trigger unless an open task says otherwise. */
  static final long DEFAULT_SLA_MILLIS = 3_600_000;
  private static final long SOON_MILLIS = 15 * 60_000;

  static LeadView of(Lead lead, People who, String ownerName, List<Reasons.Reason> reasons, long now) {
    String sla;
    String state;
    if (lead.touched()) {
      sla = lead.verdict() + " in " + Format.span(lead.verdictAt() - lead.inStageSince());
      state = "done";
    } else {
      long due = lead.openTaskDue() >= 0 ? lead.openTaskDue() : lead.inStageSince() + DEFAULT_SLA_MILLIS;
      sla = now < due ? "due in " + Format.span(due - now) : "overdue " + Format.span(now - due);
      state = now >= due ? "late" : due - now <= SOON_MILLIS ? "soon" : "ok";
    }
    return new LeadView(lead.person(), Format.personUrl(lead.person()), who.name(), who.title(),
        Format.points(lead.score()), lead.grade(), lead.stage(), ownerName, lead.account(),
        lead.account().isEmpty() ? "" : Format.accountUrl(lead.account()), reasons,
        Format.ago(lead.inStageSince(), now), sla, state, lead.touched() ? lead.verdict() : "");
  }
}
