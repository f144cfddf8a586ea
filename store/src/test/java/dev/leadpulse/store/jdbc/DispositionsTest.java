package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Dispositions.Disposition;
import org.junit.jupiter.api.Test;

/** Sales reps' verdicts: kept with an id, time and author, read back oldest first. */
@BothDatabases
class DispositionsTest extends StoreTestBase {

  @Test
  void verdictsAreKeptPerPersonOldestFirst() {
    Disposition first = store.dispositions().add(new Disposition(0, "u1", "contacted", "left a voicemail", "rep@x", 10));
    Disposition second = store.dispositions().add(new Disposition(0, "u1", "converted", "", "rep@x", 20));
    store.dispositions().add(new Disposition(0, "u2", "rejected", "student", "rep@x", 15));

    assertThat(first.id()).isPositive();
    assertThat(second.id()).isGreaterThan(first.id());
    assertThat(first).isEqualTo(new Disposition(first.id(), "u1", "contacted", "left a voicemail", "rep@x", 10));
    assertThat(store.dispositions().of("u1")).containsExactly(first, second);
    assertThat(store.dispositions().of("nobody")).isEmpty();
  }
}
