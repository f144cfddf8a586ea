package dev.leadpulse.server.web;

import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.server.reports.ResponseTimes;
import dev.leadpulse.store.Reports.Response;
import java.util.List;
import java.util.function.Function;

/**
 * One owner's response times against the SLA: from a play's trigger to the first verdict on the
 * person. A trigger counts toward "within SLA" once it is decided: touched (in time or not), or
 * untouched for longer than the SLA; triggers still inside their window are left out of the share.
 * Median and p90 are nearest-rank over the touched triggers ({@link ResponseTimes}).
 *
 * @param median  in words ("12m"), or an en dash when nothing was touched
 * @param within  the share of decided triggers touched within the SLA, as a percentage
 * @param overdue untouched and past the SLA
 */
public record OwnerSla(String owner, int triggers, int touched, String median, String p90, String within,
    long overdue) {

  /** Each owner's row, by owner id; names from the plays file where it has them. */
  static List<OwnerSla> of(List<Response> responses, Plays plays, long slaMillis, long now) {
    Function<String, String> name = id -> plays.owner(id).map(Owner::name).orElse(id);
    return ResponseTimes.byOwner(responses).stream().map(t -> {
      List<Response> mine = responses.stream().filter(r -> r.owner().equals(t.owner())).toList();
      long inTime = mine.stream().filter(r -> r.touched() && r.firstTouchAt() - r.triggeredAt() <= slaMillis).count();
      long overdue = mine.stream().filter(r -> !r.touched() && now - r.triggeredAt() > slaMillis).count();
      long decided = mine.stream().filter(Response::touched).count() + overdue;
      return new OwnerSla(name.apply(t.owner()), t.triggers(), t.touched(),
          t.touched() == 0 ? "\u2013" : Format.span(t.median()), t.touched() == 0 ? "\u2013" : Format.span(t.p90()),
          Format.percent(inTime, decided), overdue);
    }).toList();
  }
}
