import type { components } from '@menteo/api';
import type { Db } from '../../db/database.js';
import { userSummary } from '../../users.js';
import { roomMentor } from '../rooms/present.js';

type IntroCall = components['schemas']['IntroCall'];

/** A row of `intro_calls` (053-intro-calls.sql). */
export interface IntroCallRow {
  id: string;
  mentor_id: string;
  mentor_user_id: string;
  mentee_id: string;
  starts_at: string;
  ends_at: string;
  duration_minutes: number;
  status: IntroCall['status'];
  message: string | null;
  meeting_url: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * An intro call as `viewerId` (one of its two people) sees it: `viewerRole` is theirs.
 *
 * @example
 * ```ts
 * presentIntroCall(db, row, caller.userId).viewerRole; // 'mentee' for the person who booked it
 * ```
 */
export function presentIntroCall(db: Db, row: IntroCallRow, viewerId: string): IntroCall {
  return {
    id: row.id,
    mentor: roomMentor(db, row.mentor_id),
    mentee: userSummary(db, row.mentee_id),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    durationMinutes: row.duration_minutes,
    status: row.status,
    message: row.message,
    meetingUrl: row.meeting_url,
    viewerRole: row.mentor_user_id === viewerId ? 'mentor' : 'mentee',
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
