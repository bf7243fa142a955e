-- Which organizations an event belongs to, and webhook deliveries per organization's endpoint.
--
-- An organization receives, by webhook, the events its own people receive (the event's
-- audience: room participants, a thread's owner and the followers who may see it, the
-- person whose roadmap moved). That is nothing it could not read already — its secret key
-- mints a token for any of its people, and their stream carries the same events — and it is
-- never another organization's private activity. The rows are written by a trigger, so an
-- event appended by any code path is attributed in the same transaction, with the people's
-- organizations as they were at that moment.

CREATE TABLE IF NOT EXISTS event_orgs (
  org_id    TEXT NOT NULL,
  event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  PRIMARY KEY (org_id, event_seq)
) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS events_after_insert_orgs AFTER INSERT ON events BEGIN
  INSERT OR IGNORE INTO event_orgs (org_id, event_seq)
    SELECT DISTINCT u.org_id, new.seq FROM json_each(new.audience) j JOIN users u ON u.id = j.value
    WHERE u.org_id IS NOT NULL;
END;

-- One row per (endpoint, event): an endpoint is an organization's URL, so two organizations
-- may point at the same backend and still each get (and retry) their own deliveries.
-- Supersedes `webhook_deliveries` (000-core.sql), which had no organization.
CREATE TABLE IF NOT EXISTS webhook_endpoint_deliveries (
  org_id       TEXT NOT NULL,
  url          TEXT NOT NULL,
  event_seq    INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  attempts     INTEGER NOT NULL DEFAULT 0,
  delivered_at TEXT,
  last_status  INTEGER,
  PRIMARY KEY (org_id, url, event_seq)
);
