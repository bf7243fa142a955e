-- An organization's own roadmaps (#14), written by its admin.
--
-- What readers see lives where every roadmap lives (`roadmaps`, `roadmap_steps`, progress in
-- `roadmap_progress`), written there when a version is published; a roadmap with a row here
-- is its organization's alone, and served only while `status = 'published'`
-- (resources/roadmaps/visibility.ts). A draft has no `roadmaps` row until its first publish.
-- Schema files run at every start and cannot ALTER 020's tables, so what an org roadmap adds
-- lives in tables of its own.

CREATE TABLE IF NOT EXISTS org_roadmaps (
  id           TEXT PRIMARY KEY,                 -- rdm_…, the `roadmaps.id` once published
  org_id       TEXT NOT NULL REFERENCES organizations(id),
  slug         TEXT NOT NULL UNIQUE,
  status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'unpublished')),
  version      INTEGER NOT NULL DEFAULT 0,       -- the latest published version; 0 before the first
  -- The working copy: JSON {title, summary, level, topics, serves, author, steps: [{id, title, summary, resources, estimatedHours, optional}]}.
  draft        TEXT NOT NULL,
  -- The latest published version's content (same shape), to tell whether the working copy changed.
  published    TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  published_at TEXT
);
CREATE INDEX IF NOT EXISTS org_roadmaps_by_org ON org_roadmaps (org_id, created_at, id);

-- Every published version's content, kept: what the roadmap said when.
CREATE TABLE IF NOT EXISTS org_roadmap_versions (
  roadmap_id   TEXT NOT NULL REFERENCES org_roadmaps(id),
  version      INTEGER NOT NULL CHECK (version >= 1),
  content      TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (roadmap_id, version)
) WITHOUT ROWID;

-- Steps a published version removed. Their `roadmap_steps` row stays (placed after the live
-- steps), so people's `roadmap_progress` on them stays too: readers skip them, progress reads
-- list them as removed history.
CREATE TABLE IF NOT EXISTS removed_roadmap_steps (
  step_id            TEXT PRIMARY KEY REFERENCES roadmap_steps(id),
  roadmap_id         TEXT NOT NULL REFERENCES roadmaps(id),
  removed_in_version INTEGER NOT NULL,
  removed_at         TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS removed_roadmap_steps_by_roadmap ON removed_roadmap_steps (roadmap_id);
