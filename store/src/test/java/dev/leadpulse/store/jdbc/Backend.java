package dev.leadpulse.store.jdbc;

import java.nio.file.Path;

/** The databases every store test runs against. */
enum Backend {
  SQLITE,
  POSTGRESQL;

  /** A fresh, empty database of this kind for one test. */
  TestDatabase create(Path dir) {
    return switch (this) {
      case SQLITE -> TestDatabase.sqlite(dir);
      case POSTGRESQL -> TestDatabase.postgres();
    };
  }
}
