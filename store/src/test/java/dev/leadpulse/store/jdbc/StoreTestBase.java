package dev.leadpulse.store.jdbc;

import dev.leadpulse.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A freshly opened, empty store for each test, on the database of the class's run
 * ({@link BothDatabases}); closed and dropped afterwards.
 */
abstract class StoreTestBase {
  @Parameter
  Backend backend;

  @TempDir
  Path dir;

  TestDatabase database;
  Store store;

  @BeforeEach
  void openStore() {
    database = backend.create(dir);
    store = database.open();
  }

  @AfterEach
  void closeStore() {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      database.close();
    }
  }
}
