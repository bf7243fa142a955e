import { prepared, type Db } from '../../db/database.js';
import { newId } from '../../ids.js';
import { demo } from '../../demo.js';
import type { SeedContext } from '../../seed-context.js';
import { insertUser } from '../../users.js';
import { mentorSlots } from '../mentors/availability.js';
import { mentorUserId } from '../mentors/queries.js';
import { markRead } from './reads.js';
import { roomStories as stories, type SeedMentee, type SeedMentor, type SeedRoom, type Side } from './seed-data.js';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const weekMs = 7 * dayMs;

/** The demo mentor's profile, seeded by the mentors' seeder. */
const demoMentorId = demo.users.mentor.mentorId;

interface Person {
  mentorId: string;
  mentorUserId: string;
}

/**
 * Seeds the rooms of the demo world: demo-mentee's active room with the demo mentor
 * (so both demo people see one room from either side), a request and a finished room;
 * the demo mentor's rooms in every status; acme-employee's room with an internal mentor.
 * Deterministic: only `ctx.rng` and `ctx.now`.
 */
export function seedRooms(ctx: SeedContext): void {
  const mentors = pickMentors(ctx);
  for (const story of stories) seedRoom(ctx, story, mentors);
}

/** Resolves the stories' mentor roles to seeded mentors, the same ones on every run. */
function pickMentors(ctx: SeedContext): Record<SeedMentor, Person> {
  const { db, rng } = ctx;
  const person = (mentorId: string): Person => {
    const userId = mentorUserId(db, mentorId);
    if (!userId) throw new Error(`seedRooms: mentor ${mentorId} does not exist (seed mentors first)`);
    return { mentorId, mentorUserId: userId };
  };
  const candidates = (where: string, ...args: unknown[]) =>
    (
      prepared(
        db,
        `SELECT id FROM mentors
         WHERE ${where} AND accepting_requests = 1 AND capacity_max >= 3 AND user_id NOT IN (?, ?, ?)
         ORDER BY rid`,
      ).all(...args, demo.users.mentee.id, demo.users.mentor.id, demo.users.acmeEmployee.id) as { id: string }[]
    ).map((r) => r.id);
  const publicOnes = candidates('org_id IS NULL AND id <> ?', demoMentorId);
  // The acme room has an upcoming session: its mentor must publish some hours.
  const acmeOnes = candidates("org_id = ? AND weekly_availability <> '[]'", demo.orgs.acme);
  const [a, b] = rng.sample(publicOnes, 2);
  const acme = acmeOnes.length ? rng.pick(acmeOnes) : undefined;
  if (!a || !b || !acme) throw new Error('seedRooms: needs two public mentors and one acme mentor with open capacity');
  return { demo: person(demoMentorId), 'public-a': person(a), 'public-b': person(b), acme: person(acme) };
}

function menteeId(ctx: SeedContext, mentee: SeedMentee, createdAt: string): string {
  if (mentee === 'demo-mentee') return demo.users.mentee.id;
  if (mentee === 'acme-employee') return demo.users.acmeEmployee.id;
  const id = newId('usr', ctx.rng);
  insertUser(ctx.db, {
    id,
    orgId: demo.orgs.demo,
    // Their own external ids, so a test or a demo can sign in as them through /v1/auth/tokens.
    externalId: mentee.email.split('@')[0]!,
    email: mentee.email,
    name: mentee.name,
    headline: mentee.headline,
    createdAt,
  });
  return id;
}

function seedRoom(ctx: SeedContext, story: SeedRoom, mentors: Record<SeedMentor, Person>): void {
  const { db, rng, now } = ctx;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (day: number, hour: number, minute = 0) => new Date(today - day * dayMs + hour * hourMs + minute * 60_000).toISOString();
  const dateIn = (days: number) => new Date(today + days * dayMs).toISOString().slice(0, 10);

  const mentor = mentors[story.mentor];
  const first = story.messages[0];
  const createdAt = first ? at(first.day, first.hour, 2) : at(story.createdDay, 8);
  const mentee = menteeId(ctx, story.mentee, new Date(Date.parse(createdAt) - 30 * dayMs).toISOString());
  const sideUser = (side: Side) => (side === 'mentor' ? mentor.mentorUserId : mentee);
  const stamps: string[] = [createdAt];
  const stamp = (iso: string) => {
    stamps.push(iso);
    return iso;
  };

  const startedAt = story.startedDay === undefined ? null : stamp(at(story.startedDay, 9, rng.int(0, 59)));
  const endsAt = startedAt === null ? null : new Date(Date.parse(startedAt) + story.termWeeks * weekMs).toISOString();
  const pausedAt = story.pausedDay === undefined ? null : stamp(at(story.pausedDay, 12, rng.int(0, 59)));
  const closedAt = story.closedDay === undefined ? null : stamp(at(story.closedDay, 10, rng.int(30, 59)));

  const roomId = newId('room', rng);
  prepared(
    db,
    `INSERT INTO rooms (id, mentor_id, mentor_user_id, mentee_id, goal, cadence, term_weeks, agreement, status, status_reason,
                        created_at, updated_at, started_at, ends_at, paused_at, closed_at, agreement_mentee_signed_at, agreement_mentor_signed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    roomId,
    mentor.mentorId,
    mentor.mentorUserId,
    mentee,
    story.goal,
    story.cadence,
    story.termWeeks,
    story.agreement,
    story.status,
    story.statusReason,
    createdAt,
    createdAt,
    startedAt,
    endsAt,
    pausedAt,
    closedAt,
    // The mentee proposed the agreement with the request; the mentor signed it on accepting.
    story.agreement ? createdAt : null,
    story.agreement ? startedAt : null,
  );

  for (const goal of story.goals) {
    prepared(
      db,
      `INSERT INTO goals (id, room_id, title, success_criteria, target_date, progress, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      newId('goal', rng),
      roomId,
      goal.title,
      goal.successCriteria,
      goal.targetInDays === null ? null : dateIn(goal.targetInDays),
      goal.progress,
      goal.status,
      at(goal.createdDay, 10, rng.int(0, 59)),
      stamp(at(goal.updatedDay, 18, rng.int(0, 59))),
    );
  }

  const insertSession = prepared(
    db,
    `INSERT INTO sessions (id, room_id, mentor_id, starts_at, ends_at, duration_minutes, status, agenda, notes, booked_by, cancel_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 60, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const session of story.sessions) {
    const start = Date.parse(at(session.day, session.hour));
    const updatedAt = session.status === 'cancelled' ? start - 4 * hourMs : start + hourMs + rng.int(5, 50) * 60_000;
    insertSession.run(
      newId('ses', rng),
      roomId,
      mentor.mentorId,
      new Date(start).toISOString(),
      new Date(start + hourMs).toISOString(),
      session.status,
      session.agenda,
      session.notes,
      sideUser(session.bookedBy),
      session.cancelReason ?? null,
      new Date(start - 3 * dayMs).toISOString(),
      stamp(new Date(updatedAt).toISOString()),
    );
  }
  if (story.upcoming) {
    // A real open slot of the mentor, so the seeded calendar and the slots endpoint agree.
    const slot = mentorSlots(db, mentor.mentorId, { start: new Date(now.getTime() + 2 * dayMs), end: new Date(now.getTime() + 16 * dayMs) }, now)[0];
    if (slot) {
      insertSession.run(
        newId('ses', rng),
        roomId,
        mentor.mentorId,
        slot.startsAt,
        slot.endsAt,
        story.upcoming.status,
        story.upcoming.agenda,
        null,
        sideUser(story.upcoming.bookedBy),
        null,
        at(2, 18, rng.int(0, 59)),
        stamp(at(1, 9, rng.int(0, 59))),
      );
    }
  }

  const seqs: { seq: number; from: Side; createdAt: string }[] = [];
  for (const [index, message] of story.messages.entries()) {
    const createdAt = index === 0 ? at(message.day, message.hour, 2) : at(message.day, message.hour, rng.int(3, 59));
    const result = prepared(db, 'INSERT INTO messages (id, room_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)').run(
      newId('msg', rng),
      roomId,
      sideUser(message.from),
      message.body,
      stamp(createdAt),
    );
    seqs.push({ seq: Number(result.lastInsertRowid), from: message.from, createdAt });
  }
  for (const side of ['mentor', 'mentee'] as const) markSeededRead(db, roomId, sideUser(side), side, story.unread[side], seqs);

  prepared(db, 'UPDATE rooms SET updated_at = ? WHERE id = ?').run(stamps.sort().at(-1)!, roomId);
}

/** Leaves the last `unread` messages of the other side unread for `side`; everything before is read. */
function markSeededRead(db: Db, roomId: string, userId: string, side: Side, unread: number, seqs: { seq: number; from: Side; createdAt: string }[]): void {
  const others = seqs.filter((m) => m.from !== side);
  const firstUnread = unread > 0 ? others[others.length - unread] : undefined;
  const read = firstUnread ? seqs.filter((m) => m.seq < firstUnread.seq) : seqs;
  const last = read.at(-1);
  if (last) markRead(db, roomId, userId, last.seq, new Date(last.createdAt));
}
