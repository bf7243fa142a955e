import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import type { DayRange } from './insights-range.js';

type Schemas = components['schemas'];
export type InsightFigure = Schemas['InsightFigure'];
export type InsightsFigures = Schemas['InsightsFigures'];
export type MentorLoad = Schemas['MentorLoad'];

/** No figure is shown that fewer people than this make up, so insights cannot single anyone out. */
export const minimumGroupSize = 5;

const hourMs = 3_600_000;

/**
 * A figure, or its suppression when fewer than {@link minimumGroupSize} distinct people make it up.
 *
 * @example
 * ```ts
 * figure(3, new Set(['usr_a', 'usr_b'])); // { value: null, suppressed: true }
 * ```
 */
export function figure(value: number | null, people: ReadonlySet<string>): InsightFigure {
  if (people.size < minimumGroupSize || value === null) return { value: null, suppressed: true };
  return { value, suppressed: false };
}

// Every query counts rows of the organization only: rooms whose mentee is one of its people
// (their sessions and goals with them), and its people's roadmap progress.
const orgRooms = 'rooms r JOIN users mentee ON mentee.id = r.mentee_id AND mentee.org_id = ?';

interface RequestRow {
  mentee_id: string;
  created_at: string;
  started_at: string | null;
}

interface SessionRow {
  mentee_id: string;
  status: 'completed' | 'no_show';
  hat: 'leader' | 'mentor' | null;
  help_fit_mentee: 'yes' | 'partly' | 'no' | null;
}

/**
 * The figures of one span of days for an organization, from its rows as they are now.
 *
 * @example
 * ```ts
 * figuresOf(db, 'org_acme', insightsRange({ from: '2026-11-23', to: '2026-11-29' }, now)).requests; // { value: 8, suppressed: false }
 * ```
 */
export function figuresOf(db: Db, orgId: string, range: DayRange): InsightsFigures {
  const span = [orgId, range.start, range.end];

  const requests = prepared(db, `SELECT r.mentee_id, r.created_at, r.started_at FROM ${orgRooms} WHERE r.created_at >= ? AND r.created_at < ?`).all(
    ...span,
  ) as RequestRow[];
  const accepted = requests.filter((r) => r.started_at !== null);
  const hoursToAccept = accepted.map((r) => (Date.parse(r.started_at as string) - Date.parse(r.created_at)) / hourMs);

  const activeMentees = prepared(
    db,
    `SELECT r.mentee_id FROM ${orgRooms} WHERE r.started_at IS NOT NULL AND r.started_at < ? AND (r.closed_at IS NULL OR r.closed_at >= ?)`,
  )
    .pluck()
    .all(orgId, range.end, range.start) as string[];

  const sessions = prepared(
    db,
    `SELECT r.mentee_id, s.status, s.hat, s.help_fit_mentee FROM ${orgRooms} JOIN sessions s ON s.room_id = r.id
     WHERE s.status IN ('completed', 'no_show') AND s.starts_at >= ? AND s.starts_at < ?`,
  ).all(...span) as SessionRow[];
  const held = sessions.filter((s) => s.status === 'completed');
  const withHat = held.filter((s) => s.hat !== null);
  const answered = withHat.filter((s) => s.help_fit_mentee !== null);

  const goals = prepared(
    db,
    `SELECT r.mentee_id, g.status FROM ${orgRooms} JOIN goals g ON g.room_id = r.id
     WHERE g.status IN ('achieved', 'dropped') AND g.updated_at >= ? AND g.updated_at < ?`,
  ).all(...span) as { mentee_id: string; status: 'achieved' | 'dropped' }[];

  const stepsDoneBy = prepared(
    db,
    `SELECT p.user_id FROM roadmap_progress p JOIN users u ON u.id = p.user_id AND u.org_id = ?
     WHERE p.state = 'done' AND p.updated_at >= ? AND p.updated_at < ?`,
  )
    .pluck()
    .all(...span) as string[];

  const efficacy = prepared(
    db,
    `SELECT r.mentee_id, v.self_efficacy - r.self_efficacy_start AS change FROM ${orgRooms} JOIN room_reviews v ON v.room_id = r.id
     WHERE v.author_role = 'mentee' AND v.self_efficacy IS NOT NULL AND r.self_efficacy_start IS NOT NULL
       AND v.created_at >= ? AND v.created_at < ?`,
  ).all(...span) as { mentee_id: string; change: number }[];

  const requesters = menteesOf(requests);
  const sessionPeople = menteesOf(sessions);
  const hatPeople = menteesOf(withHat);
  const answeredPeople = menteesOf(answered);
  const goalPeople = menteesOf(goals);
  return {
    requests: figure(requests.length, requesters),
    acceptanceRate: figure(ratio(accepted.length, requests.length), requesters),
    medianHoursToAccept: figure(round(median(hoursToAccept), 1), menteesOf(accepted)),
    activeRooms: figure(activeMentees.length, new Set(activeMentees)),
    sessionsHeld: figure(held.length, sessionPeople),
    noShows: figure(sessions.length - held.length, sessionPeople),
    goalsAchieved: figure(goals.filter((g) => g.status === 'achieved').length, goalPeople),
    goalsDropped: figure(goals.filter((g) => g.status === 'dropped').length, goalPeople),
    roadmapStepsCompleted: figure(stepsDoneBy.length, new Set(stepsDoneBy)),
    needMix: {
      leadership: figure(withHat.filter((s) => s.hat === 'leader').length, hatPeople),
      mentorship: figure(withHat.filter((s) => s.hat === 'mentor').length, hatPeople),
    },
    hatFit: {
      answered: figure(answered.length, answeredPeople),
      fitRate: figure(ratio(answered.filter((s) => s.help_fit_mentee === 'yes').length, answered.length), answeredPeople),
    },
    selfEfficacyChange: figure(round(mean(efficacy.map((e) => e.change)), 2), menteesOf(efficacy)),
  };
}

/** The mentor-load buckets: mentors with 0, 1, 2, 3, and 4 or more active mentees. */
const loadLabels = ['0', '1', '2', '3', '4+'] as const;

/**
 * How many active mentees each active mentor of the organization's internal pool has at `at`
 * (a room is active from its start until it closes; a paused room still holds its mentee).
 *
 * @example
 * ```ts
 * mentorLoadAt(db, 'org_acme', now).distribution[1]; // { activeMentees: '1', mentors: { value: 5, suppressed: false } }
 * ```
 */
export function mentorLoadAt(db: Db, orgId: string, at: Date): MentorLoad {
  const instant = at.toISOString();
  const rows = prepared(
    db,
    `SELECT m.id, (SELECT COUNT(DISTINCT r.mentee_id) FROM rooms r
         WHERE r.mentor_id = m.id AND r.started_at IS NOT NULL AND r.started_at <= ? AND (r.closed_at IS NULL OR r.closed_at > ?)) AS mentees
     FROM mentors m LEFT JOIN org_mentors om ON om.mentor_id = m.id
     WHERE m.org_id = ? AND COALESCE(om.active, 1) = 1`,
  ).all(instant, instant, orgId) as { id: string; mentees: number }[];
  return {
    at: instant,
    mentors: figure(rows.length, new Set(rows.map((r) => r.id))),
    distribution: loadLabels.map((label, index) => {
      const inBucket = rows.filter((r) => Math.min(r.mentees, loadLabels.length - 1) === index);
      return { activeMentees: label, mentors: figure(inBucket.length, new Set(inBucket.map((r) => r.id))) };
    }),
  };
}

function menteesOf(rows: readonly { mentee_id: string }[]): Set<string> {
  return new Set(rows.map((r) => r.mentee_id));
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 3);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function round(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
