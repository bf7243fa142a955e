// An opt-in program history for org_demo (#14; `--demo-program`, `createSandbox({ demoProgram: true })`):
// internal mentors, the people they mentor, and 15 weeks of requests, rooms, sessions, goals,
// reviews and roadmap progress, written as rows the way the room lifecycle leaves them (as
// testing/insights-fixture.ts does for a test organization), so the program insights of the demo
// organization have something to show. The default world does not have it: tests count its rows.
// Nothing here touches the demo people's own rooms, requests or progress.
import { prepared, type Db } from '../db/database.js';
import { demo } from '../demo.js';
import { newId } from '../ids.js';
import { refreshNextAvailable } from '../resources/mentors/availability.js';
import type { MentorNeed } from '../resources/mentors/row.js';
import { insertMentor } from '../resources/mentors/store.js';
import { Rng } from '../rng.js';
import { insertUser } from '../users.js';
import { closedEarlyReasons, declineReasons, departments, firstNames, lastNames, mentorProfiles, reviewBodies, roomThemes } from './demo-program-data.js';
import { mentorCount, type PlannedRoom, planDemoProgram } from './demo-program-plan.js';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const weekMs = 7 * dayMs;

/** The HR id of the program's first mentor: its presence says the program is there. */
const markerExternalId = 'E-4001';

/** What the demo program is planned from. */
export interface DemoProgramOptions {
  /** The world's PRNG seed: the same seed and clock give the same program. */
  seed: number;
  /** The sandbox clock's start: the history ends here. */
  now: Date;
}

/**
 * Whether the database holds the demo program already (a restart on the same file keeps it).
 *
 * @example
 * ```ts
 * if (!hasDemoProgram(db)) seedDemoProgram(db, { seed: 42, now });
 * ```
 */
export function hasDemoProgram(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM users WHERE org_id = ? AND external_id = ?').get(demo.orgs.demo, markerExternalId) !== undefined;
}

interface Person {
  id: string;
  name: string;
}

/**
 * Adds the demo program to org_demo, in one transaction. Deterministic: only `options.seed`
 * (through a PRNG of its own, so the rest of the world is the same with or without it) and
 * `options.now`.
 *
 * @example
 * ```ts
 * seedDemoProgram(db, { seed: 42, now: new Date('2026-12-02T12:00:00Z') });
 * ```
 */
export function seedDemoProgram(db: Db, options: DemoProgramOptions): void {
  const rng = new Rng((options.seed ^ 0x5eed_0e14) >>> 0);
  const now = options.now.getTime();
  const plan = planDemoProgram(rng, now);
  db.transaction(() => {
    const names = rng.sample(
      firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`)),
      mentorCount + plan.mentees,
    );
    const mentors = names.slice(0, mentorCount).map((name, i) => addMentor(db, rng, name, i, plan.mentorLoads[i] as number, now));
    const mentees = names.slice(mentorCount).map((name, i) => addMentee(db, rng, name, i, now));
    const needOf = mentees.map((m) => (/lead|manager|controller/i.test(m.title) || rng.chance(0.3) ? 'leadership' : 'mentorship') as MentorNeed);
    const held = new Array<number>(mentorCount).fill(0);
    const waits: number[][] = mentors.map(() => []);
    for (const room of plan.rooms) {
      const mentor = mentors[room.mentor] as Mentor;
      const mentee = mentees[room.mentee] as Person;
      const count = writeRoom(db, rng, room, mentor, mentee, needOf[room.mentee] as MentorNeed, now);
      held[room.mentor] = (held[room.mentor] as number) + count;
      if (room.startedAt !== null) waits[room.mentor]?.push((room.startedAt - room.createdAt) / hourMs);
    }
    for (const [i, mentor] of mentors.entries()) {
      prepared(db, 'UPDATE mentors SET sessions_completed = ?, median_response_hours = ? WHERE id = ?').run(held[i], median(waits[i] ?? []), mentor.mentorId);
    }
    addRoadmapProgress(db, rng, plan.rooms, mentees, now);
  })();
}

interface Mentor extends Person {
  mentorId: string;
}

interface Mentee extends Person {
  title: string;
}

function emailOf(name: string): string {
  return `${name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(' ', '.')}@demo.example`;
}

function addMember(db: Db, rng: Rng, name: string, externalId: string, title: string, department: string, now: number): string {
  const id = newId('usr', rng);
  const createdAt = new Date(now - (120 + rng.int(0, 900)) * dayMs).toISOString();
  const email = emailOf(name);
  insertUser(db, { id, orgId: demo.orgs.demo, externalId, email, name, headline: title, createdAt });
  prepared(db, 'INSERT INTO org_members (user_id, org_id, user_name, emails, title, department, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)').run(
    id,
    demo.orgs.demo,
    email.split('@')[0],
    JSON.stringify([{ value: email, primary: true }]),
    title,
    department,
    createdAt,
  );
  return id;
}

const places = [
  ['Europe/London', 'GB'],
  ['Europe/Madrid', 'ES'],
  ['Europe/Berlin', 'DE'],
  ['America/New_York', 'US'],
] as const;

function addMentor(db: Db, rng: Rng, name: string, index: number, load: number, now: number): Mentor {
  const profile = mentorProfiles[index % mentorProfiles.length] as (typeof mentorProfiles)[number];
  const userId = addMember(db, rng, name, `E-${4001 + index}`, profile.title, profile.department, now);
  // The pool lists by id: these sort after the random ids of the mentors an admin adds, so an
  // admin's own imports head its first page.
  const mentorId = `men_zzzz${rng.token(12)}`;
  const [timezone, country] = places[index % places.length] as (typeof places)[number];
  const day = 1 + (index % 5);
  insertMentor(db, {
    id: mentorId,
    userId,
    orgId: demo.orgs.demo,
    name,
    headline: profile.headline,
    bio: `${profile.title} at Demo Company. ${profile.headline}: ask me about ${profile.skills.join(', ').replaceAll('-', ' ')}.`,
    avatarUrl: null,
    title: profile.title,
    company: 'Demo Company',
    skills: [...profile.skills],
    industries: [],
    languages: index % 6 === 1 ? ['en', 'es'] : ['en'],
    seniority: profile.seniority,
    yearsExperience: 6 + rng.int(0, 14),
    timezone,
    country,
    mentoringStyle: profile.style,
    helpsWith: [...profile.helpsWith],
    offerings: [],
    capacityMax: Math.max(load + 1, 3),
    acceptingRequests: true,
    ratingAvg: null,
    reviewCount: 0,
    sessionsCompleted: 0,
    medianResponseHours: null,
    weeklyAvailability: [
      [day, 9 * 60, 11 * 60],
      [1 + ((day + 1) % 5), 14 * 60, 16 * 60],
    ],
    nextAvailableAt: null,
    createdAt: new Date(now - 20 * weekMs).toISOString(),
  });
  refreshNextAvailable(db, mentorId, new Date(now));
  return { id: userId, name, mentorId };
}

function addMentee(db: Db, rng: Rng, name: string, index: number, now: number): Mentee {
  const department = rng.pick(departments);
  const title = rng.pick(department.titles);
  return { id: addMember(db, rng, name, `E-${4101 + index}`, title, department.name, now), name, title };
}

/** Writes a room with its sessions, goals and reviews; returns how many sessions were held. */
function writeRoom(db: Db, rng: Rng, room: PlannedRoom, mentor: Mentor, mentee: Person, need: MentorNeed, now: number): number {
  const iso = (at: number) => new Date(at).toISOString();
  const theme = rng.pick(roomThemes[need]);
  const id = newId('room', rng);
  const efficacyStart = rng.weighted([
    [1, 1],
    [2, 4],
    [3, 4],
    [4, 1],
  ] as const);
  const end = room.closedAt ?? room.pausedAt ?? now;
  const reason =
    room.fate === 'declined'
      ? rng.pick(declineReasons)
      : room.fate === 'expired'
        ? 'The mentor did not answer within 14 days.'
        : room.fate === 'closed_early'
          ? rng.pick(closedEarlyReasons)
          : null;
  prepared(
    db,
    `INSERT INTO rooms (id, mentor_id, mentor_user_id, mentee_id, goal, cadence, term_weeks, status, status_reason, created_at, updated_at,
       started_at, ends_at, paused_at, closed_at, self_efficacy_start)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    mentor.mentorId,
    mentor.id,
    mentee.id,
    theme.goal,
    room.weekly ? 'weekly' : 'biweekly',
    room.termWeeks,
    room.fate,
    reason,
    iso(room.createdAt),
    iso(room.startedAt === null ? end : Math.min(end, now)),
    room.startedAt === null ? null : iso(room.startedAt),
    room.startedAt === null ? null : iso(room.startedAt + room.termWeeks * weekMs),
    room.pausedAt === null ? null : iso(room.pausedAt),
    room.closedAt === null ? null : iso(room.closedAt),
    efficacyStart,
  );
  if (room.startedAt === null) return 0;
  const held = writeSessions(db, rng, id, room, mentor, mentee, need, end);
  const outcomes = writeGoals(db, rng, id, room, theme.goals, end);
  if (room.fate === 'completed' || room.fate === 'closed_early') writeReviews(db, rng, id, room, mentor, mentee, efficacyStart, outcomes, now);
  return held;
}

function writeSessions(db: Db, rng: Rng, roomId: string, room: PlannedRoom, mentor: Mentor, mentee: Person, need: MentorNeed, end: number): number {
  const insert = prepared(
    db,
    `INSERT INTO sessions (id, room_id, mentor_id, starts_at, ends_at, status, booked_by, cancel_reason, hat, help_fit_mentee, help_fit_mentor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fit = () =>
    rng.weighted([
      ['yes', 66],
      ['partly', 24],
      ['no', 10],
    ] as const);
  // The first session two to four days after the start, on a weekday; then every week or two.
  let day = (room.startedAt as number) - ((room.startedAt as number) % dayMs) + rng.int(2, 4) * dayMs;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += dayMs;
  let held = 0;
  for (let at = day + (9 + rng.int(0, 7)) * hourMs; at + hourMs < end; at += (room.weekly ? 7 : 14) * dayMs) {
    const u = rng.next();
    const status = u < 0.05 ? 'no_show' : u < 0.08 ? 'cancelled' : 'completed';
    const hat = rng.chance(0.9) ? (rng.chance(need === 'leadership' ? 0.75 : 0.2) ? 'leader' : 'mentor') : null;
    if (status === 'completed') held++;
    insert.run(
      newId('ses', rng),
      roomId,
      mentor.mentorId,
      new Date(at).toISOString(),
      new Date(at + hourMs).toISOString(),
      status,
      rng.chance(0.8) ? mentee.id : mentor.id,
      status === 'cancelled' ? 'Something came up; moved to next time.' : null,
      hat,
      status === 'completed' && hat !== null && rng.chance(0.8) ? fit() : null,
      status === 'completed' && hat !== null && rng.chance(0.6) ? fit() : null,
      new Date(Math.max(room.startedAt as number, at - rng.int(3, 7) * dayMs)).toISOString(),
      new Date(status === 'cancelled' ? at - 4 * hourMs : at + hourMs + rng.int(5, 50) * 60_000).toISOString(),
    );
  }
  return held;
}

type Outcome = { goalId: string; outcome: 'achieved' | 'partly_achieved' | 'not_achieved' };

/** Two or three goals: the first achieved some weeks in, the second sometimes dropped. Returns their outcomes. */
function writeGoals(db: Db, rng: Rng, roomId: string, room: PlannedRoom, titles: readonly string[], end: number): Outcome[] {
  const started = room.startedAt as number;
  const insert = prepared(db, 'INSERT INTO goals (id, room_id, title, progress, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const outcomes: Outcome[] = [];
  const count = room.index % 3 === 0 ? 3 : 2;
  for (let k = 0; k < count; k++) {
    const id = newId('goal', rng);
    const createdAt = started + k * dayMs + rng.int(1, 8) * hourMs;
    const dropAt = k === 1 && room.index % 6 === 1 ? started + rng.int(2, 6) * weekMs : null;
    const doneAt = started + (k === 0 ? rng.int(4, 9) : rng.int(7, 14)) * weekMs + rng.int(0, 6) * dayMs;
    let status: 'open' | 'achieved' | 'dropped' = 'open';
    let updatedAt = Math.max(createdAt, end - rng.int(1, 10) * dayMs);
    let progress = Math.min(90, 5 * Math.round((20 * (end - started)) / (doneAt - started)));
    if (dropAt !== null && dropAt < end) {
      [status, updatedAt, progress] = ['dropped', dropAt, 5 * rng.int(2, 8)];
    } else if (doneAt < end) {
      [status, updatedAt, progress] = ['achieved', doneAt, 100];
    }
    insert.run(id, roomId, titles[k % titles.length], progress, status, new Date(createdAt).toISOString(), new Date(updatedAt).toISOString());
    if (status === 'achieved') outcomes.push({ goalId: id, outcome: 'achieved' });
    if (status === 'open') outcomes.push({ goalId: id, outcome: progress >= 50 ? 'partly_achieved' : 'not_achieved' });
  }
  return outcomes;
}

function writeReviews(
  db: Db,
  rng: Rng,
  roomId: string,
  room: PlannedRoom,
  mentor: Mentor,
  mentee: Person,
  efficacyStart: number,
  outcomes: Outcome[],
  nowMs: number,
): void {
  const insert = prepared(
    db,
    `INSERT INTO room_reviews (id, room_id, author_id, author_role, rating, body, goal_outcomes, self_efficacy, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const closed = room.closedAt as number;
  const change = rng.weighted([
    [-1, 8],
    [0, 20],
    [1, 45],
    [2, 27],
  ] as const);
  const efficacyEnd = Math.min(5, Math.max(1, efficacyStart + change));
  const at = (hours: number) => new Date(Math.min(nowMs - hourMs, closed + hours * hourMs)).toISOString();
  const goals = JSON.stringify(outcomes);
  const rating = room.fate === 'completed' ? rng.int(4, 5) : rng.int(3, 5);
  insert.run(newId('rev', rng), roomId, mentee.id, 'mentee', rating, rng.pick(reviewBodies), goals, efficacyEnd, at(rng.int(2, 50)));
  insert.run(
    newId('rev', rng),
    roomId,
    mentor.id,
    'mentor',
    rng.int(4, 5),
    'A pleasure to work with: came prepared every time.',
    goals,
    null,
    at(rng.int(2, 50)),
  );
}

/** Each mentee follows one curated roadmap from their first room's start: a step done every week or two, the next one in progress. */
function addRoadmapProgress(db: Db, rng: Rng, rooms: PlannedRoom[], mentees: Person[], now: number): void {
  const roadmaps = prepared(db, 'SELECT id FROM roadmaps WHERE id NOT IN (SELECT id FROM org_roadmaps) ORDER BY id').pluck().all() as string[];
  const stepsOf = prepared(db, 'SELECT id FROM roadmap_steps WHERE roadmap_id = ? ORDER BY position').pluck();
  const insert = prepared(db, 'INSERT INTO roadmap_progress (user_id, step_id, roadmap_id, state, note, updated_at) VALUES (?, ?, ?, ?, NULL, ?)');
  const seen = new Set<number>();
  for (const room of rooms) {
    if (room.startedAt === null || seen.has(room.mentee)) continue;
    seen.add(room.mentee);
    const roadmap = rng.pick(roadmaps);
    const person = (mentees[room.mentee] as Person).id;
    let at = room.startedAt + rng.int(3, 8) * dayMs;
    let last = room.startedAt;
    for (const step of stepsOf.all(roadmap) as string[]) {
      if (at >= now) {
        insert.run(person, step, roadmap, 'doing', new Date(Math.max(last + hourMs, now - rng.int(1, 3) * dayMs)).toISOString());
        break;
      }
      insert.run(person, step, roadmap, 'done', new Date(at).toISOString());
      last = at;
      at += rng.int(5, 12) * dayMs;
    }
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value);
}
