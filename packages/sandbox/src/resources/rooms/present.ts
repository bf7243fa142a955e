import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { userSummary } from '../../users.js';
import type { GoalRow, MessageRow, RoomReviewRow, RoomRow, SessionRow } from './rows.js';

type Room = components['schemas']['Room'];
type RoomMentor = components['schemas']['RoomMentor'];
type Goal = components['schemas']['Goal'];
type Session = components['schemas']['Session'];
type Message = components['schemas']['Message'];
type RoomReview = components['schemas']['RoomReview'];

/** The room's mentor in short, straight from the profile (a participant sees it whatever its visibility). */
export function roomMentor(db: Db, mentorId: string): RoomMentor {
  const row = prepared(db, 'SELECT id, user_id, name, title, company, avatar_url, timezone FROM mentors WHERE id = ?').get(mentorId) as
    | { id: string; user_id: string; name: string; title: string; company: string; avatar_url: string | null; timezone: string }
    | undefined;
  if (!row) throw new Error(`mentor ${mentorId} of a room does not exist`);
  return { id: row.id, userId: row.user_id, name: row.name, title: row.title, company: row.company, avatarUrl: row.avatar_url, timezone: row.timezone };
}

/**
 * A room as `viewerId` sees it: `viewerRole` and `unreadCount` are theirs. Events
 * carry the actor's view (documented on the `Room` schema).
 */
export function presentRoom(db: Db, row: RoomRow, viewerId: string, now: Date): Room {
  const next = prepared(
    db,
    `SELECT * FROM sessions WHERE room_id = ? AND status IN ('pending', 'accepted') AND ends_at > ?
     ORDER BY starts_at, id LIMIT 1`,
  ).get(row.id, now.toISOString()) as SessionRow | undefined;
  const goals = prepared(
    db,
    `SELECT COALESCE(SUM(status <> 'dropped'), 0) AS total, COALESCE(SUM(status = 'achieved'), 0) AS achieved
     FROM goals WHERE room_id = ?`,
  ).get(row.id) as { total: number; achieved: number };
  const unread = prepared(
    db,
    `SELECT COUNT(*) AS n FROM messages
     WHERE room_id = ? AND author_id <> ?
       AND seq > COALESCE((SELECT last_read_seq FROM room_reads WHERE room_id = ? AND user_id = ?), 0)`,
  ).get(row.id, viewerId, row.id, viewerId) as { n: number };
  const last = prepared(db, 'SELECT MAX(created_at) AS at FROM messages WHERE room_id = ?').get(row.id) as { at: string | null };
  const reviews = prepared(db, 'SELECT author_role, self_efficacy FROM room_reviews WHERE room_id = ? ORDER BY created_at, id').all(row.id) as Pick<
    RoomReviewRow,
    'author_role' | 'self_efficacy'
  >[];
  return {
    id: row.id,
    mentor: roomMentor(db, row.mentor_id),
    mentee: userSummary(db, row.mentee_id),
    goal: row.goal,
    cadence: row.cadence,
    termWeeks: row.term_weeks,
    agreement: row.agreement,
    status: row.status,
    statusReason: row.status_reason,
    viewerRole: row.mentor_user_id === viewerId ? 'mentor' : 'mentee',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    endsAt: row.ends_at,
    closedAt: row.closed_at,
    nextSession: next ? presentSession(next) : null,
    goalsSummary: { total: goals.total, achieved: goals.achieved },
    unreadCount: unread.n,
    lastMessageAt: last.at,
    selfEfficacy: { atStart: row.self_efficacy_start, atEnd: reviews.find((r) => r.author_role === 'mentee')?.self_efficacy ?? null },
    reviewedBy: reviews.map((r) => r.author_role),
    agreementSignedAt: { mentor: row.agreement_mentor_signed_at, mentee: row.agreement_mentee_signed_at },
  };
}

/** A review row as the API shows it. */
export function presentRoomReview(db: Db, row: RoomReviewRow): RoomReview {
  return {
    id: row.id,
    roomId: row.room_id,
    authorRole: row.author_role,
    author: userSummary(db, row.author_id),
    rating: row.rating,
    body: row.body,
    goalOutcomes: JSON.parse(row.goal_outcomes) as RoomReview['goalOutcomes'],
    selfEfficacy: row.self_efficacy,
    createdAt: row.created_at,
  };
}

/** A goal row as the API shows it. */
export function presentGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    roomId: row.room_id,
    title: row.title,
    successCriteria: row.success_criteria,
    targetDate: row.target_date,
    progress: row.progress,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A session row as the API shows it. */
export function presentSession(row: SessionRow): Session {
  return {
    id: row.id,
    roomId: row.room_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    durationMinutes: 60,
    status: row.status,
    agenda: row.agenda,
    notes: row.notes,
    meetingUrl: row.meeting_url,
    hat: row.hat,
    helpFit: { mentee: row.help_fit_mentee, mentor: row.help_fit_mentor },
    bookedBy: row.booked_by,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A message row as the API shows it. */
export function presentMessage(db: Db, row: MessageRow): Message {
  return { id: row.id, roomId: row.room_id, author: userSummary(db, row.author_id), body: row.body, createdAt: row.created_at };
}
