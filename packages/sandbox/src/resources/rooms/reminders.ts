import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { appendEvent, type LoggedEvent } from '../../events/event-log.js';
import { participants } from './access.js';
import { presentSession } from './present.js';
import type { SessionRow } from './rows.js';

/**
 * Session reminders (`session.reminder`): which are due on the sandbox's clock, and sending
 * them. The rows are made by triggers (052-session-reminders.sql) when a session becomes
 * accepted at a time; this module only reads them when the clock says so.
 */

type Lead = components['schemas']['SessionReminderLead'];

type DueRow = SessionRow & { lead: Lead; mentee_id: string; mentor_user_id: string };

/**
 * Sends every reminder whose moment has come by `now` and whose session is still accepted at
 * the time the reminder was made for and has not started: one `session.reminder` to both
 * participants each, marked sent in the same transaction, so it is sent exactly once even if
 * the process stops right after. A reminder whose moment passed while nothing ran (the clock
 * jumped, the sandbox was stopped) is sent now, late; one whose session already started is not.
 * Returns the events to publish once this returns (committed).
 *
 * @example
 * ```ts
 * bus.publish(sendDueReminders(db, now()));
 * ```
 */
export function sendDueReminders(db: Db, now: Date): LoggedEvent[] {
  const at = now.toISOString();
  return db
    .transaction((): LoggedEvent[] => {
      const due = prepared(
        db,
        `SELECT s.*, r.lead, rm.mentee_id, rm.mentor_user_id
         FROM session_reminders r
         JOIN sessions s ON s.id = r.session_id AND s.starts_at = r.starts_at AND s.status = 'accepted'
         JOIN rooms rm ON rm.id = s.room_id
         WHERE r.sent_at IS NULL AND r.due_at <= :now AND r.starts_at > :now
         -- A session's 24 h reminder before its 1 h one when a jump made both due.
         ORDER BY r.due_at, s.starts_at, s.id`,
      ).all({ now: at }) as DueRow[];
      const markSent = prepared(db, 'UPDATE session_reminders SET sent_at = ?, event_seq = ? WHERE session_id = ? AND lead = ? AND starts_at = ?');
      return due.map((row) => {
        const event = appendEvent(db, 'session.reminder', { before: row.lead, session: presentSession(row) }, participants(row), now);
        markSent.run(at, event.seq, row.id, row.lead, row.starts_at);
        return event;
      });
    })
    .immediate();
}

/**
 * The moment of the next reminder still to come at `now` (unsent, due at or after `now`), or
 * `undefined` when none is waiting. Reminders already due are {@link sendDueReminders}'s.
 *
 * @example
 * ```ts
 * const next = nextReminderAt(db, now()); // '2026-12-03T09:00:00.000Z'
 * ```
 */
export function nextReminderAt(db: Db, now: Date): string | undefined {
  const row = prepared(db, 'SELECT MIN(due_at) AS at FROM session_reminders WHERE sent_at IS NULL AND due_at >= ?').get(now.toISOString()) as {
    at: string | null;
  };
  return row.at ?? undefined;
}
