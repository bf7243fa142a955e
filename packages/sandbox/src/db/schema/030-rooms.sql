-- Mentorship Rooms: the room itself, its goals, sessions, messages and each
-- participant's read marker. Timestamps are ISO-8601 UTC strings (toISOString()),
-- so they compare and sort correctly as text.

CREATE TABLE IF NOT EXISTS rooms (
  id             TEXT PRIMARY KEY,
  mentor_id      TEXT NOT NULL REFERENCES mentors(id),
  -- The mentor's person, copied at creation (a mentor profile never changes hands): every
  -- participant check and "my rooms" lookup is then one indexed column, no join.
  mentor_user_id TEXT NOT NULL REFERENCES users(id),
  mentee_id      TEXT NOT NULL REFERENCES users(id),
  goal           TEXT NOT NULL,
  cadence        TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
  term_weeks     INTEGER NOT NULL CHECK (term_weeks BETWEEN 4 AND 52),
  agreement      TEXT,
  status         TEXT NOT NULL CHECK (status IN ('requested', 'active', 'paused', 'declined', 'withdrawn', 'expired', 'completed', 'closed_early')),
  status_reason  TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  started_at     TEXT,
  ends_at        TEXT,
  paused_at      TEXT,   -- set while paused: resuming moves ends_at later by the pause
  closed_at      TEXT,
  -- The mentee's "how confident are you to do this on your own?" (1-5) when they asked.
  self_efficacy_start INTEGER CHECK (self_efficacy_start BETWEEN 1 AND 5),
  -- When each side signed the current agreement (a new proposal clears the other's).
  agreement_mentor_signed_at TEXT,
  agreement_mentee_signed_at TEXT,
  CHECK (mentor_user_id <> mentee_id)
);

-- At most one open (requested, active or paused) room per pair, even under concurrent requests.
CREATE UNIQUE INDEX IF NOT EXISTS rooms_open_pair ON rooms (mentor_id, mentee_id)
  WHERE status IN ('requested', 'active', 'paused');
CREATE INDEX IF NOT EXISTS rooms_by_mentee ON rooms (mentee_id, updated_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS rooms_by_mentor_user ON rooms (mentor_user_id, updated_at DESC, id DESC);
-- Capacity (active + paused per mentor) and lazy expiry (requested by age).
CREATE INDEX IF NOT EXISTS rooms_by_mentor_status ON rooms (mentor_id, status);
CREATE INDEX IF NOT EXISTS rooms_by_status_created ON rooms (status, created_at);

CREATE TABLE IF NOT EXISTS goals (
  id               TEXT PRIMARY KEY,
  room_id          TEXT NOT NULL REFERENCES rooms(id),
  title            TEXT NOT NULL,
  success_criteria TEXT,
  target_date      TEXT,   -- YYYY-MM-DD
  progress         INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS goals_by_room ON goals (room_id, created_at, id);

CREATE TABLE IF NOT EXISTS sessions (
  id               TEXT PRIMARY KEY,
  room_id          TEXT NOT NULL REFERENCES rooms(id),
  -- Denormalized from the room: the slot-uniqueness index and the mentors' availability
  -- query look sessions up by mentor.
  mentor_id        TEXT NOT NULL REFERENCES mentors(id),
  starts_at        TEXT NOT NULL,
  ends_at          TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 60,
  status           TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'cancelled', 'completed', 'no_show')),
  agenda           TEXT,
  notes            TEXT,
  booked_by        TEXT NOT NULL REFERENCES users(id),
  cancel_reason    TEXT,
  meeting_url      TEXT,
  hat              TEXT CHECK (hat IN ('leader', 'mentor')),
  -- Each side's answer after the session: did it give the kind of help that was needed?
  help_fit_mentee  TEXT CHECK (help_fit_mentee IN ('yes', 'partly', 'no')),
  help_fit_mentor  TEXT CHECK (help_fit_mentor IN ('yes', 'partly', 'no')),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
-- A mentor's slot holds one live session: of two concurrent bookings exactly one commits.
CREATE UNIQUE INDEX IF NOT EXISTS sessions_mentor_slot ON sessions (mentor_id, starts_at)
  WHERE status IN ('pending', 'accepted');
CREATE INDEX IF NOT EXISTS sessions_by_room ON sessions (room_id, starts_at, id);

CREATE TABLE IF NOT EXISTS messages (
  -- Insertion order breaks ties between messages of the same millisecond (a frozen test clock).
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  room_id    TEXT NOT NULL REFERENCES rooms(id),
  author_id  TEXT NOT NULL REFERENCES users(id),
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_room ON messages (room_id, created_at DESC, seq DESC);

-- Each participant's read marker: every message of the room up to last_read_seq is read.
CREATE TABLE IF NOT EXISTS room_reads (
  room_id       TEXT NOT NULL REFERENCES rooms(id),
  user_id       TEXT NOT NULL REFERENCES users(id),
  last_read_seq INTEGER NOT NULL,
  read_at       TEXT NOT NULL,
  PRIMARY KEY (room_id, user_id)
);
