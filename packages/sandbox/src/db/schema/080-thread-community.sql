-- Growth Threads as a place readers take part in: replies, edits, moderation.
-- Schema files run at every start (CREATE ... IF NOT EXISTS), so a file cannot ALTER an
-- existing table: what a comment gains lives in tables of its own, keyed by the comment,
-- with no row for a plain comment (top-level, never edited, not hidden).

CREATE TABLE IF NOT EXISTS comment_state (
  comment_id TEXT PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  -- The top-level comment this one replies to (replies go one level deep).
  parent_id  TEXT REFERENCES comments(id) ON DELETE CASCADE,
  edited_at  TEXT,
  -- Set by the thread's owner (hideComment): readers no longer see it, nor count it.
  hidden_at  TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS comment_state_by_parent ON comment_state (parent_id);

-- Posts whose comments the thread's owner locked: new comments are refused.
CREATE TABLE IF NOT EXISTS locked_posts (
  post_id   TEXT PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
  locked_at TEXT NOT NULL
) WITHOUT ROWID;

-- People a thread's owner blocked from commenting, reacting and reporting there.
CREATE TABLE IF NOT EXISTS thread_blocks (
  thread_id  TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  user_id    TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (thread_id, user_id)
) WITHOUT ROWID;

-- Readers' reports of a post (comment_id NULL) or a comment; one per reader and item:
-- `target` is the comment's id, or the post's, so the unique key needs no NULL.
CREATE TABLE IF NOT EXISTS reports (
  id          TEXT PRIMARY KEY,
  thread_id   TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  post_id     TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  comment_id  TEXT REFERENCES comments(id) ON DELETE CASCADE,
  target      TEXT NOT NULL,
  reporter_id TEXT NOT NULL REFERENCES users(id),
  reason      TEXT NOT NULL CHECK (reason IN ('spam', 'harassment', 'off_topic', 'misinformation', 'other')),
  note        TEXT,
  created_at  TEXT NOT NULL,
  UNIQUE (reporter_id, target)
);
CREATE INDEX IF NOT EXISTS reports_by_thread ON reports (thread_id, created_at DESC, id DESC);
