package dev.leadpulse.server.plays;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.condition.CountingFailures;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.engine.Scoreboard;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.core.model.yaml.PlaysReader;
import dev.leadpulse.store.PersonRow;
import dev.leadpulse.store.ScorePoint;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.TaskRow;
import dev.leadpulse.store.WriteBatch;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays that read the account's score still see it through the reactor, now that it is read
 * only when a play needs it: an {@code account_score_above} trigger fires once per account, and
 * a {@code when} on {@code account.score} sees the score of the whole account.
 */
class AccountPlaysTest {
  static final long T0 = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();
  static final String MODEL = """
      name: accounts
      accounts:
        key: email_domain
      engagement:
        - { id: login, label: logged in, event: Logged In, points: 20 }
      """;
  static final String PLAYS = """
      owners:
        - { id: ana, name: Ana Ruiz, email: ana@example.com, team: smb }
      plays:
        - id: warm-account
          on: account_score_above 30
          actions:
            - task: { title: "{{account.id}} is warming up: {{trigger.summary}}" }
        - id: big-account-login
          on: event Logged In
          when: 'account.score >= 40.0'
          actions:
            - task: { title: "{{person.id}} of a big account logged in" }
      """;

  @TempDir
  Path dir;

  private final Scoreboard board = new Scoreboard(ModelReader.read(MODEL), new CountingFailures());
  private Store store;
  private PlayReactor reactor;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:sqlite:" + dir.resolve("lp.db"));
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private void use(String plays) {
    reactor = new PlayReactor(PlaysReader.read(plays), T0, store, new ObjectMapper(), T0, () -> { });
  }

  /** A login by each of {@code users} of acme.example in one commit, as the pipeline hands it to the reactor. */
  private List<TaskRow> login(long now, String... users) {
    List<StoredEvent> events = new ArrayList<>();
    List<PersonRow> rows = new ArrayList<>();
    List<ScorePoint> points = new ArrayList<>();
    for (String user : users) {
      board.accept(Event.identify(user + "-id", user, T0, Map.of("email", user + "@acme.example")));
      Event e = Event.track(user + "-login-" + now, user, "Logged In", now, Map.of());
      board.accept(e);
      events.add(new StoredEvent(e, "test", now, "", ""));
    }
    for (String user : users) {
      PersonScore s = board.person(user, now).orElseThrow();
      rows.add(new PersonRow(user, false, s.score(), s.fit(), s.engagement(), s.stage(), s.grade(), s.account(), now,
          now, "{}"));
      points.add(new ScorePoint(user, now, s.score(), s.fit(), s.engagement(), s.stage()));
    }
    return reactor.react(board, new WriteBatch(events, rows, List.of(), List.of(), points, List.of()), now).plays()
        .tasks();
  }

  @Test
  void anAccountScorePlayFiresOncePerAccountAndAWhenSeesTheAccountScore() {
    use(PLAYS);

    assertThat(login(T0 + 1_000, "u1")).as("account at 20").isEmpty();
    assertThat(login(T0 + 2_000, "u2")).as("account at 40").extracting(TaskRow::title).containsExactly(
        "acme.example is warming up: account acme.example reached 40 — logged in",
        "u2 of a big account logged in");
    assertThat(login(T0 + 3_000, "u3")).as("account at 60: armed per account, so only the when play")
        .extracting(TaskRow::title).containsExactly("u3 of a big account logged in");
    assertThat(reactor.accountScoreReads()).as("one read per commit").isEqualTo(3);
  }

  @Test
  void anAccountIsReadOncePerCommitHoweverManyOfItsPeopleChanged() {
    use(PLAYS);

    assertThat(login(T0 + 1_000, "u1", "u2", "u3")).extracting(TaskRow::person)
        .containsExactly("u1", "u1", "u2", "u3");
    assertThat(reactor.accountScoreReads()).isEqualTo(1);
  }

  @Test
  void theDemoPlaysNeverReadTheAccountScore() throws Exception {
    try (var in = AccountPlaysTest.class.getResourceAsStream("/demo/plays.yaml")) {
      use(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    List<TaskRow> tasks = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      tasks.addAll(login(T0 + i * 1_000, "u1", "u2"));
    }

    assertThat(tasks).as("hot-lead fired at 60").extracting(TaskRow::play).containsExactly("hot-lead", "hot-lead");
    assertThat(reactor.accountScoreReads()).as("account score reads").isZero();
  }
}
