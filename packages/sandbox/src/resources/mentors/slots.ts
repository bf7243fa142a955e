import { prepared } from '../../db/database.js';
import type { HandlerContext, Reply } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { mentorSlots } from './availability.js';
import { canonicalTimeZone, formatLocal } from './time-zones.js';

const dayMs = 86_400_000;
const maxRangeDays = 31;
const defaultRangeDays = 7;

function instant(name: string, value: string): Date {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw problem.invalidParameter(name, 'must be an RFC 3339 date-time');
  return new Date(ms);
}

/** `GET /v1/mentors/{mentorId}/slots`: bookable hours in a range of at most 31 days, labelled in a time zone. */
export function listMentorSlots(ctx: HandlerContext<'listMentorSlots'>): Reply<'listMentorSlots'> {
  const { db, query, now } = ctx;
  const mentorId = ctx.params.mentorId;
  const mentorZone = prepared(db, 'SELECT timezone FROM mentors m WHERE m.id = @id AND (m.org_id IS NULL OR m.org_id = @org)')
    .pluck()
    .get({ id: mentorId, org: ctx.principal.orgId }) as string | undefined;
  if (mentorZone === undefined) throw problem.notFound(`No mentor ${mentorId} is visible to this credential.`);

  const start = query.start !== undefined ? instant('start', query.start) : now;
  const end = query.end !== undefined ? instant('end', query.end) : new Date(start.getTime() + defaultRangeDays * dayMs);
  if (end.getTime() <= start.getTime()) throw problem.invalidParameter('end', 'must be after start');
  if (end.getTime() - start.getTime() > maxRangeDays * dayMs) throw problem.invalidParameter('end', `must be at most ${maxRangeDays} days after start`);
  const timeZone = canonicalTimeZone(query.timeZone ?? mentorZone);
  if (timeZone === null) throw problem.invalidParameter('timeZone', 'must be an IANA time zone name, e.g. Europe/Berlin');

  const data = mentorSlots(db, mentorId, { start, end }, now).map((slot) => ({
    ...slot,
    localStart: formatLocal(timeZone, Date.parse(slot.startsAt)),
  }));
  return { status: 200, body: { data, timeZone } };
}
