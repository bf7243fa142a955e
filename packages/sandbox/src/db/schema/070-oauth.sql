-- Hosted reader sign-in: OAuth 2.1 authorization code + PKCE for public clients (resources/oauth).
-- Codes and refresh tokens are stored as SHA-256 hashes: a copy of the database hands out no
-- working credential. Access tokens are ordinary user tokens (user_tokens); the rows here only
-- say which sign-in ("family") issued them, so a revoked family takes its access tokens along.

-- Redirect URIs registered for a publishable key, beside the hosted popup callback every key may
-- use and, for test keys, any URI on a development origin (resources/oauth/clients.ts).
CREATE TABLE IF NOT EXISTS oauth_redirect_uris (
  client_id  TEXT NOT NULL REFERENCES api_keys(key),
  uri        TEXT NOT NULL,
  PRIMARY KEY (client_id, uri)
);

-- An authorization request the sign-in page was shown for: its form posts the id back (10 minutes).
CREATE TABLE IF NOT EXISTS oauth_requests (
  id             TEXT PRIMARY KEY,   -- oar_…
  client_id      TEXT NOT NULL,
  org_id         TEXT NOT NULL REFERENCES organizations(id),
  redirect_uri   TEXT NOT NULL,
  origin         TEXT NOT NULL,      -- the page the answer is for (the popup callback posts only to it)
  state          TEXT,
  code_challenge TEXT,               -- NULL only for a request answered with an error
  expires_at     TEXT NOT NULL,
  answered_at    TEXT,               -- the form is single-use
  created_at     TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oauth_codes (
  code_hash      TEXT PRIMARY KEY,
  request_id     TEXT NOT NULL,
  client_id      TEXT NOT NULL,
  user_id        TEXT NOT NULL REFERENCES users(id),
  redirect_uri   TEXT NOT NULL,
  origin         TEXT NOT NULL,
  code_challenge TEXT NOT NULL,
  expires_at     TEXT NOT NULL,
  used_at        TEXT,
  created_at     TEXT NOT NULL
);

-- One sign-in: every access and refresh token issued from one code. Revoked as a whole.
CREATE TABLE IF NOT EXISTS oauth_families (
  id         TEXT PRIMARY KEY,
  client_id  TEXT NOT NULL,
  org_id     TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  origin     TEXT NOT NULL,
  code_hash  TEXT NOT NULL UNIQUE,
  revoked_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oauth_refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  family_id  TEXT NOT NULL REFERENCES oauth_families(id),
  expires_at TEXT NOT NULL,
  rotated_at TEXT,                   -- set when it was exchanged: presenting it again revokes the family
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS oauth_access_tokens (
  token     TEXT PRIMARY KEY,        -- the user token (ut_…), as in user_tokens
  family_id TEXT NOT NULL REFERENCES oauth_families(id)
);
CREATE INDEX IF NOT EXISTS oauth_access_tokens_family ON oauth_access_tokens (family_id);
