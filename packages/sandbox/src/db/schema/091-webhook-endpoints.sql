-- Webhook endpoints an organization registers through the admin API (#14), and their deliveries.
-- Endpoints given when the sandbox starts (--webhook, createSandbox({ webhooks })) are not rows
-- here: they keep their own record, webhook_endpoint_deliveries (050-event-orgs.sql).

CREATE TABLE IF NOT EXISTS webhook_endpoints (
  id                          TEXT PRIMARY KEY,           -- whe_…
  org_id                      TEXT NOT NULL REFERENCES organizations(id),
  url                         TEXT NOT NULL,
  description                 TEXT,
  enabled_events              TEXT,                       -- JSON array of event types; NULL: every type
  enabled                     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  secret                      TEXT NOT NULL,
  -- The secret before the last rotation, still signing until previous_secret_expires_at (sandbox clock).
  previous_secret             TEXT,
  previous_secret_expires_at  TEXT,
  -- The last event of the organization's log queued for this endpoint (or skipped by its filter):
  -- an endpoint receives what happens after it is registered, or enabled again.
  cursor_seq                  INTEGER NOT NULL,
  created_at                  TEXT NOT NULL,
  updated_at                  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_endpoints_by_org ON webhook_endpoints (org_id, created_at, id);

CREATE TABLE IF NOT EXISTS org_webhook_deliveries (
  id              TEXT PRIMARY KEY,                     -- whd_…
  endpoint_id     TEXT NOT NULL REFERENCES webhook_endpoints(id),
  event_seq       INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
  event_type      TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  -- Attempts since the delivery was (re)queued: what the retry schedule counts.
  round_attempts  INTEGER NOT NULL DEFAULT 0,
  response_status INTEGER,
  created_at      TEXT NOT NULL,
  last_attempt_at TEXT,
  next_attempt_at TEXT,
  delivered_at    TEXT,
  UNIQUE (endpoint_id, event_seq)
);
CREATE INDEX IF NOT EXISTS webhook_deliveries_pending ON org_webhook_deliveries (status) WHERE status = 'pending';
