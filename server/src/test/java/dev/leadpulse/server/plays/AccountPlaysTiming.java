package dev.leadpulse.server.plays;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.core.model.yaml.PlaysReader;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timing, not a test (not run by default: its name does not end in Test): the plays
 * reactor's time per event with the demo model and plays, {@code -Dpeople=20000} people in
 * one account, {@code -Dbatch=1} people per commit, and with {@code -DaccountPlay=true} an
 * {@code account_score_above} play added. Run: {@code mvn -o -pl server -am test
 * -Dtest=AccountPlaysTiming -Dsurefire.failIfNoSpecifiedTests=false -Dbatch=50 -DaccountPlay=true}.
 */
class AccountPlaysTiming {
  @TempDir
  Path dir;

  static final String ACCOUNT_PLAY = """

        - id: warm-account
          on: account_score_above 100000
          actions:
            - task: { title: "{{account.id}} is warming up: {{trigger.summary}}" }
      """;

  @Test
  void reactorTimePerEventWithManyPeopleInOneAccount() throws Exception {
    int people = Integer.getInteger("people", 20_000);
    int events = Integer.getInteger("events", 400);
    int perCommit = Integer.getInteger("batch", 1);
    boolean accountPlay = Boolean.getBoolean("accountPlay");
    Scoreboard board = new Scoreboard(ModelReader.read(resource("/demo/saas-trial.yaml")), new CountingFailures());
    Plays plays = PlaysReader.read(resource("/demo/plays.yaml") + (accountPlay ? ACCOUNT_PLAY.stripTrailing() : ""));
    long t0 = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();
    for (int i = 0; i < people; i++) {
      board.accept(Event.identify("id-" + i, "u" + i, t0, Map.of("email", "u" + i + "@acme.example")));
      board.accept(Event.track("t-" + i, "u" + i, "Project Created", t0 + 1, Map.of()));
    }
    try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("lp.db"))) {
      PlayReactor reactor = new PlayReactor(plays, t0, store, new ObjectMapper(), t0, () -> { });
      long[] nanos = new long[2];
      for (int round = 0; round < 2; round++) {
        long total = 0;
        for (int c = 0; c < events / perCommit; c++) {
          long now = t0 + 60_000 + round * 1_000_000L + c;
          List<StoredEvent> stored = new ArrayList<>();
          List<PersonRow> rows = new ArrayList<>();
          List<ScorePoint> points = new ArrayList<>();
          for (int k = 0; k < perCommit; k++) {
            int n = c * perCommit + k;
            String u = "u" + ((n * 7919 + round * 13) % people);
            Event e = Event.track("x-" + round + "-" + n, u, "Member Invited", now, Map.of());
            board.accept(e);
            stored.add(new StoredEvent(e, "test", now, "", ""));
            PersonScore s = board.person(u, now).orElseThrow();
            rows.add(new PersonRow(u, false, s.score(), s.fit(), s.engagement(), s.stage(), s.grade(), s.account(),
                now, now, "{}"));
            points.add(new ScorePoint(u, now, s.score(), s.fit(), s.engagement(), s.stage()));
          }
          WriteBatch batch = new WriteBatch(stored, rows, List.of(), List.of(), points, List.of());
          long start = System.nanoTime();
          reactor.react(board, batch, now);
          total += System.nanoTime() - start;
        }
        nanos[round] = total;
      }
      System.out.printf("TIMING people=%d events=%d batch=%d accountPlay=%s reactor: warm-up %.1f us/event, "
          + "measured %.1f us/event%n", people, events, perCommit, accountPlay, nanos[0] / 1e3 / events,
          nanos[1] / 1e3 / events);
    }
  }

  private static String resource(String path) throws Exception {
    try (var in = AccountPlaysTiming.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
