import type { RoomStatus, SessionStatus } from './state-machine.js';

/** A participant's answer after a session: did it give the kind of help that was needed? */
export type HelpFit = 'yes' | 'partly' | 'no';

/** A row of `rooms`. */
export interface RoomRow {
  id: string;
  mentor_id: string;
  mentor_user_id: string;
  mentee_id: string;
  goal: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  term_weeks: number;
  agreement: string | null;
  status: RoomStatus;
  status_reason: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  ends_at: string | null;
  paused_at: string | null;
  closed_at: string | null;
  self_efficacy_start: number | null;
  agreement_mentor_signed_at: string | null;
  agreement_mentee_signed_at: string | null;
}

/** A row of `room_reviews`: one participant's review of a room that ended. */
export interface RoomReviewRow {
  id: string;
  room_id: string;
  author_id: string;
  author_role: 'mentee' | 'mentor';
  rating: number;
  body: string;
  /** JSON: `[{ goalId, outcome }]`. */
  goal_outcomes: string;
  self_efficacy: number | null;
  created_at: string;
}

/** A row of `goals` (with its rowid, the tie-breaker of "oldest first"). */
export interface GoalRow {
  rowid: number;
  id: string;
  room_id: string;
  title: string;
  success_criteria: string | null;
  target_date: string | null;
  progress: number;
  status: 'open' | 'achieved' | 'dropped';
  created_at: string;
  updated_at: string;
}

/** A row of `sessions`. */
export interface SessionRow {
  id: string;
  room_id: string;
  mentor_id: string;
  starts_at: string;
  ends_at: string;
  duration_minutes: number;
  status: SessionStatus;
  agenda: string | null;
  notes: string | null;
  booked_by: string;
  cancel_reason: string | null;
  meeting_url: string | null;
  hat: 'leader' | 'mentor' | null;
  help_fit_mentee: HelpFit | null;
  help_fit_mentor: HelpFit | null;
  created_at: string;
  updated_at: string;
}

/** A row of `messages`. */
export interface MessageRow {
  seq: number;
  id: string;
  room_id: string;
  author_id: string;
  body: string;
  created_at: string;
}
