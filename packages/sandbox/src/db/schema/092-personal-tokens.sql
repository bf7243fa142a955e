-- Personal access tokens (#14): a person's own credential for their scripts, `mt_pat_…`.
-- Only a SHA-256 of the token is kept (resources/oauth/secrets.ts's hashSecret): a copy of the
-- database hands out no working credential. Revoked tokens keep their row (revoked_at) and are
-- no longer listed or accepted.
CREATE TABLE IF NOT EXISTS personal_tokens (
  id           TEXT PRIMARY KEY,            -- pat_…
  user_id      TEXT NOT NULL REFERENCES users(id),
  org_id       TEXT NOT NULL REFERENCES organizations(id),
  name         TEXT NOT NULL,
  prefix       TEXT NOT NULL,               -- the token's first characters, shown in lists
  token_hash   TEXT NOT NULL UNIQUE,
  scopes       TEXT NOT NULL,               -- JSON array of scopes
  created_at   TEXT NOT NULL,
  last_used_at TEXT,
  expires_at   TEXT,
  revoked_at   TEXT
);
CREATE INDEX IF NOT EXISTS personal_tokens_by_user ON personal_tokens (user_id, created_at, id);
