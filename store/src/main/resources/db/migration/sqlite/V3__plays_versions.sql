-- Plays versions: every plays file published (by serve --plays or the admin API); at most one
-- is active. A new version is in force for new triggers at once: nothing is recomputed, and what
-- the plays remember (history, trigger state, owners, the outbox) carries over by play id.
-- Keep in step with the other dialect.
CREATE TABLE plays_versions (
  version      INTEGER PRIMARY KEY,
  yaml         TEXT    NOT NULL,
  author       TEXT    NOT NULL,
  published_at INTEGER NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('active', 'retired'))
);
CREATE UNIQUE INDEX plays_versions_one_active ON plays_versions (status) WHERE status = 'active';
