-- Session reminders: `session.reminder` 24 h and 1 h before an accepted session starts.
--
-- One row per (session, lead, start time), written by a trigger whenever a session becomes
-- accepted at a time (booked by the mentor, accepted, moved, or seeded), so no code path can
-- forget it. A row is sent at most once (`sent_at`, in the same transaction as its event), so
-- a restart never repeats one. The sender joins a row to its session by the start time it was
-- made for: a moved session's old rows and a cancelled session's rows never match again.
-- Only moments after the write get a row (`updated_at` is the write's clock reading): a
-- session booked 3 hours ahead has no "starts in 24 hours".

CREATE TABLE IF NOT EXISTS session_reminders (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  lead       TEXT NOT NULL CHECK (lead IN ('24h', '1h')),
  starts_at  TEXT NOT NULL,
  due_at     TEXT NOT NULL,
  sent_at    TEXT,
  event_seq  INTEGER,
  PRIMARY KEY (session_id, lead, starts_at)
) WITHOUT ROWID;
-- The sender's and the timer's lookups: the unsent rows by moment.
CREATE INDEX IF NOT EXISTS session_reminders_unsent ON session_reminders (due_at) WHERE sent_at IS NULL;

CREATE TRIGGER IF NOT EXISTS sessions_after_insert_reminders AFTER INSERT ON sessions WHEN new.status = 'accepted' BEGIN
  INSERT OR IGNORE INTO session_reminders (session_id, lead, starts_at, due_at)
    SELECT new.id, lead.column1, new.starts_at, strftime('%Y-%m-%dT%H:%M:%fZ', new.starts_at, lead.column2)
    FROM (VALUES ('24h', '-24 hours'), ('1h', '-1 hours')) AS lead
    WHERE strftime('%Y-%m-%dT%H:%M:%fZ', new.starts_at, lead.column2) >= new.updated_at;
END;

CREATE TRIGGER IF NOT EXISTS sessions_after_update_reminders AFTER UPDATE OF status, starts_at ON sessions
  WHEN new.status = 'accepted' AND (old.status IS NOT 'accepted' OR old.starts_at IS NOT new.starts_at) BEGIN
  INSERT OR IGNORE INTO session_reminders (session_id, lead, starts_at, due_at)
    SELECT new.id, lead.column1, new.starts_at, strftime('%Y-%m-%dT%H:%M:%fZ', new.starts_at, lead.column2)
    FROM (VALUES ('24h', '-24 hours'), ('1h', '-1 hours')) AS lead
    WHERE strftime('%Y-%m-%dT%H:%M:%fZ', new.starts_at, lead.column2) >= new.updated_at;
END;
