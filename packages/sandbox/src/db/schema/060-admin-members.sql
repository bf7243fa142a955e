-- The organization's admin API (#14): what its directory says about its members, and which
-- mentor profiles it manages.
--
-- A member is a `users` row of the organization (people minted a token are members too, with no
-- row here: they read as active, with their `users.email`). The name and primary email stay in
-- `users`, where everything else reads them; this table holds the directory's other fields.

CREATE TABLE IF NOT EXISTS org_members (
  user_id     TEXT PRIMARY KEY REFERENCES users(id),
  org_id      TEXT NOT NULL REFERENCES organizations(id),
  user_name   TEXT,
  emails      TEXT NOT NULL DEFAULT '[]',   -- JSON array of {value, primary}
  title       TEXT,
  department  TEXT,
  active      INTEGER NOT NULL DEFAULT 1,
  updated_at  TEXT NOT NULL
);

-- A mentor profile an organization manages (seeded internal mentors get a row on their first
-- admin write). `listed` = the profile and its member are both active: search and matching
-- skip unlisted mentors (resources/mentors/row.ts, visibleToOrg). `accepting_requests` is
-- what the admin asked for; `mentors.accepting_requests` is that and `listed`.
CREATE TABLE IF NOT EXISTS org_mentors (
  mentor_id          TEXT PRIMARY KEY REFERENCES mentors(id),
  org_id             TEXT NOT NULL REFERENCES organizations(id),
  active             INTEGER NOT NULL DEFAULT 1,
  listed             INTEGER NOT NULL DEFAULT 1,
  accepting_requests INTEGER NOT NULL DEFAULT 1,
  updated_at         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS org_mentors_unlisted ON org_mentors (mentor_id) WHERE listed = 0;
