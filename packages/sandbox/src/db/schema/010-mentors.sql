-- Mentors: profiles, their search index (FTS5 + facet tags), reviews.
--
-- The JSON columns of `mentors` (skills, industries, languages) are the source of truth;
-- triggers derive from them the full-text index `mentors_fts` and the filter table
-- `mentor_tags`, and bump `mentor_index_state.version` so the in-process facet cache
-- (resources/mentors/facets.ts) knows when to rebuild. So a row inserted by any code path,
-- a test's raw INSERT included, is searchable and counted at once.

CREATE TABLE IF NOT EXISTS mentors (
  -- Integer key for the FTS5 index (content_rowid) and the facet cache; `id` is the public id.
  rid                   INTEGER PRIMARY KEY,
  id                    TEXT NOT NULL UNIQUE,
  user_id               TEXT NOT NULL REFERENCES users(id),
  org_id                TEXT REFERENCES organizations(id),  -- NULL: public network; else that org's internal pool
  name                  TEXT NOT NULL,
  headline              TEXT NOT NULL,
  bio                   TEXT NOT NULL,
  avatar_url            TEXT,
  title                 TEXT NOT NULL,
  company               TEXT NOT NULL,
  skills                TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  industries            TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  languages             TEXT NOT NULL DEFAULT '["en"]', -- JSON array of BCP 47 tags
  seniority             TEXT NOT NULL CHECK (seniority IN ('mid', 'senior', 'staff', 'principal', 'director', 'vp', 'c_level')),
  years_experience      INTEGER NOT NULL,
  timezone              TEXT NOT NULL,
  country               TEXT NOT NULL,
  mentoring_style       TEXT NOT NULL CHECK (mentoring_style IN ('directive', 'facilitative')),
  helps_mask            INTEGER NOT NULL CHECK (helps_mask BETWEEN 1 AND 3),  -- 1 leadership, 2 mentorship
  offerings             TEXT NOT NULL DEFAULT '[]',   -- JSON array of MentorOffering
  price_mask            INTEGER NOT NULL DEFAULT 0,   -- offerings' price models: 1 free, 2 per_session, 4 monthly
  capacity_max          INTEGER NOT NULL,
  accepting_requests    INTEGER NOT NULL DEFAULT 1,
  rating_avg            REAL,
  review_count          INTEGER NOT NULL DEFAULT 0,
  sessions_completed    INTEGER NOT NULL DEFAULT 0,
  median_response_hours REAL,
  -- JSON array of [isoWeekday 1-7, startMinute, endMinute] in the mentor's own time zone.
  weekly_availability   TEXT NOT NULL DEFAULT '[]',
  -- First bookable slot within 30 days, as stored for search (see availability.ts for how it stays fresh).
  next_available_at     TEXT,
  -- When a NULL next_available_at was last computed (NULL: never, e.g. a row inserted without it).
  availability_checked_at TEXT,
  created_at            TEXT NOT NULL,
  -- Sort keys with "unknown last" folded in, so each sort is one keyset over (key, id).
  rating_sort           REAL GENERATED ALWAYS AS (coalesce(rating_avg, -1)) VIRTUAL,
  response_sort         REAL GENERATED ALWAYS AS (coalesce(median_response_hours, 1e9)) VIRTUAL,
  availability_sort     TEXT GENERATED ALWAYS AS (coalesce(next_available_at, '9999-12-31T23:59:59.999Z')) VIRTUAL
);

CREATE INDEX IF NOT EXISTS mentors_by_rating ON mentors (rating_sort, id);
CREATE INDEX IF NOT EXISTS mentors_by_sessions ON mentors (sessions_completed, id);
CREATE INDEX IF NOT EXISTS mentors_by_response ON mentors (response_sort, id);
CREATE INDEX IF NOT EXISTS mentors_by_availability ON mentors (availability_sort, id);
CREATE INDEX IF NOT EXISTS mentors_by_next_available ON mentors (next_available_at);
-- Mentors with windows but no known slot: never computed, or fully booked when last checked.
CREATE INDEX IF NOT EXISTS mentors_unchecked ON mentors (availability_checked_at)
  WHERE next_available_at IS NULL AND weekly_availability <> '[]';
CREATE INDEX IF NOT EXISTS mentors_by_timezone ON mentors (timezone);
CREATE INDEX IF NOT EXISTS mentors_by_org ON mentors (org_id);
CREATE INDEX IF NOT EXISTS mentors_by_user ON mentors (user_id);

-- One row per (facet kind, value, mentor): the OR-within/AND-across filters are IN-subqueries on it.
-- kind: skill | industry | language | language_base ('pt' for 'pt-BR', so `languages=pt` matches both).
CREATE TABLE IF NOT EXISTS mentor_tags (
  kind       TEXT NOT NULL,
  value      TEXT NOT NULL COLLATE NOCASE,
  mentor_rid INTEGER NOT NULL,
  PRIMARY KEY (kind, value, mentor_rid)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mentor_index_state (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT OR IGNORE INTO mentor_index_state (id, version) VALUES (1, 0);

-- External-content FTS5 over the profile text. The JSON arrays tokenize to their words.
CREATE VIRTUAL TABLE IF NOT EXISTS mentors_fts USING fts5(
  name, headline, bio, title, company, skills, industries,
  content = 'mentors', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER IF NOT EXISTS mentors_after_insert AFTER INSERT ON mentors BEGIN
  INSERT INTO mentors_fts (rowid, name, headline, bio, title, company, skills, industries)
    VALUES (new.rid, new.name, new.headline, new.bio, new.title, new.company, new.skills, new.industries);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'skill', value, new.rid FROM json_each(new.skills);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'industry', value, new.rid FROM json_each(new.industries);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'language', value, new.rid FROM json_each(new.languages);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid)
    SELECT 'language_base', CASE WHEN instr(value, '-') > 0 THEN substr(value, 1, instr(value, '-') - 1) ELSE value END, new.rid
    FROM json_each(new.languages);
  UPDATE mentor_index_state SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER IF NOT EXISTS mentors_after_delete AFTER DELETE ON mentors BEGIN
  INSERT INTO mentors_fts (mentors_fts, rowid, name, headline, bio, title, company, skills, industries)
    VALUES ('delete', old.rid, old.name, old.headline, old.bio, old.title, old.company, old.skills, old.industries);
  DELETE FROM mentor_tags WHERE mentor_rid = old.rid;
  UPDATE mentor_index_state SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER IF NOT EXISTS mentors_after_update AFTER UPDATE OF name, headline, bio, title, company, skills, industries, languages, seniority, helps_mask ON mentors BEGIN
  INSERT INTO mentors_fts (mentors_fts, rowid, name, headline, bio, title, company, skills, industries)
    VALUES ('delete', old.rid, old.name, old.headline, old.bio, old.title, old.company, old.skills, old.industries);
  INSERT INTO mentors_fts (rowid, name, headline, bio, title, company, skills, industries)
    VALUES (new.rid, new.name, new.headline, new.bio, new.title, new.company, new.skills, new.industries);
  DELETE FROM mentor_tags WHERE mentor_rid = old.rid;
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'skill', value, new.rid FROM json_each(new.skills);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'industry', value, new.rid FROM json_each(new.industries);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'language', value, new.rid FROM json_each(new.languages);
  INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid)
    SELECT 'language_base', CASE WHEN instr(value, '-') > 0 THEN substr(value, 1, instr(value, '-') - 1) ELSE value END, new.rid
    FROM json_each(new.languages);
  UPDATE mentor_index_state SET version = version + 1 WHERE id = 1;
END;

CREATE TABLE IF NOT EXISTS mentor_reviews (
  id         TEXT PRIMARY KEY,
  mentor_id  TEXT NOT NULL REFERENCES mentors(id),
  author_id  TEXT NOT NULL REFERENCES users(id),
  rating     INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentor_reviews_newest ON mentor_reviews (mentor_id, created_at, id);
