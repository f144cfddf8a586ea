package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadpulse.store.ModelVersions.ModelVersion;
import org.junit.jupiter.api.Test;

/** Model versions: published as drafts, one active at a time, the former active retired. */
@BothDatabases
class ModelVersionsTest extends StoreTestBase {

  @Test
  void versionsArePublishedAsDraftsActivatedAndRetired() {
    assertThat(store.models().active()).isEmpty();
    assertThat(store.models().list()).isEmpty();

    ModelVersion v1 = store.models().publish("trial", "rules: []\n", "ops@example.com");
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.status()).isEqualTo("draft");
    assertThat(v1.yaml()).isEqualTo("rules: []\n");
    assertThat(store.models().get(1)).contains(v1);
    assertThat(store.models().active()).isEmpty();

    store.models().activate(1);
    assertThat(store.models().active().orElseThrow().version()).isEqualTo(1);

    ModelVersion v2 = store.models().publish("trial", "rules: [x]\n", "ops@example.com");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(store.models().active().orElseThrow().version()).isEqualTo(1);

    store.models().activate(2);
    assertThat(store.models().active().orElseThrow().version()).isEqualTo(2);
    assertThat(store.models().list()).extracting(ModelVersion::version).containsExactly(2, 1);
    assertThat(store.models().list()).extracting(ModelVersion::status).containsExactly("active", "retired");
    assertThat(store.models().get(3)).isEmpty();
  }

  @Test
  void activatingAnUnknownVersionIsRefusedAndChangesNothing() {
    store.models().publish("m", "rules: []\n", "a");
    store.models().activate(1);
    assertThatThrownBy(() -> store.models().activate(7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no model version 7");
    assertThat(store.models().active().orElseThrow().version()).isEqualTo(1);
  }
}
