package dev.leadpulse.core.engine.accounts;

import static dev.leadpulse.core.testing.Events.group;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.HOUR;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.StageChange;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * A stage condition that reads {@code account.traits} is evaluated right after each award
 * with the account as it stood then, so a late {@code group} call re-scores the members
 * just as one read by an engagement or fit rule does: the stage change keeps its time.
 */
class LateGroupCallStageConditionTest {
  private static final Model MODEL = Scoring.model("""
      name: stage-reads-account
      engagement:
        - id: click
          event: Click
          points: 10
      stages:
        - name: VIP
          when: 'account.traits.tier == "gold"'
      """);

  private static final Event ACME_IS_GOLD = group("g0", "u2", "acme", T0, "tier", "gold");
  private static final Event U1_JOINS_ACME = group("g1", "u1", "acme", T0 + HOUR);
  private static final Event U1_CLICKS = track("m1", "u1", "Click", T0 + 2 * HOUR);

  @Test
  void inEventTimeOrderTheStageChangesAtTheClick() {
    var score = person(fed(MODEL, ACME_IS_GOLD, U1_JOINS_ACME, U1_CLICKS), "u1", T0 + 5 * HOUR);

    assertThat(score.stageHistory()).extracting(StageChange::time, StageChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(T0 + 2 * HOUR, "VIP"));
  }

  @Test
  void aLateGroupCallGivesTheSameStageHistory() {
    var score = person(fed(MODEL, U1_JOINS_ACME, U1_CLICKS, ACME_IS_GOLD), "u1", T0 + 5 * HOUR);

    assertThat(score.stageHistory()).extracting(StageChange::time, StageChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(T0 + 2 * HOUR, "VIP"));
  }
}
