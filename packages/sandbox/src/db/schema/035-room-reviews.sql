-- Reviews of rooms that ended: one per participant. The mentee's is also published on the
-- mentor's profile (a row of mentor_reviews with the same id), which is what moves their rating.
CREATE TABLE IF NOT EXISTS room_reviews (
  id            TEXT PRIMARY KEY,
  room_id       TEXT NOT NULL REFERENCES rooms(id),
  author_id     TEXT NOT NULL REFERENCES users(id),
  author_role   TEXT NOT NULL CHECK (author_role IN ('mentee', 'mentor')),
  rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body          TEXT NOT NULL,
  goal_outcomes TEXT NOT NULL,  -- JSON: [{ goalId, outcome }]
  self_efficacy INTEGER CHECK (self_efficacy BETWEEN 1 AND 5),
  created_at    TEXT NOT NULL,
  -- "Asked once": a second review by the same side is refused by the database too.
  UNIQUE (room_id, author_role)
);
