package dev.leadpulse.store.jdbc;

import static dev.leadpulse.store.jdbc.Fixtures.events;
import static dev.leadpulse.store.jdbc.Fixtures.identifyVisitor;
import static dev.leadpulse.store.jdbc.Fixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.LoggedEvent;
import dev.leadpulse.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Appending to the event log and reading it back: equal events, no duplicates, in order. */
@BothDatabases
class EventLogTest extends StoreTestBase {

  @Test
  void eventsReadBackEqualToWhatWasStored() {
    List<StoredEvent> stored = List.of(track("m1", "u1", 1), identifyVisitor("m2", "visitor-9", 2));
    store.commit(events(stored));

    List<StoredEvent> read = new ArrayList<>();
    store.events().forEach(0, e -> read.add(e.stored()));
    assertThat(read).containsExactlyElementsOf(stored);
    assertThat(read.get(0).event().properties().get("seats")).isEqualTo(12.0);
    assertThat(store.events().count()).isEqualTo(2);
  }

  @Test
  void aRepeatedMessageIdIsSkippedWithinABatchAndAcrossBatches() {
    store.commit(events(List.of(track("m1", "u1", 1), track("m1", "u1", 1), track("m2", "u1", 2))));
    store.commit(events(List.of(track("m2", "u2", 9), track("m3", "u1", 3))));

    List<String> ids = new ArrayList<>();
    store.events().forEach(0, e -> ids.add(e.stored().event().messageId()));
    assertThat(ids).containsExactly("m1", "m2", "m3");
    assertThat(store.events().of(List.of("u2"), List.of(), 10)).isEmpty();
  }

  @Test
  void forEachGoesInSeqOrderFromAfterSeq() {
    store.commit(events(List.of(track("m1", "u1", 30), track("m2", "u1", 10))));
    store.commit(events(List.of(track("m3", "u1", 20))));
    List<LoggedEvent> all = new ArrayList<>();
    store.events().forEach(0, all::add);
    assertThat(all).extracting(e -> e.stored().event().messageId()).containsExactly("m1", "m2", "m3");
    assertThat(all).extracting(LoggedEvent::seq).isSorted().doesNotHaveDuplicates();
    assertThat(store.events().lastSeq()).isEqualTo(all.get(2).seq());

    List<String> after = new ArrayList<>();
    store.events().forEach(all.get(0).seq(), e -> after.add(e.stored().event().messageId()));
    assertThat(after).containsExactly("m2", "m3");
  }

  @Test
  void anEmptyLogHasLastSeqZero() {
    assertThat(store.events().lastSeq()).isZero();
    assertThat(store.events().count()).isZero();
    store.events().forEach(0, e -> { throw new AssertionError("no events expected"); });
  }

  @Test
  void forEachStreamsALogLargerThanOneFetch() {
    for (int batch = 0; batch < 5; batch++) {
      int first = batch * 1_000;
      store.commit(events(IntStream.range(first, first + 1_000)
          .mapToObj(i -> track("m" + i, "u" + (i % 50), i)).toList()));
    }
    long[] seen = {0, 0};
    store.events().forEach(0, e -> {
      assertThat(e.seq()).isGreaterThan(seen[1]);
      assertThat(e.stored().event().messageId()).isEqualTo("m" + seen[0]);
      seen[0]++;
      seen[1] = e.seq();
    });
    assertThat(seen[0]).isEqualTo(5_000);
    assertThat(store.events().count()).isEqualTo(5_000);
  }

  @Test
  void ofFindsAPersonsEventsByEveryIdNewestFirstUpToTheLimit() {
    store.commit(events(List.of(track("m1", "u1", 1), track("m2", "u2", 2), track("m3", "u1", 5),
        identifyVisitor("m4", "visitor-1", 3), identifyVisitor("m5", "visitor-2", 4), track("m6", "u1", 6))));

    List<LoggedEvent> both = store.events().of(List.of("u1"), List.of("visitor-1"), 10);
    assertThat(both).extracting(e -> e.stored().event().messageId()).containsExactly("m6", "m3", "m4", "m1");
    assertThat(store.events().of(List.of("u1"), List.of("visitor-1"), 2))
        .extracting(e -> e.stored().event().messageId()).containsExactly("m6", "m3");
    assertThat(store.events().of(List.of(), List.of("visitor-2"), 10))
        .extracting(e -> e.stored().event().messageId()).containsExactly("m5");
  }

  @Test
  void anEventWithAUserIdBelongsToThatUserWhateverItsAnonymousId() {
    store.commit(events(List.of(track("m1", "u1", 1))));
    assertThat(store.events().of(List.of(), List.of("anon-u1"), 10)).isEmpty();
    assertThat(store.events().of(List.of("u1"), List.of(), 10)).hasSize(1);
  }

  @Test
  void anEmptyIdMatchesNothing() {
    store.commit(events(List.of(track("m1", "u1", 1), identifyVisitor("m2", "visitor-1", 2))));
    assertThat(store.events().of(List.of(""), List.of(""), 10)).isEmpty();
    assertThat(store.events().of(List.of(), List.of(), 10)).isEmpty();
  }
}
