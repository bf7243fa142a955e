import assert from 'node:assert/strict';
import type { components } from '@menteo/api';
import { insertMentor } from '../src/resources/mentors/store.js';
import type { AvailabilityWindow } from '../src/resources/mentors/row.js';
import { roomTransitions, type RoomAction, type RoomStatus } from '../src/resources/rooms/state-machine.js';
import type { TestSandbox } from './support/harness.js';

/** Shared set-up of the rooms test files: people, mentors, rooms in a given status, row counts. */

export type Room = components['schemas']['Room'];
export type Session = components['schemas']['Session'];
export type Goal = components['schemas']['Goal'];
export type Message = components['schemas']['Message'];
export type Problem = components['schemas']['Problem'];

/** A signed-in person of a test. */
export interface Person {
  userId: string;
  externalUserId: string;
  org: 'demo' | 'acme';
  token: string;
}

/** A person with a mentor profile. */
export interface MentorPerson extends Person {
  mentorId: string;
}

let counter = 0;

/** A new person of `org`, signed in through the real token endpoint. */
export async function person(s: TestSandbox, org: 'demo' | 'acme' = 'demo'): Promise<Person> {
  const externalUserId = `rooms-test-${process.pid}-${++counter}`;
  const token = await s.tokenFor({ externalUserId, name: `Test Person ${counter}`, org });
  const row = s.db.prepare('SELECT id FROM users WHERE external_id = ? AND org_id = ?').get(externalUserId, `org_${org}`) as { id: string };
  return { userId: row.id, externalUserId, org, token };
}

/** Mints a fresh token for a person (after the clock moved more than 15 minutes). */
export async function refresh(s: TestSandbox, p: Person): Promise<void> {
  p.token = await s.tokenFor({ externalUserId: p.externalUserId, org: p.org });
}

/** Every hour of every day, in UTC: any future whole hour is a slot. */
export const allDay: AvailabilityWindow[] = [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 1440] as AvailabilityWindow);

/** A free 20-minute intro call, the offering the intro-call tests give their mentors (`mentor(s, { offerings: [freeIntroCall] })`). */
export const freeIntroCall = { kind: 'intro_call', priceModel: 'free', price: null, durationMinutes: 20 } as const;

/** A new person who mentors: public by default, accepting, capacity 5, available around the clock in UTC, offering nothing unless told. */
export async function mentor(
  s: TestSandbox,
  options: {
    org?: 'demo' | 'acme';
    pool?: string | null;
    capacity?: number;
    accepting?: boolean;
    windows?: AvailabilityWindow[];
    offerings?: components['schemas']['MentorOffering'][];
  } = {},
): Promise<MentorPerson> {
  const p = await person(s, options.org ?? 'demo');
  const mentorId = `men_roomstest${process.pid}x${counter}`;
  insertMentor(s.db, {
    id: mentorId,
    userId: p.userId,
    orgId: options.pool === undefined ? null : options.pool,
    name: `Mentor ${counter}`,
    headline: 'Engineering manager who helps new leads',
    bio: 'Ten years of leading teams.',
    avatarUrl: null,
    title: 'Engineering Manager',
    company: 'Test Corp',
    skills: ['leadership'],
    industries: ['software'],
    languages: ['en'],
    seniority: 'director',
    yearsExperience: 12,
    timezone: 'UTC',
    country: 'DE',
    mentoringStyle: 'facilitative',
    helpsWith: ['leadership'],
    offerings: options.offerings ?? [],
    capacityMax: options.capacity ?? 5,
    acceptingRequests: options.accepting ?? true,
    ratingAvg: null,
    reviewCount: 0,
    sessionsCompleted: 0,
    medianResponseHours: null,
    weeklyAvailability: options.windows ?? allDay,
    nextAvailableAt: null,
    createdAt: s.now().toISOString(),
  });
  return { ...p, mentorId };
}

/** A valid createRoom body for `mentorId`. */
export function roomRequest(mentorId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mentorId,
    goal: 'Become a confident first-time tech lead within six months.',
    cadence: 'biweekly',
    termWeeks: 12,
    ...extra,
  };
}

/** POST as `who`; asserts the status when given. */
export async function post<T>(s: TestSandbox, who: Person, path: string, body?: unknown, expected?: number, headers?: Record<string, string>) {
  const res = await s.request<T>('POST', path, { auth: who.token, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  if (expected !== undefined) assert.equal(res.status, expected, `POST ${path}: ${res.text}`);
  return res;
}

/** GET as `who`; asserts the status when given. */
export async function get<T>(s: TestSandbox, who: Person, path: string, query?: Record<string, string | number | string[] | undefined>, expected?: number) {
  const res = await s.request<T>('GET', path, { auth: who.token, ...(query ? { query } : {}) });
  if (expected !== undefined) assert.equal(res.status, expected, `GET ${path}: ${res.text}`);
  return res;
}

/** The shortest chain of actions from `requested` to `status`, read from the state-machine table. */
export function pathTo(status: RoomStatus): RoomAction[] {
  const queue: { at: RoomStatus; path: RoomAction[] }[] = [{ at: 'requested', path: [] }];
  const seen = new Set<RoomStatus>(['requested']);
  while (queue.length) {
    const { at, path } = queue.shift()!;
    if (at === status) return path;
    for (const [action, t] of Object.entries(roomTransitions) as [RoomAction, (typeof roomTransitions)[RoomAction]][]) {
      if ((t.from as readonly RoomStatus[]).includes(at) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push({ at: t.to, path: [...path, action] });
      }
    }
  }
  throw new Error(`no path to ${status}`);
}

/** Who may take `action` (the first side the table allows). */
export function actorFor(action: RoomAction, pair: { mentor: Person; mentee: Person }): Person {
  return roomTransitions[action].by[0] === 'mentor' ? pair.mentor : pair.mentee;
}

/**
 * A fresh room (new mentor, new mentee) brought to `status` through the API; `expired`
 * backdates the request by 15 days, then reads it so lazy expiry applies.
 */
export async function roomIn(s: TestSandbox, status: RoomStatus): Promise<{ room: Room; mentor: MentorPerson; mentee: Person }> {
  const m = await mentor(s);
  const mentee = await person(s);
  let room = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201)).body;
  if (status === 'expired') {
    const created = new Date(Date.parse(room.createdAt) - 15 * 86_400_000).toISOString();
    s.db.prepare('UPDATE rooms SET created_at = ?, updated_at = ? WHERE id = ?').run(created, created, room.id);
    room = (await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200)).body;
  }
  for (const action of status === 'expired' ? [] : pathTo(status)) {
    const body = roomTransitions[action].reasonRequired ? { reason: 'Test reason' } : undefined;
    room = (await post<Room>(s, actorFor(action, { mentor: m, mentee }), `/v1/rooms/${room.id}/${action}`, body, 200)).body;
  }
  assert.equal(room.status, status);
  return { room, mentor: m, mentee };
}

/** Row counts of the rooms tables and the event log: "nothing was written" is these unchanged. */
export function counts(s: TestSandbox): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of ['rooms', 'goals', 'sessions', 'messages', 'room_reads', 'room_reviews', 'mentor_reviews', 'events']) {
    out[table] = (s.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return out;
}

/** The newest event's seq: pass it to `eventsAfter`. */
export function lastEventSeq(s: TestSandbox): number {
  return (s.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events').get() as { seq: number }).seq;
}

/** Events recorded after `seq`, oldest first, with their audience parsed. */
export function eventsAfter(s: TestSandbox, seq: number): { type: string; audience: string[]; data: Record<string, unknown> }[] {
  const rows = s.db.prepare('SELECT type, audience, data FROM events WHERE seq > ? ORDER BY seq').all(seq) as {
    type: string;
    audience: string;
    data: string;
  }[];
  return rows.map((r) => ({ type: r.type, audience: JSON.parse(r.audience) as string[], data: JSON.parse(r.data) as Record<string, unknown> }));
}

/** The start of the UTC day `days` after `from`, plus `hour` hours. */
export function hourOn(from: Date, days: number, hour: number): string {
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days, hour)).toISOString();
}
