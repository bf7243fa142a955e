-- Growth Threads: threads, their posts, reactions, comments and followers.
-- Counters (posts per thread, reactions per kind per post, comments...) are kept by the
-- triggers at the end of this file, inside the writing statement's transaction, so every
-- writer (handlers, seeders, cascading deletes) keeps them right and lists never aggregate.

CREATE TABLE IF NOT EXISTS threads (
  id             TEXT PRIMARY KEY,
  owner_id       TEXT NOT NULL REFERENCES users(id),
  -- The owner's organization, copied so that `organization` visibility needs no join.
  owner_org_id   TEXT REFERENCES organizations(id),
  title          TEXT NOT NULL,
  summary        TEXT,
  tags           TEXT NOT NULL DEFAULT '[]',   -- JSON array in the owner's order; thread_tags indexes it
  visibility     TEXT NOT NULL CHECK (visibility IN ('public', 'unlisted', 'organization', 'private')),
  canonical_url  TEXT,
  post_count     INTEGER NOT NULL DEFAULT 0,
  follower_count INTEGER NOT NULL DEFAULT 0,
  reaction_count INTEGER NOT NULL DEFAULT 0,
  comment_count  INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  last_post_at   TEXT,
  -- Sort key of listThreads: the later of the last post and the last edit.
  activity_at    TEXT GENERATED ALWAYS AS (max(coalesce(last_post_at, updated_at), updated_at)) STORED
);
CREATE INDEX IF NOT EXISTS threads_by_activity ON threads (activity_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS threads_by_owner ON threads (owner_id, activity_at DESC, id DESC);

CREATE TABLE IF NOT EXISTS thread_tags (
  thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  tag       TEXT NOT NULL,
  PRIMARY KEY (tag, thread_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS thread_follows (
  thread_id  TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  user_id    TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (thread_id, user_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS thread_follows_by_user ON thread_follows (user_id, thread_id);

CREATE TABLE IF NOT EXISTS posts (
  id               TEXT PRIMARY KEY,
  thread_id        TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  author_id        TEXT NOT NULL REFERENCES users(id),
  kind             TEXT NOT NULL CHECK (kind IN ('update', 'challenge', 'breakthrough', 'milestone', 'question')),
  body             TEXT NOT NULL,
  -- The optional link: a roadmap step (roadmap_id + step_id) or a room goal (room_id + goal_id).
  -- Plain ids without FKs: the roadmap or room may go away, the post stays as written.
  link_kind        TEXT CHECK (link_kind IN ('roadmap_step', 'room_goal')),
  link_roadmap_id  TEXT,
  link_step_id     TEXT,
  link_room_id     TEXT,
  link_goal_id     TEXT,
  cheer_count      INTEGER NOT NULL DEFAULT 0,
  insightful_count INTEGER NOT NULL DEFAULT 0,
  support_count    INTEGER NOT NULL DEFAULT 0,
  bookmark_count   INTEGER NOT NULL DEFAULT 0,
  comment_count    INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  edited_at        TEXT
);
-- Keyset pagination of listThreadPosts: newest first, ties broken by id.
CREATE INDEX IF NOT EXISTS posts_by_thread ON posts (thread_id, created_at DESC, id DESC);

CREATE TABLE IF NOT EXISTS reactions (
  post_id    TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  user_id    TEXT NOT NULL REFERENCES users(id),
  kind       TEXT NOT NULL CHECK (kind IN ('cheer', 'insightful', 'support', 'bookmark')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (post_id, user_id, kind)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS comments (
  id         TEXT PRIMARY KEY,
  post_id    TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  author_id  TEXT NOT NULL REFERENCES users(id),
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_by_post ON comments (post_id, created_at, id);

-- Counters. SQLite runs ON DELETE CASCADE after the parent row is gone, so the reaction and
-- comment triggers then find no post: a deleted post takes its own totals off the thread.
CREATE TRIGGER IF NOT EXISTS posts_counted AFTER INSERT ON posts BEGIN
  UPDATE threads SET post_count = post_count + 1,
    last_post_at = max(coalesce(last_post_at, NEW.created_at), NEW.created_at)
  WHERE id = NEW.thread_id;
END;

CREATE TRIGGER IF NOT EXISTS posts_uncounted AFTER DELETE ON posts BEGIN
  UPDATE threads SET post_count = post_count - 1,
    reaction_count = reaction_count - (OLD.cheer_count + OLD.insightful_count + OLD.support_count + OLD.bookmark_count),
    comment_count = comment_count - OLD.comment_count,
    last_post_at = (SELECT max(created_at) FROM posts WHERE thread_id = OLD.thread_id)
  WHERE id = OLD.thread_id;
END;

CREATE TRIGGER IF NOT EXISTS reactions_counted AFTER INSERT ON reactions BEGIN
  UPDATE posts SET
    cheer_count = cheer_count + (NEW.kind = 'cheer'),
    insightful_count = insightful_count + (NEW.kind = 'insightful'),
    support_count = support_count + (NEW.kind = 'support'),
    bookmark_count = bookmark_count + (NEW.kind = 'bookmark')
  WHERE id = NEW.post_id;
  UPDATE threads SET reaction_count = reaction_count + 1
  WHERE id = (SELECT thread_id FROM posts WHERE id = NEW.post_id);
END;

CREATE TRIGGER IF NOT EXISTS reactions_uncounted AFTER DELETE ON reactions BEGIN
  UPDATE posts SET
    cheer_count = cheer_count - (OLD.kind = 'cheer'),
    insightful_count = insightful_count - (OLD.kind = 'insightful'),
    support_count = support_count - (OLD.kind = 'support'),
    bookmark_count = bookmark_count - (OLD.kind = 'bookmark')
  WHERE id = OLD.post_id;
  UPDATE threads SET reaction_count = reaction_count - 1
  WHERE id = (SELECT thread_id FROM posts WHERE id = OLD.post_id);
END;

CREATE TRIGGER IF NOT EXISTS comments_counted AFTER INSERT ON comments BEGIN
  UPDATE posts SET comment_count = comment_count + 1 WHERE id = NEW.post_id;
  UPDATE threads SET comment_count = comment_count + 1
  WHERE id = (SELECT thread_id FROM posts WHERE id = NEW.post_id);
END;

CREATE TRIGGER IF NOT EXISTS comments_uncounted AFTER DELETE ON comments BEGIN
  UPDATE posts SET comment_count = comment_count - 1 WHERE id = OLD.post_id;
  UPDATE threads SET comment_count = comment_count - 1
  WHERE id = (SELECT thread_id FROM posts WHERE id = OLD.post_id);
END;

CREATE TRIGGER IF NOT EXISTS follows_counted AFTER INSERT ON thread_follows BEGIN
  UPDATE threads SET follower_count = follower_count + 1 WHERE id = NEW.thread_id;
END;

CREATE TRIGGER IF NOT EXISTS follows_uncounted AFTER DELETE ON thread_follows BEGIN
  UPDATE threads SET follower_count = follower_count - 1 WHERE id = OLD.thread_id;
END;
