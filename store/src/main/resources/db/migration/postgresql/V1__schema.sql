-- LeadPulse schema, PostgreSQL dialect. Times are epoch milliseconds; amounts are hundredths;
-- JSON is stored as text. Absent text is '', never NULL. Keep in step with ../sqlite.

-- The event log, the source of truth. An identity: a seq is never reused, even after erasure.
CREATE TABLE events (
  seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id   TEXT    NOT NULL UNIQUE,
  source       TEXT    NOT NULL,
  type         TEXT    NOT NULL,
  name         TEXT    NOT NULL,
  user_id      TEXT    NOT NULL,
  anonymous_id TEXT    NOT NULL,
  event_time   BIGINT  NOT NULL,
  received_at  BIGINT  NOT NULL,
  sent_at      TEXT    NOT NULL,
  timestamp    TEXT    NOT NULL,
  properties   TEXT    NOT NULL,
  traits       TEXT    NOT NULL,
  group_id     TEXT    NOT NULL,
  previous_id  TEXT    NOT NULL
);
-- A person's events: by user id, or by anonymous id for events without one. Each event is in
-- exactly one of the two partial indexes, which keeps appends cheap.
CREATE INDEX events_by_user ON events (user_id) WHERE user_id <> '';
CREATE INDEX events_by_anonymous ON events (anonymous_id) WHERE user_id = '';

CREATE TABLE people (
  id            TEXT COLLATE "C" PRIMARY KEY,
  anonymous     BOOLEAN NOT NULL,
  score         BIGINT  NOT NULL,
  fit           BIGINT  NOT NULL,
  engagement    BIGINT  NOT NULL,
  stage         TEXT    NOT NULL,
  grade         TEXT    NOT NULL,
  account       TEXT    NOT NULL,
  last_event_at BIGINT  NOT NULL,
  updated_at    BIGINT  NOT NULL,
  traits        TEXT    NOT NULL,
  explanation   TEXT    NOT NULL
);
CREATE INDEX people_by_score ON people (score DESC, id);
CREATE INDEX people_by_activity ON people (last_event_at DESC, id);
-- People are upserted on nearly every commit, so they carry only the indexes the lists need:
-- a filter by stage or grade walks the score or activity order (stages follow the score).
CREATE INDEX people_by_account ON people (account);

CREATE TABLE accounts (
  id                 TEXT COLLATE "C" PRIMARY KEY,
  score              BIGINT  NOT NULL,
  people_engagement  BIGINT  NOT NULL,
  account_engagement BIGINT  NOT NULL,
  fit                BIGINT  NOT NULL,
  members            INTEGER NOT NULL,
  updated_at         BIGINT  NOT NULL,
  traits             TEXT    NOT NULL,
  explanation        TEXT    NOT NULL
);
CREATE INDEX accounts_by_score ON accounts (score DESC, id);

CREATE TABLE score_points (
  seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person     TEXT    NOT NULL,
  time       BIGINT  NOT NULL,
  score      BIGINT  NOT NULL,
  fit        BIGINT  NOT NULL,
  engagement BIGINT  NOT NULL,
  stage      TEXT    NOT NULL
);
CREATE INDEX score_points_by_person ON score_points (person, time);

CREATE TABLE stage_changes (
  seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person      TEXT    NOT NULL,
  time        BIGINT  NOT NULL,
  from_stage  TEXT    NOT NULL,
  to_stage    TEXT    NOT NULL,
  why         TEXT    NOT NULL,
  recorded_at BIGINT  NOT NULL
);
CREATE INDEX stage_changes_by_person ON stage_changes (person, seq);

-- Credentials: SHA-256 hex of the key or token; the plaintext is never stored.
CREATE TABLE write_keys (
  key_hash   TEXT    PRIMARY KEY,
  source_id  TEXT    NOT NULL UNIQUE,
  name       TEXT    NOT NULL,
  created_at BIGINT  NOT NULL
);

CREATE TABLE admin_tokens (
  token_hash TEXT    PRIMARY KEY,
  name       TEXT    NOT NULL,
  created_at BIGINT  NOT NULL
);

CREATE TABLE model_versions (
  version      INTEGER PRIMARY KEY,
  name         TEXT    NOT NULL,
  yaml         TEXT    NOT NULL,
  author       TEXT    NOT NULL,
  published_at BIGINT  NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('draft', 'active', 'retired'))
);
CREATE UNIQUE INDEX model_versions_one_active ON model_versions (status) WHERE status = 'active';

CREATE TABLE dispositions (
  id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person  TEXT    NOT NULL,
  verdict TEXT    NOT NULL,
  note    TEXT    NOT NULL,
  author  TEXT    NOT NULL,
  time    BIGINT  NOT NULL
);
CREATE INDEX dispositions_by_person ON dispositions (person, id);
