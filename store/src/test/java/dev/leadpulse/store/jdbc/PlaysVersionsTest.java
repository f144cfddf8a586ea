package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.PlaysVersions.PlaysVersion;
import org.junit.jupiter.api.Test;

/** Plays versions: each published version is active at once, the former one retired. */
@BothDatabases
class PlaysVersionsTest extends StoreTestBase {

  @Test
  void aPublishedVersionIsActiveAtOnceAndTheFormerOneRetired() {
    assertThat(store.plays().active()).isEmpty();
    assertThat(store.plays().list()).isEmpty();

    PlaysVersion v1 = store.plays().publish("plays: []\n", "file:plays.yaml", 1_000);
    assertThat(v1).isEqualTo(new PlaysVersion(1, "plays: []\n", "file:plays.yaml", 1_000, "active"));
    assertThat(store.plays().active()).contains(v1);

    PlaysVersion v2 = store.plays().publish("plays: [x]\n", "ops", 2_000);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(store.plays().active()).contains(v2);
    assertThat(store.plays().list()).extracting(PlaysVersion::version, PlaysVersion::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "active"),
            org.assertj.core.groups.Tuple.tuple(1, "retired"));
    assertThat(store.plays().get(1).orElseThrow().yaml()).isEqualTo("plays: []\n");
    assertThat(store.plays().get(3)).isEmpty();
  }
}
