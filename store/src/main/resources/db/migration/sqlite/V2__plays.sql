-- Plays: what fired for whom, tasks, owners, and the outbox of alerts. Written in the same
-- transaction as the score change that caused them (a transactional outbox), so an alert is
-- never lost and never sent for a change that was not stored. Keep in step with the other dialect.

-- Every play outcome for a person: fired, held (alerts held by the owner's hourly limit: a
-- task instead) or suppressed (cooldown, a higher-priority play), with the reason in words.
CREATE TABLE play_history (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  person  TEXT    NOT NULL,
  play    TEXT    NOT NULL,
  time    INTEGER NOT NULL,
  outcome TEXT    NOT NULL CHECK (outcome IN ('fired', 'held', 'suppressed')),
  summary TEXT    NOT NULL,
  detail  TEXT    NOT NULL,
  owner   TEXT    NOT NULL,
  alerted INTEGER NOT NULL
);
CREATE INDEX play_history_by_person ON play_history (person, seq);
-- The owners' alerts of the last hour are read at start-up to carry the hourly limit over.
CREATE INDEX play_history_alerts ON play_history (time) WHERE alerted = 1;

-- When a play last fired for a subject (a person, or account:ID), and whether its threshold
-- trigger is armed. last_fired is -1 when it never fired.
CREATE TABLE play_state (
  subject    TEXT NOT NULL,
  play       TEXT NOT NULL,
  last_fired INTEGER NOT NULL,
  armed      INTEGER NOT NULL,
  PRIMARY KEY (subject, play)
);

CREATE TABLE assignments (
  person      TEXT PRIMARY KEY,
  owner       TEXT    NOT NULL,
  play        TEXT    NOT NULL,
  assigned_at INTEGER NOT NULL
);

-- Each team's next round-robin position.
CREATE TABLE routing_cursors (
  team       TEXT PRIMARY KEY,
  next_index INTEGER NOT NULL
);

CREATE TABLE tasks (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  person     TEXT    NOT NULL,
  play       TEXT    NOT NULL,
  owner      TEXT    NOT NULL,
  title      TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  priority   TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  due_at     INTEGER NOT NULL,
  status     TEXT    NOT NULL CHECK (status IN ('open', 'done'))
);
CREATE INDEX tasks_by_owner ON tasks (owner, id);
CREATE INDEX tasks_by_person ON tasks (person, id);

-- The outbox. id is the webhook-id: the same on every attempt, so receivers can drop repeats.
CREATE TABLE deliveries (
  id              TEXT PRIMARY KEY,
  person          TEXT    NOT NULL,
  play            TEXT    NOT NULL,
  channel         TEXT    NOT NULL CHECK (channel IN ('slack', 'webhook', 'email')),
  target          TEXT    NOT NULL,
  action_index    INTEGER NOT NULL,
  owner           TEXT    NOT NULL,
  payload         TEXT    NOT NULL,
  status          TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts        INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  delivered_at    INTEGER NOT NULL
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_by_status ON deliveries (status, created_at);
