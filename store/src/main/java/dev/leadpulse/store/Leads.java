package dev.leadpulse.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The hot-lead inbox: people in a stage, highest score first, with their owner, when they
 * entered the stage and the latest verdict on them. Amounts in hundredths, times in epoch ms.
 */
public interface Leads {

  /** Verdicts that close a lead: it leaves the open inbox until it enters a stage again. */
  Set<String> CLOSING_VERDICTS = Set.of("rejected", "converted", "lost");

  /**
   * What to list. Empty strings and sets mean "any".
   *
   * @param grade       a grade ("A1") or a fit letter ("A", matching A1, A2 …)
   * @param owners      owner ids; a lead matches when its owner is one of them
   * @param includeClosed whether leads closed since they entered their stage are listed too
   * @param limit       1 to 500
   */
  record Query(String stage, String grade, Set<String> owners, String account, boolean includeClosed, int limit) {
    public Query {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(grade, "grade");
      owners = Set.copyOf(owners);
      Objects.requireNonNull(account, "account");
      if (limit < 1 || limit > 500) {
        throw new IllegalArgumentException("limit must be between 1 and 500, not " + limit);
      }
    }
  }

  /**
   * A lead in the inbox.
   *
   * @param owner      their owner, or empty
   * @param inStageSince when they entered their current stage (the event time of the change), or their
   *                   latest update when no change is recorded
   * @param verdict    the latest verdict on them, or empty
   * @param verdictAt  when it was given, or −1
   * @param openTaskDue the due time of their earliest open task, or −1 when none
   */
  record Lead(String person, long score, long fit, long engagement, String stage, String grade, String account,
      long lastEventAt, String traitsJson, String owner, long inStageSince, String verdict, long verdictAt,
      long openTaskDue) {

    /** Whether the latest verdict came since they entered their stage (they have been worked). */
    public boolean touched() {
      return verdictAt >= inStageSince && !verdict.isEmpty();
    }

    public boolean closed() {
      return touched() && CLOSING_VERDICTS.contains(verdict);
    }
  }

  List<Lead> list(Query query);

  /** One person as a lead, whether or not they are in a stage; empty when they are not scored. */
  java.util.Optional<Lead> of(String person);
}
