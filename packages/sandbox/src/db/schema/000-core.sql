-- Core tables: organizations, credentials, people, and the request machinery
-- (idempotency records, the event log that feeds SSE and webhooks).
-- Every schema file is idempotent (IF NOT EXISTS) and runs in name order at start-up.

CREATE TABLE IF NOT EXISTS organizations (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  -- JSON array of exact origins (https://intranet.acme.example) allowed to use publishable keys.
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  created_at      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS api_keys (
  key        TEXT PRIMARY KEY,
  org_id     TEXT NOT NULL REFERENCES organizations(id),
  kind       TEXT NOT NULL CHECK (kind IN ('publishable', 'secret')),
  mode       TEXT NOT NULL CHECK (mode IN ('test', 'live')),
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
  id          TEXT PRIMARY KEY,
  org_id      TEXT REFERENCES organizations(id),   -- NULL: a member of the public network
  external_id TEXT,                                -- the organization's own id for the person
  email       TEXT,
  name        TEXT NOT NULL,
  avatar_url  TEXT,
  headline    TEXT,
  created_at  TEXT NOT NULL,
  UNIQUE (org_id, external_id)
);

CREATE TABLE IF NOT EXISTS user_tokens (
  token      TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users(id),
  org_id     TEXT NOT NULL REFERENCES organizations(id),
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- One row per (credential, Idempotency-Key): the first response, replayed for retries.
CREATE TABLE IF NOT EXISTS idempotency_keys (
  credential   TEXT NOT NULL,
  key          TEXT NOT NULL,
  fingerprint  TEXT NOT NULL,   -- method + path + body hash: another body under the same key is a 422
  status       INTEGER NOT NULL,
  headers      TEXT NOT NULL,
  body         TEXT,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (credential, key)
);

-- The event log. Its autoincrement id is the SSE event id, so Last-Event-ID resumes exactly.
CREATE TABLE IF NOT EXISTS events (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,   -- the event's id on the wire (SSE `id:`, webhook-id)
  type       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  audience   TEXT NOT NULL DEFAULT '[]',  -- JSON array of user ids who receive it
  public     INTEGER NOT NULL DEFAULT 0,  -- 1: anyone may receive it (public thread activity)
  thread_id  TEXT,
  data       TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS webhook_deliveries (
  event_seq    INTEGER NOT NULL REFERENCES events(seq),
  url          TEXT NOT NULL,
  attempts     INTEGER NOT NULL DEFAULT 0,
  delivered_at TEXT,
  last_status  INTEGER,
  next_attempt_at TEXT,
  PRIMARY KEY (event_seq, url)
);
