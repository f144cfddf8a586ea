package dev.leadpulse.core.engine.identity;

import static dev.leadpulse.core.testing.Events.anonymousTrack;
import static dev.leadpulse.core.testing.Events.identifyLinking;
import static dev.leadpulse.core.testing.Events.track;
import static dev.leadpulse.core.testing.Scoring.fed;
import static dev.leadpulse.core.testing.Scoring.lines;
import static dev.leadpulse.core.testing.Scoring.person;
import static dev.leadpulse.core.testing.Times.HOUR;
import static dev.leadpulse.core.testing.Times.MINUTE;
import static dev.leadpulse.core.testing.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.Scoring;
import org.junit.jupiter.api.Test;

/**
 * An anonymous visitor's events made before an {@code identify} links them to a user count
 * for that user, as if they had always been one person, whether the identify arrives before
 * or after those events; counting rules see the merged history too.
 */
class AnonymousHistoryMergeTest {
  private static final Model MODEL = Scoring.model("""
      name: anonymous
      engagement:
        - id: pricing
          event: Pricing Viewed
          points: 5
        - id: pricing-3x
          event: Pricing Viewed
          times: 3
          within: session
          points: 20
      """);

  private static final Event ANON_1 = anonymousTrack("m1", "anon-1", "Pricing Viewed", T0);
  private static final Event ANON_2 = anonymousTrack("m2", "anon-1", "Pricing Viewed", T0 + MINUTE);
  private static final Event IDENTIFY = identifyLinking("m3", "u1", "anon-1", T0 + HOUR, "email", "pat@acme.example");
  private static final Event SIGNED_IN = track("m4", "u1", "Pricing Viewed", T0 + 2 * MINUTE);

  @Test
  void identifyArrivingLastMergesTheVisitorsPast() {
    var board = fed(MODEL, ANON_1, ANON_2, SIGNED_IN, IDENTIFY);

    assertMerged(board);
  }

  @Test
  void identifyArrivingFirstClaimsTheVisitorsLaterArrivingPast() {
    var board = fed(MODEL, IDENTIFY, SIGNED_IN, ANON_2, ANON_1);

    assertMerged(board);
  }

  @Test
  void beforeTheIdentifyTheVisitorIsScoredOnTheirOwn() {
    var board = fed(MODEL, ANON_1, ANON_2);

    assertThat(board.isAnonymous("anon-1")).isTrue();
    assertThat(person(board, "anon-1", T0 + MINUTE).score()).isEqualTo(1000);
  }

  private static void assertMerged(dev.leadpulse.core.engine.Scoreboard board) {
    var score = person(board, "u1", T0 + HOUR);
    assertThat(lines(score, "pricing")).extracting(Contribution::messageId).containsExactly("m1", "m2", "m4");
    assertThat(lines(score, "pricing-3x")).extracting(Contribution::messageId).containsExactly("m4");
    assertThat(score.score()).isEqualTo(3500);
    assertThat(board.people()).containsExactly("u1");
    assertThat(board.isAnonymous("anon-1")).isFalse();
    assertThat(board.resolve("anon-1")).contains("u1");
  }
}
