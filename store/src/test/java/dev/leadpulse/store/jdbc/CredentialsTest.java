package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.store.Credentials.Source;
import org.junit.jupiter.api.Test;

/** Write keys and admin tokens: random, recognised when presented, stored only as SHA-256 hashes. */
@BothDatabases
class CredentialsTest extends StoreTestBase {

  @Test
  void aCreatedWriteKeyNamesItsSourceAndOnlyItsHashIsStored() {
    String key = store.credentials().createWriteKey("website");
    assertThat(key).matches("wk_[A-Za-z0-9_-]{32}");
    Source source = store.credentials().sourceOf(key).orElseThrow();
    assertThat(source.name()).isEqualTo("website");
    assertThat(store.credentials().sources()).containsExactly(source);
    assertThat(store.credentials().sourceOf(key + "x")).isEmpty();

    assertThat(database.text("SELECT key_hash FROM write_keys")).isEqualTo(Secrets.sha256(key)).doesNotContain(key);
    assertThat(database.number("SELECT COUNT(*) FROM write_keys WHERE key_hash LIKE '%" + key.substring(3) + "%'"
        + " OR name LIKE '%" + key.substring(3) + "%' OR source_id LIKE '%" + key.substring(3) + "%'")).isZero();
  }

  @Test
  void addingAGivenWriteKeyTwiceKeepsOneSource() {
    Source first = store.credentials().addWriteKey("app", "wk_from_the_environment");
    Source again = store.credentials().addWriteKey("renamed", "wk_from_the_environment");
    assertThat(again).isEqualTo(first);
    assertThat(store.credentials().sources()).hasSize(1);
    assertThat(store.credentials().sourceOf("wk_from_the_environment")).contains(first);
  }

  @Test
  void eachWriteKeyHasItsOwnSource() {
    String web = store.credentials().createWriteKey("web");
    String app = store.credentials().createWriteKey("app");
    assertThat(web).isNotEqualTo(app);
    assertThat(store.credentials().sourceOf(web).orElseThrow().id())
        .isNotEqualTo(store.credentials().sourceOf(app).orElseThrow().id());
  }

  @Test
  void adminTokensAreRecognisedAndStoredHashed() {
    assertThat(store.credentials().hasAdminToken()).isFalse();
    String token = store.credentials().createAdminToken("first admin");
    assertThat(token).matches("lpa_[A-Za-z0-9_-]{40}");
    assertThat(store.credentials().hasAdminToken()).isTrue();
    assertThat(store.credentials().isAdminToken(token)).isTrue();
    assertThat(store.credentials().isAdminToken("lpa_guess")).isFalse();

    store.credentials().addAdminToken("from env", "lpa_given");
    store.credentials().addAdminToken("from env", "lpa_given");
    assertThat(store.credentials().isAdminToken("lpa_given")).isTrue();
    assertThat(database.number("SELECT COUNT(*) FROM admin_tokens")).isEqualTo(2);
    assertThat(database.text("SELECT token_hash FROM admin_tokens ORDER BY created_at, token_hash"))
        .doesNotContain(token).doesNotContain("lpa_given").contains(Secrets.sha256(token));
  }
}
