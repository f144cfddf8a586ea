package dev.leadpulse.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import dev.leadpulse.server.app.ServerConfig;
import dev.leadpulse.store.Store;
import dev.leadpulse.store.StoreException;
import dev.leadpulse.store.StoredEvent;
import dev.leadpulse.store.WriteBatch;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a commit fails, its requests fail, and so does every request scored after it on the
 * same board; the board is then rebuilt from the store, so that memory never holds events the
 * store does not, and later requests are scored and stored as usual.
 */
class FailedCommitTest {
  private static final Model MODEL = ModelReader.read("""
      name: failed-commit
      engagement:
        - id: login
          event: Login
          points: 10
      """);

  @TempDir
  Path temp;

  @Test
  void aFailedCommitLeavesNeitherTheStoreNorTheBoardWithItsEvents() throws Exception {
    try (FailingStore failing = new FailingStore(Store.open(ServerConfig.sqliteIn(temp)))) {
      Store store = failing.store();
      LiveBoard live = LiveBoard.load(store.events(), MODEL, 1, n -> { });
      ScoringPipeline pipeline = new ScoringPipeline(store, live, new ObjectMapper(), Clock.systemUTC(),
          PipelineMetrics.NONE, 10_000);
      try {
        pipeline.append(List.of(login("m1", "ana"))).get(10, TimeUnit.SECONDS);

        failing.failNext = true;
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          sent.add(pipeline.append(List.of(login("bad-" + i, "ben-" + i))));
        }
        List<String> acknowledged = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < sent.size(); i++) {
          try {
            sent.get(i).get(10, TimeUnit.SECONDS);
            acknowledged.add("bad-" + i);
          } catch (ExecutionException e) {
            refused++;
          }
        }
        assertThat(refused).as("the first commit failed").isPositive();

        pipeline.append(List.of(login("m2", "ana"))).get(10, TimeUnit.SECONDS);

        long ana = live.read(b -> b.person("ana", System.currentTimeMillis()).orElseThrow().score());
        assertThat(ana).isEqualTo(2_000);
        List<String> stored = new ArrayList<>();
        store.events().forEach(0, e -> stored.add(e.stored().event().messageId()));
        List<String> expected = new ArrayList<>(List.of("m1"));
        expected.addAll(acknowledged);
        expected.add("m2");
        assertThat(stored).as("exactly the acknowledged events are stored").containsExactlyElementsOf(expected);
        for (int i = 0; i < 5; i++) {
          String user = "ben-" + i;
          Optional<String> onBoard = live.read(b -> b.resolve(user));
          assertThat(onBoard.isPresent()).as("%s is on the board exactly when acknowledged", user)
              .isEqualTo(acknowledged.contains("bad-" + i));
        }
        assertThat(pipeline.pendingEvents()).isZero();

        pipeline.append(List.of(login("bad-0", "ben-0"))).get(10, TimeUnit.SECONDS);
        Optional<String> again = live.read(b -> b.resolve("ben-0"));
        assertThat(again).as("a refused message may be sent again").contains("ben-0");
      } finally {
        pipeline.close();
      }
    }
  }

  private static StoredEvent login(String messageId, String user) {
    long now = System.currentTimeMillis();
    return new StoredEvent(Event.track(messageId, user, "Login", now, Map.of()), "test", now, "", "");
  }

  /** A store whose next commit of events fails once {@code failNext} is set; everything else is the real store's. */
  private static final class FailingStore implements AutoCloseable {
    private final Store real;
    private final Store proxy;
    volatile boolean failNext;

    FailingStore(Store real) {
      this.real = real;
      this.proxy = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
          (self, method, args) -> {
            if (method.getName().equals("commit") && failNext && !((WriteBatch) args[0]).events().isEmpty()) {
              failNext = false;
              throw new StoreException("the disk is full (simulated)");
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    Store store() {
      return proxy;
    }

    @Override
    public void close() {
      real.close();
    }
  }
}
