package dev.leadpulse.server.pipeline;

import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.store.Page;
import dev.leadpulse.store.PersonQuery;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.Store;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Start-up (and recovery) bookkeeping: takes the stored people rows as what was written, with
 * the stage changes up to each row's time as recorded, and schedules everyone's next change
 * from that time. So a change that fell due while the server was down (an inactivity award, a
 * stage reached by decay) is written and recorded at once, and nothing already recorded is
 * recorded twice. People the board holds without a stored row are written at once. The
 * reactions' wake-ups (a play's {@code inactive} trigger) are scheduled too, so that a person
 * who sends nothing after a restart is still woken when their quiet spell ends.
 */
final class Recorded {
  private static final int PAGE = 1_000;

  private Recorded() {}

  static void load(Store store, LiveBoard live, RowBuilder rows, WakeUps wakeUps, CommitReactions reactions,
      long now) {
    Scoreboard board = live.snapshot().board();
    Set<String> stored = new HashSet<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<PersonRow> page = store.scores().people(new PersonQuery("", "", Long.MIN_VALUE, "",
          PersonQuery.Sort.SCORE, cursor, PAGE));
      for (PersonRow row : page.items()) {
        stored.add(row.id());
        long asOf = Math.max(now, board.lastEventTime(row.id()).orElse(now));
        Optional<PersonScore> s = board.person(row.id(), asOf);
        if (s.isEmpty()) {
          wakeUps.schedule(row.id(), now);
          continue;
        }
        List<StageChange> recorded = s.get().stageHistory().stream().filter(c -> c.time() <= row.updatedAt()).toList();
        rows.recordStored(row.id(), row.score(), row.stage(), row.account(), recorded);
        long from = Math.max(row.updatedAt(), board.lastEventTime(row.id()).orElse(row.updatedAt()));
        Optional<Long> change = board.nextChange(row.id(), from);
        Optional<Long> reaction = reactions.nextWake(board, row.id(), now);
        Optional<Long> next = change.isEmpty() ? reaction
            : reaction.map(r -> Math.min(r, change.get())).or(() -> change);
        next.ifPresent(t -> wakeUps.schedule(row.id(), Math.max(t, now)));
      }
      cursor = page.next();
    } while (cursor.isPresent());
    for (String key : board.people()) {
      if (!stored.contains(key)) {
        wakeUps.schedule(key, now);
      }
    }
  }
}
