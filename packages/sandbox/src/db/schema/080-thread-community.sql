-- Growth Threads as a place readers take part in: replies, edits, moderation.
-- Schema files run at every start (CREATE ... IF NOT EXISTS), so a file cannot ALTER an
-- existing table: what a comment gains lives in tables of its own, keyed by the comment,
-- with no row for a plain comment (top-level, never edited, not hidden).

CREATE TABLE IF NOT EXISTS comment_state (
  comment_id TEXT PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  -- The top-level comment this one replies to (replies go one level deep).
  parent_id  TEXT REFERENCES comments(id) ON DELETE CASCADE,
  edited_at  TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS comment_state_by_parent ON comment_state (parent_id);
