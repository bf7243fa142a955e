// The program insights computed independently from the raw rows, from the contract's definitions
// and without the sandbox's queries: the organization is found through each mentee's user row, and
// each figure's people are collected as it is counted. The same computation as admin-insights.test.ts
// checks the fixture with, here for any database (demo-program.test.ts checks the demo program).
import type { components } from '@menteo/api';
import type { Db } from '../../src/db/database.js';

type Schemas = components['schemas'];
type Insights = Schemas['ProgramInsights'];
type Figure = Schemas['InsightFigure'];
type Figures = Schemas['InsightsFigures'];

/** Every row the insights are made of, as stored. */
export interface Raw {
  orgOf: Map<string, string | null>;
  rooms: {
    id: string;
    mentor_id: string;
    mentee_id: string;
    created_at: string;
    started_at: string | null;
    closed_at: string | null;
    self_efficacy_start: number | null;
  }[];
  sessions: { room_id: string; starts_at: string; status: string; hat: string | null; help_fit_mentee: string | null }[];
  goals: { room_id: string; status: string; updated_at: string }[];
  reviews: { room_id: string; author_role: string; self_efficacy: number | null; created_at: string }[];
  progress: { user_id: string; state: string; updated_at: string }[];
  mentors: { id: string; org_id: string | null; active: number | null }[];
}

/**
 * Reads every row the insights count, of every organization.
 *
 * @example
 * ```ts
 * const raw = readRaw(s.db);
 * ```
 */
export function readRaw(db: Db): Raw {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  return {
    orgOf: new Map(all<{ id: string; org_id: string | null }>('SELECT id, org_id FROM users').map((u) => [u.id, u.org_id])),
    rooms: all('SELECT * FROM rooms'),
    sessions: all('SELECT * FROM sessions'),
    goals: all('SELECT * FROM goals'),
    reviews: all('SELECT * FROM room_reviews'),
    progress: all('SELECT * FROM roadmap_progress'),
    mentors: all('SELECT m.id, m.org_id, om.active FROM mentors m LEFT JOIN org_mentors om ON om.mentor_id = m.id'),
  };
}

const shown = (value: number | null, people: Set<string>): Figure =>
  people.size >= 5 && value !== null ? { value, suppressed: false } : { value: null, suppressed: true };
const rounded = (value: number, places: number) => Number(value.toFixed(places + 4)).toFixed(places);
const to = (value: number, places: number) => Number(rounded(Math.round(value * 10 ** places) / 10 ** places, places));

/**
 * The figures of `orgId` for the instants [start, end), as the contract defines them.
 *
 * @example
 * ```ts
 * expectedFigures(readRaw(s.db), 'org_demo', '2026-11-23T00:00:00.000Z', '2026-11-30T00:00:00.000Z').requests;
 * ```
 */
export function expectedFigures(raw: Raw, orgId: string, start: string, end: string): Figures {
  const inSpan = (at: string) => at >= start && at < end;
  const ours = new Map(raw.rooms.filter((r) => raw.orgOf.get(r.mentee_id) === orgId).map((r) => [r.id, r]));
  const menteeOf = (roomId: string) => ours.get(roomId)?.mentee_id as string;

  const requests = [...ours.values()].filter((r) => inSpan(r.created_at));
  const requesters = new Set(requests.map((r) => r.mentee_id));
  const accepted = requests.filter((r) => r.started_at);
  const waits = accepted.map((r) => (Date.parse(r.started_at as string) - Date.parse(r.created_at)) / 3_600_000).sort((a, b) => a - b);
  let median: number | null = null;
  if (waits.length > 0) {
    const half = waits.length >> 1;
    median = waits.length % 2 ? (waits[half] as number) : ((waits[half - 1] as number) + (waits[half] as number)) / 2;
  }
  const active = [...ours.values()].filter((r) => r.started_at && r.started_at < end && (!r.closed_at || r.closed_at >= start));

  const sessions = raw.sessions.filter((x) => ours.has(x.room_id) && inSpan(x.starts_at) && (x.status === 'completed' || x.status === 'no_show'));
  const held = sessions.filter((x) => x.status === 'completed');
  const hatted = held.filter((x) => x.hat);
  const answered = hatted.filter((x) => x.help_fit_mentee);
  const goals = raw.goals.filter((g) => ours.has(g.room_id) && inSpan(g.updated_at) && (g.status === 'achieved' || g.status === 'dropped'));
  const done = raw.progress.filter((p) => raw.orgOf.get(p.user_id) === orgId && p.state === 'done' && inSpan(p.updated_at));
  const reviews = raw.reviews.filter(
    (v) =>
      ours.has(v.room_id) && v.author_role === 'mentee' && v.self_efficacy !== null && ours.get(v.room_id)?.self_efficacy_start != null && inSpan(v.created_at),
  );
  const changes = reviews.map((v) => (v.self_efficacy as number) - (ours.get(v.room_id)?.self_efficacy_start as number));

  const people = (rows: { room_id: string }[]) => new Set(rows.map((x) => menteeOf(x.room_id)));
  return {
    requests: shown(requests.length, requesters),
    acceptanceRate: shown(requests.length ? to(accepted.length / requests.length, 3) : null, requesters),
    medianHoursToAccept: shown(median === null ? null : to(median, 1), new Set(accepted.map((r) => r.mentee_id))),
    activeRooms: shown(active.length, new Set(active.map((r) => r.mentee_id))),
    sessionsHeld: shown(held.length, people(sessions)),
    noShows: shown(sessions.length - held.length, people(sessions)),
    goalsAchieved: shown(goals.filter((g) => g.status === 'achieved').length, people(goals)),
    goalsDropped: shown(goals.filter((g) => g.status === 'dropped').length, people(goals)),
    roadmapStepsCompleted: shown(done.length, new Set(done.map((p) => p.user_id))),
    needMix: {
      leadership: shown(hatted.filter((x) => x.hat === 'leader').length, people(hatted)),
      mentorship: shown(hatted.filter((x) => x.hat === 'mentor').length, people(hatted)),
    },
    hatFit: {
      answered: shown(answered.length, people(answered)),
      fitRate: shown(answered.length ? to(answered.filter((x) => x.help_fit_mentee === 'yes').length / answered.length, 3) : null, people(answered)),
    },
    selfEfficacyChange: shown(changes.length ? to(changes.reduce((a, b) => a + b, 0) / changes.length, 2) : null, people(reviews)),
  };
}

/**
 * The active mentees of each active internal mentor of `orgId` at `at`, in the five load buckets.
 *
 * @example
 * ```ts
 * expectedMentorLoad(readRaw(s.db), 'org_demo', insights.mentorLoad.at);
 * ```
 */
export function expectedMentorLoad(raw: Raw, orgId: string, at: string): Insights['mentorLoad'] {
  const pool = raw.mentors.filter((m) => m.org_id === orgId && m.active !== 0);
  const load = pool.map((m) => ({
    id: m.id,
    mentees: new Set(
      raw.rooms.filter((r) => r.mentor_id === m.id && r.started_at && r.started_at <= at && (!r.closed_at || r.closed_at > at)).map((r) => r.mentee_id),
    ).size,
  }));
  const labels = ['0', '1', '2', '3', '4+'] as const;
  return {
    at,
    mentors: shown(pool.length, new Set(pool.map((m) => m.id))),
    distribution: labels.map((label, i) => {
      const group = load.filter((m) => (i === 4 ? m.mentees >= 4 : m.mentees === i));
      return { activeMentees: label, mentors: shown(group.length, new Set(group.map((m) => m.id))) };
    }),
  };
}
