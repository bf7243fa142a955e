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

-- Bookmarks are private (a reader's reading list): the thread's public reaction count leaves
-- them out. 040's triggers counted them; these replace them at every start (040 makes its own
-- only where none exists, so after the first start these are the ones that run).
DROP TRIGGER IF EXISTS reactions_counted;
CREATE TRIGGER reactions_counted AFTER INSERT ON reactions BEGIN
  UPDATE posts SET
    cheer_count = cheer_count + (NEW.kind = 'cheer'),
    insightful_count = insightful_count + (NEW.kind = 'insightful'),
    support_count = support_count + (NEW.kind = 'support'),
    bookmark_count = bookmark_count + (NEW.kind = 'bookmark')
  WHERE id = NEW.post_id;
  UPDATE threads SET reaction_count = reaction_count + (NEW.kind <> 'bookmark')
  WHERE id = (SELECT thread_id FROM posts WHERE id = NEW.post_id);
END;

DROP TRIGGER IF EXISTS reactions_uncounted;
CREATE TRIGGER reactions_uncounted AFTER DELETE ON reactions BEGIN
  UPDATE posts SET
    cheer_count = cheer_count - (OLD.kind = 'cheer'),
    insightful_count = insightful_count - (OLD.kind = 'insightful'),
    support_count = support_count - (OLD.kind = 'support'),
    bookmark_count = bookmark_count - (OLD.kind = 'bookmark')
  WHERE id = OLD.post_id;
  UPDATE threads SET reaction_count = reaction_count - (OLD.kind <> 'bookmark')
  WHERE id = (SELECT thread_id FROM posts WHERE id = OLD.post_id);
END;

DROP TRIGGER IF EXISTS posts_uncounted;
CREATE TRIGGER posts_uncounted AFTER DELETE ON posts BEGIN
  UPDATE threads SET post_count = post_count - 1,
    reaction_count = reaction_count - (OLD.cheer_count + OLD.insightful_count + OLD.support_count),
    comment_count = comment_count - OLD.comment_count,
    last_post_at = (SELECT max(created_at) FROM posts WHERE thread_id = OLD.thread_id)
  WHERE id = OLD.thread_id;
END;

-- A reader's reading list, newest bookmark first.
CREATE INDEX IF NOT EXISTS reactions_bookmarks ON reactions (user_id, created_at DESC, post_id DESC) WHERE kind = 'bookmark';
