package dev.leadpulse.server.plays;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.plays.AccountView;
import dev.leadpulse.core.plays.Decider;
import dev.leadpulse.core.plays.Decision;
import dev.leadpulse.core.plays.Play;
import dev.leadpulse.core.plays.PlayState;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Situation;
import dev.leadpulse.core.plays.Trigger;
import dev.leadpulse.server.pipeline.CommitReactions;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.PlayRows;
import dev.leadpulse.store.StageChangeRow;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the plays inside the scoring commit: for each person the batch writes, builds their
 * {@link Situation} (new stage changes, this commit's events, account, recent scores), asks the
 * {@link Decider}, applies the decision to the {@link PlayState} and adds the rows to the batch,
 * so that history, tasks and the outbox commit with the score change (or not at all).
 *
 * <p>A person is decided only when a play could trigger for them: always when a play watches
 * scores or inactivity, otherwise only when they entered a watched stage or sent a watched event.
 * Their account's score, which reads every member of the account, is read only when a play needs
 * it ({@link AccountView}), and then once per account and time in a commit. Without plays it adds
 * nothing. Used by the writer thread alone.
 */
public final class PlayReactor implements CommitReactions {
  private final Store store;
  private final Payloads payloads;
  private final CountingFailures failures = new CountingFailures();
  private final Runnable deliveriesWritten;
  private Plays plays;
  /** When the plays in force took effect (epoch ms): quiet spells that ended before it never fire. */
  private long since;
  private RecentScores recent;
  private Set<String> stages;
  private Set<String> events;
  private boolean everyChange;
  /** The plays with an {@code inactive} trigger. */
  private List<Play> inactive;
  private PlayState state;
  /** Account scores read so far; each reads every member of its account. */
  private long accountScoreReads;

  /**
   * Runs {@code plays}, in force since {@code since}; {@code now} dates the hourly alert limit's
   * window. {@code deliveriesWritten} hears (on the writer thread, before the commit) that a
   * commit carries deliveries for the outbox.
   */
  public PlayReactor(Plays plays, long since, Store store, ObjectMapper json, long now, Runnable deliveriesWritten) {
    this.store = store;
    this.deliveriesWritten = deliveriesWritten;
    this.payloads = new Payloads(json);
    use(plays, since);
    this.state = PlayMemory.load(store.playLog(), now);
  }

  /**
   * Runs {@code next} from now on, in force since {@code since}: the next trigger is decided by
   * it. What the plays remember (trigger state, cooldowns, owners, round-robin positions) is kept
   * by play id and team. Call on the writer thread.
   *
   * @return whether the {@code inactive} triggers changed (wake-ups must then be scheduled again)
   */
  public boolean use(Plays next, long since) {
    boolean moved = inactive == null || !inactiveTriggers(inactive).equals(inactiveTriggers(next.plays()));
    this.plays = next;
    this.since = since;
    this.recent = new RecentScores(next, store);
    this.stages = triggers(Trigger.StageEntered.class).stream().map(Trigger.StageEntered::stage)
        .collect(Collectors.toSet());
    this.events = triggers(Trigger.EventNamed.class).stream().map(Trigger.EventNamed::name).collect(Collectors.toSet());
    this.inactive = next.plays().stream().filter(p -> p.trigger() instanceof Trigger.Inactive).toList();
    this.everyChange = next.plays().stream().anyMatch(p -> !(p.trigger() instanceof Trigger.StageEntered)
        && !(p.trigger() instanceof Trigger.EventNamed));
    return moved;
  }

  private static List<List<Object>> inactiveTriggers(List<Play> plays) {
    return plays.stream().filter(p -> p.trigger() instanceof Trigger.Inactive)
        .map(p -> List.<Object>of(p.id(), p.trigger())).toList();
  }

  public Plays plays() {
    return plays;
  }

  /** Conditions that failed while deciding (counted as false). */
  public CountingFailures failures() {
    return failures;
  }

  @Override
  public WriteBatch react(Scoreboard board, WriteBatch batch, long now) {
    if (plays.plays().isEmpty() || batch.people().isEmpty()) {
      return batch;
    }
    Map<String, List<StageChange>> newStages = new HashMap<>();
    for (StageChangeRow c : batch.stageChanges()) {
      newStages.computeIfAbsent(c.person(), p -> new ArrayList<>()).add(new StageChange(c.time(), c.from(), c.to(),
          c.why()));
    }
    // Without score or inactivity triggers, only the names a play watches can trigger anything.
    Map<String, List<String>> eventNames = new HashMap<>();
    for (StoredEvent e : batch.events()) {
      Event ev = e.event();
      if (!everyChange && !events.contains(ev.name())) {
        continue;
      }
      board.resolve(ev.userId().isEmpty() ? ev.anonymousId() : ev.userId())
          .ifPresent(key -> eventNames.computeIfAbsent(key, k -> new ArrayList<>()).add(ev.name()));
    }
    recent.saw(batch.scorePoints());
    OutcomeRows rows = new OutcomeRows(plays, payloads);
    Map<String, AccountScore> accountScores = new HashMap<>();
    for (PersonRow row : batch.people()) {
      List<StageChange> entered = newStages.getOrDefault(row.id(), List.of());
      List<String> names = eventNames.getOrDefault(row.id(), List.of());
      if (!everyChange && entered.stream().noneMatch(c -> stages.contains(c.to()))
          && names.stream().noneMatch(events::contains)) {
        continue;
      }
      Optional<PersonScore> score = board.person(row.id(), Math.max(now, row.lastEventAt()));
      if (score.isEmpty()) {
        continue;
      }
      AccountView account = row.account().isEmpty() ? AccountView.NONE
          : account(board, row.account(), score.get().asOf(), accountScores);
      Situation s = new Situation(score.get(), entered, names, row.lastEventAt(), recent.of(row.id()), account, now);
      Decision d = Decider.decide(plays, s, state, failures);
      if (d.isEmpty()) {
        continue;
      }
      state.apply(d);
      rows.add(s, d, state);
    }
    if (rows.isEmpty()) {
      return batch;
    }
    PlayRows written = rows.rows();
    if (!written.deliveries().isEmpty()) {
      deliveriesWritten.run();
    }
    return batch.withPlays(written);
  }

  /**
   * The account {@code id} as of {@code asOf}, read only if a play needs it. The board does not
   * change while a commit's people are decided, so an account's score at one time is read once
   * per commit ({@code read}, by id and time) however many of its people are decided.
   */
  private AccountView account(Scoreboard board, String id, long asOf, Map<String, AccountScore> read) {
    return AccountView.lazy(() -> board.accountTraits(id, asOf), () -> read.computeIfAbsent(id + "\u0000" + asOf, k -> {
      accountScoreReads++;
      return board.account(id, asOf);
    }));
  }

  /** How many account scores were read since this reactor was made (for tests: reading one is dear). */
  long accountScoreReads() {
    return accountScoreReads;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The end of the person's quiet spell for each {@code inactive} play; a spell that already
   * ended (while the server was down, or the events came in late) is due {@code now} as long as
   * its trigger is still armed. Waking disarms it (the trigger reached is spent, even when the
   * play's {@code when} does not hold), so it is not due again until the person's next event.
   * A spell that ended before the plays took effect is not due: publishing a new
   * {@code inactive} play does not alert on everyone who went quiet long ago.
   */
  @Override
  public Optional<Long> nextWake(Scoreboard board, String person, long now) {
    if (inactive.isEmpty()) {
      return Optional.empty();
    }
    return board.lastEventTime(person).flatMap(last -> inactive.stream()
        .map(p -> due(person, p, last + ((Trigger.Inactive) p.trigger()).idle().toMillis(), now))
        .flatMap(Optional::stream).min(Long::compare));
  }

  private Optional<Long> due(String person, Play p, long quietUntil, long now) {
    if (quietUntil > now) {
      return Optional.of(quietUntil);
    }
    return quietUntil >= since && state.armed(person, p.id()) ? Optional.of(now) : Optional.empty();
  }

  @Override
  public void reload(long now) {
    state = PlayMemory.load(store.playLog(), now);
    recent.clear();
  }

  @Override
  public void forget(Collection<String> keys) {
    keys.forEach(k -> {
      state.forget(k);
      recent.forget(k);
    });
  }

  private <T extends Trigger> List<T> triggers(Class<T> kind) {
    return plays.plays().stream().map(p -> p.trigger()).filter(kind::isInstance).map(kind::cast).toList();
  }
}
