-- Intro calls: a mentor's free short call (their `intro_call` offering) with one person, booked
-- before any room exists. It takes one of the mentor's hour slots, as a session does: the
-- mentors' availability (resources/mentors/availability.ts) subtracts booked intro calls, and
-- every booking checks the slot inside its write transaction.

CREATE TABLE IF NOT EXISTS intro_calls (
  id               TEXT PRIMARY KEY,
  mentor_id        TEXT NOT NULL REFERENCES mentors(id),
  -- The mentor's person, copied at booking (as rooms do): "my intro calls" is one indexed column.
  mentor_user_id   TEXT NOT NULL REFERENCES users(id),
  -- The person who booked it.
  mentee_id        TEXT NOT NULL REFERENCES users(id),
  starts_at        TEXT NOT NULL,
  ends_at          TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 10 AND 60),
  status           TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
  message          TEXT,
  -- Where the two meet (http(s) only, checked by the contract), set by either at any time before it ends.
  meeting_url      TEXT,
  cancel_reason    TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (mentor_user_id <> mentee_id)
);
-- A mentor's slot holds one booked intro call: of two concurrent bookings exactly one commits.
CREATE UNIQUE INDEX IF NOT EXISTS intro_calls_mentor_slot ON intro_calls (mentor_id, starts_at) WHERE status = 'booked';
CREATE INDEX IF NOT EXISTS intro_calls_by_mentee ON intro_calls (mentee_id, starts_at, id);
CREATE INDEX IF NOT EXISTS intro_calls_by_mentor_user ON intro_calls (mentor_user_id, starts_at, id);
