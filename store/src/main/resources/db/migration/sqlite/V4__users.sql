-- Dashboard users and their sign-in sessions. Passwords are kept as salted PBKDF2 hashes and
-- session tokens as SHA-256 hashes: neither can be read back. Keep in step with the other dialect.

-- role: admin (edits the model and the plays) or rep (works their own queue). owner: the plays
-- file's owner id whose leads a rep works, or '' for none.
CREATE TABLE users (
  name          TEXT    PRIMARY KEY,
  role          TEXT    NOT NULL CHECK (role IN ('admin', 'rep')),
  owner         TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  created_at    INTEGER NOT NULL
);

CREATE TABLE sessions (
  token_hash TEXT    PRIMARY KEY,
  user_name  TEXT    NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_name);

-- Ingestion health by day (UTC, epoch day): reason "accepted" counts events accepted, any other
-- reason counts events rejected with that error code. Upserted by
-- the server as it goes, so the dashboard reads a few rows, not the event log.
CREATE TABLE ingest_days (
  day     INTEGER NOT NULL,
  reason  TEXT    NOT NULL,
  count   INTEGER NOT NULL,
  PRIMARY KEY (day, reason)
);
