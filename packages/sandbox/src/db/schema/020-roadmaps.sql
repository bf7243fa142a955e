-- Roadmaps: Menteo's curated career paths (the same for every organization),
-- their ordered steps, and each person's progress on those steps.

CREATE TABLE IF NOT EXISTS roadmaps (
  id                TEXT PRIMARY KEY,
  slug              TEXT NOT NULL UNIQUE,
  title             TEXT NOT NULL,
  summary           TEXT NOT NULL,
  author_name       TEXT NOT NULL,
  author_title      TEXT NOT NULL,
  author_avatar_url TEXT,
  topics            TEXT NOT NULL DEFAULT '[]',   -- JSON array of kebab-case topic tags
  level             TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
  -- What the roadmap serves: JSON arrays of needs ('leadership', 'mentorship') and mentor skill tags.
  serves_needs      TEXT NOT NULL DEFAULT '[]',
  serves_skills     TEXT NOT NULL DEFAULT '[]',
  -- Lower-cased title, summary and topics (with hyphens also as spaces): what `q` searches.
  search_text       TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);

-- The list's keyset order.
CREATE INDEX IF NOT EXISTS roadmaps_title_id ON roadmaps (title, id);

CREATE TABLE IF NOT EXISTS roadmap_steps (
  id              TEXT PRIMARY KEY,
  roadmap_id      TEXT NOT NULL REFERENCES roadmaps(id),
  position        INTEGER NOT NULL CHECK (position >= 1),
  title           TEXT NOT NULL,
  summary         TEXT NOT NULL,
  resources       TEXT NOT NULL DEFAULT '[]',   -- JSON array of {kind, title, url}, in display order
  -- Half hours, so that sums are exact in floating point.
  estimated_hours REAL NOT NULL CHECK (estimated_hours >= 0 AND estimated_hours * 2 = CAST(estimated_hours * 2 AS INTEGER)),
  optional        INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
  UNIQUE (roadmap_id, position)
);

-- A row exists only once a person has touched a step; untouched steps read as `todo`.
CREATE TABLE IF NOT EXISTS roadmap_progress (
  user_id    TEXT NOT NULL REFERENCES users(id),
  step_id    TEXT NOT NULL REFERENCES roadmap_steps(id),
  -- Denormalized from the step so one person's progress on one roadmap is a single index range.
  roadmap_id TEXT NOT NULL REFERENCES roadmaps(id),
  state      TEXT NOT NULL CHECK (state IN ('todo', 'doing', 'done', 'skipped')),
  note       TEXT CHECK (note IS NULL OR length(note) <= 2000),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, step_id)
);

CREATE INDEX IF NOT EXISTS roadmap_progress_user_roadmap ON roadmap_progress (user_id, roadmap_id);
