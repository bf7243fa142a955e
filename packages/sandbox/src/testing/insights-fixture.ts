// The program insights' seeded fixture, for the sandbox's tests and the elements' browser runs:
// an organization of its own (so the demo seed adds nothing to its figures), 12 mentees and 7
// internal mentors made through the admin API, and their rooms, sessions, goals, reviews and
// roadmap progress written at fixed instants of November 2026 as rows, the way the room lifecycle
// leaves them. The shape is chosen so that some figures are made of exactly 5 people (shown) and
// others of 4 (suppressed).
import assert from 'node:assert/strict';
import type { components } from '@menteo/api';
import type { TestSandbox } from './harness.js';

type Member = components['schemas']['Member'];
type OrgMentor = components['schemas']['OrgMentor'];

const hour = 3_600_000;
const day = 24 * hour;

/** An organization made for a test: its id and its secret key. */
export interface FixtureOrg {
  orgId: string;
  secret: string;
}

/**
 * Adds an organization with a secret key (no seed data of its own).
 *
 * @example
 * ```ts
 * const org = addOrganization(s, 'insightco'); // { orgId: 'org_insightco', secret: 'sk_test_insightco' }
 * ```
 */
export function addOrganization(s: TestSandbox, name: string): FixtureOrg {
  const orgId = `org_${name}`;
  const secret = `sk_test_${name}`;
  const at = s.now().toISOString();
  s.db.prepare('INSERT INTO organizations (id, name, allowed_origins, created_at) VALUES (?, ?, ?, ?)').run(orgId, name, '[]', at);
  s.db.prepare("INSERT INTO api_keys (key, org_id, kind, mode, created_at) VALUES (?, ?, 'secret', 'test', ?)").run(secret, orgId, at);
  return { orgId, secret };
}

async function member(s: TestSandbox, org: FixtureOrg, externalUserId: string): Promise<Member> {
  const res = await s.request<Member>('POST', '/v1/org/members', { auth: org.secret, body: { externalUserId, displayName: externalUserId } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

async function mentor(s: TestSandbox, org: FixtureOrg, externalUserId: string): Promise<OrgMentor> {
  const person = await member(s, org, externalUserId);
  const res = await s.request<OrgMentor>('POST', '/v1/org/mentors', {
    auth: org.secret,
    body: { userId: person.id, headline: `Mentor ${externalUserId}`, timeZone: 'Europe/Madrid' },
  });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

interface RoomPlan {
  mentee: number;
  mentor: number;
  created: string;
  /** Hours from request to acceptance; `null`: never accepted. */
  acceptAfter: number | null;
  /** `declined` closes a request; `completed` ends a started room at `closed`. */
  end?: { status: 'declined' | 'completed'; at: string };
  efficacy?: { start: number; end: number };
}

// 12 mentees (m0…m11) and 7 mentors (M0…M6). Week 46 has requests from exactly 5 people; week 47
// has 5 requests from 4 people (m9 asks two mentors), so its request figures are suppressed.
const rooms: RoomPlan[] = [
  { mentee: 0, mentor: 0, created: '2026-11-03T10:00:00.000Z', acceptAfter: 5, efficacy: { start: 2, end: 4 } },
  {
    mentee: 1,
    mentor: 1,
    created: '2026-11-03T11:00:00.000Z',
    acceptAfter: 30,
    end: { status: 'completed', at: '2026-11-26T12:00:00.000Z' },
    efficacy: { start: 3, end: 4 },
  },
  {
    mentee: 2,
    mentor: 2,
    created: '2026-11-03T12:00:00.000Z',
    acceptAfter: 2,
    end: { status: 'completed', at: '2026-11-27T12:00:00.000Z' },
    efficacy: { start: 1, end: 3 },
  },
  {
    mentee: 3,
    mentor: 3,
    created: '2026-11-05T09:00:00.000Z',
    acceptAfter: 50,
    end: { status: 'completed', at: '2026-11-25T09:00:00.000Z' },
    efficacy: { start: 4, end: 3 },
  },
  {
    mentee: 4,
    mentor: 4,
    created: '2026-11-09T09:00:00.000Z',
    acceptAfter: 1,
    end: { status: 'completed', at: '2026-11-28T09:00:00.000Z' },
    efficacy: { start: 2, end: 2 },
  },
  {
    mentee: 5,
    mentor: 5,
    created: '2026-11-10T09:00:00.000Z',
    acceptAfter: 12,
    end: { status: 'completed', at: '2026-11-29T09:00:00.000Z' },
    efficacy: { start: 2, end: 5 },
  },
  { mentee: 6, mentor: 6, created: '2026-11-11T09:00:00.000Z', acceptAfter: null, end: { status: 'declined', at: '2026-11-12T09:00:00.000Z' } },
  { mentee: 7, mentor: 0, created: '2026-11-12T09:00:00.000Z', acceptAfter: 7 },
  { mentee: 8, mentor: 1, created: '2026-11-15T23:59:59.000Z', acceptAfter: 20 },
  { mentee: 9, mentor: 2, created: '2026-11-16T00:00:00.000Z', acceptAfter: 3 },
  { mentee: 9, mentor: 3, created: '2026-11-17T09:00:00.000Z', acceptAfter: null },
  { mentee: 10, mentor: 4, created: '2026-11-18T09:00:00.000Z', acceptAfter: 40 },
  { mentee: 11, mentor: 5, created: '2026-11-19T09:00:00.000Z', acceptAfter: 9 },
  { mentee: 0, mentor: 5, created: '2026-11-20T09:00:00.000Z', acceptAfter: null, end: { status: 'declined', at: '2026-11-21T09:00:00.000Z' } },
];

const hats = ['leader', 'mentor', null, 'leader', 'leader', 'mentor'] as const;
const fits = ['yes', 'partly', 'yes', null, 'no', 'yes', 'yes'] as const;

/**
 * Builds the fixture for `org`: its people through the admin API, their activity as rows.
 * `tag` keeps ids apart when two organizations get one.
 *
 * @example
 * ```ts
 * await seedInsightsFixture(s, addOrganization(s, 'insightco'), 'a');
 * ```
 */
export async function seedInsightsFixture(s: TestSandbox, org: FixtureOrg, tag: string): Promise<void> {
  const mentees: Member[] = [];
  for (let i = 0; i < 12; i++) mentees.push(await member(s, org, `${tag}-mentee-${i}`));
  const mentors: OrgMentor[] = [];
  for (let i = 0; i < 7; i++) mentors.push(await mentor(s, org, `${tag}-mentor-${i}`));
  const steps = s.db.prepare('SELECT id, roadmap_id FROM roadmap_steps ORDER BY id LIMIT 8').all() as { id: string; roadmap_id: string }[];
  assert.equal(steps.length, 8, 'the seed has roadmap steps');

  const insertRoom = s.db.prepare(
    `INSERT INTO rooms (id, mentor_id, mentor_user_id, mentee_id, goal, cadence, term_weeks, status, created_at, updated_at, started_at, closed_at, self_efficacy_start)
     VALUES (?, ?, ?, ?, 'Grow', 'weekly', 12, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = s.db.prepare(
    `INSERT INTO sessions (id, room_id, mentor_id, starts_at, ends_at, status, booked_by, hat, help_fit_mentee, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertGoal = s.db.prepare(`INSERT INTO goals (id, room_id, title, progress, status, created_at, updated_at) VALUES (?, ?, 'A goal', ?, ?, ?, ?)`);
  const insertReview = s.db.prepare(
    `INSERT INTO room_reviews (id, room_id, author_id, author_role, rating, body, goal_outcomes, self_efficacy, created_at)
     VALUES (?, ?, ?, 'mentee', 5, 'Good', '[]', ?, ?)`,
  );
  const insertProgress = s.db.prepare(`INSERT INTO roadmap_progress (user_id, step_id, roadmap_id, state, note, updated_at) VALUES (?, ?, ?, ?, NULL, ?)`);

  let sessionCount = 0;
  rooms.forEach((plan, index) => {
    const id = `room_${tag}fixture${index}`;
    const mentee = mentees[plan.mentee] as Member;
    const mentorProfile = mentors[plan.mentor] as OrgMentor;
    const started = plan.acceptAfter === null ? null : new Date(Date.parse(plan.created) + plan.acceptAfter * hour).toISOString();
    const status = plan.end?.status ?? (started ? 'active' : 'requested');
    const closed = plan.end?.at ?? null;
    insertRoom.run(
      id,
      mentorProfile.id,
      mentorProfile.userId,
      mentee.id,
      status,
      plan.created,
      closed ?? started ?? plan.created,
      started,
      closed,
      plan.efficacy?.start ?? null,
    );
    if (started === null) return;

    // A weekly session from the day after the start until the room closed or the month ended.
    const last = Date.parse(closed ?? '2026-11-30T00:00:00.000Z');
    for (let at = Date.parse(started) + day; at < last; at += 7 * day) {
      const n = sessionCount++;
      const held = n % 5 !== 3;
      const startsAt = new Date(at).toISOString();
      insertSession.run(
        `ses_${tag}fixture${n}`,
        id,
        mentorProfile.id,
        startsAt,
        new Date(at + hour).toISOString(),
        held ? 'completed' : 'no_show',
        mentee.id,
        held ? hats[n % hats.length] : null,
        held ? fits[n % fits.length] : null,
        startsAt,
        startsAt,
      );
    }
    // Two goals a room: the first achieved ten days in, the second dropped in some rooms.
    const achievedAt = new Date(Date.parse(started) + 10 * day).toISOString();
    insertGoal.run(`goal_${tag}fixture${index}a`, id, 100, Date.parse(achievedAt) < last ? 'achieved' : 'open', started, achievedAt);
    insertGoal.run(`goal_${tag}fixture${index}b`, id, 0, index % 3 === 0 ? 'dropped' : 'open', started, new Date(Date.parse(started) + 4 * day).toISOString());
    if (plan.end?.status === 'completed' && plan.efficacy) {
      insertReview.run(`rev_${tag}fixture${index}`, id, mentee.id, plan.efficacy.end, new Date(Date.parse(plan.end.at) + hour).toISOString());
    }
  });

  // Roadmap progress: each mentee finishes some steps (one every 2.5 days from an offset of their
  // own), and leaves one in progress, which is not a completion.
  mentees.forEach((person, i) => {
    const count = 1 + (i % 4);
    for (let k = 0; k < count; k++) {
      const step = steps[(i + k) % steps.length] as { id: string; roadmap_id: string };
      const at = new Date(Date.parse('2026-11-04T08:00:00.000Z') + (i * 1.7 + k * 2.5) * day).toISOString();
      insertProgress.run(person.id, step.id, step.roadmap_id, 'done', at);
    }
    const doing = steps[(i + count) % steps.length] as { id: string; roadmap_id: string };
    insertProgress.run(person.id, doing.id, doing.roadmap_id, 'doing', '2026-11-20T08:00:00.000Z');
  });
}
