import { withTexts } from '../../seed-text.js';
import type { RoomStatus } from './state-machine.js';
import data from './seed-data.json' with { type: 'json' };

/**
 * The seeded rooms, written as stories in `seed-data.json`. Times are relative to the seed's "now":
 * `day` is whole days before today (negative: after), `hour` the UTC hour of that day.
 */

export type Side = 'mentor' | 'mentee';

export interface SeedGoal {
  title: string;
  successCriteria: string | null;
  /** Days from now of the target date (negative: in the past); null: no date. */
  targetInDays: number | null;
  progress: number;
  status: 'open' | 'achieved' | 'dropped';
  createdDay: number;
  updatedDay: number;
}

export interface SeedSession {
  day: number;
  hour: number;
  status: 'completed' | 'cancelled' | 'no_show';
  bookedBy: Side;
  agenda: string | null;
  notes: string | null;
  cancelReason?: string;
}

export interface SeedMessage {
  from: Side;
  day: number;
  hour: number;
  body: string;
}

/** Who a room's people are; resolved by the seeder. */
export type SeedMentor = 'demo' | 'public-a' | 'public-b' | 'acme';
export type SeedMentee = 'demo-mentee' | 'acme-employee' | { name: string; headline: string; email: string };

export interface SeedRoom {
  mentor: SeedMentor;
  mentee: SeedMentee;
  goal: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  termWeeks: number;
  agreement: string | null;
  status: RoomStatus;
  statusReason: string | null;
  createdDay: number;
  startedDay?: number;
  pausedDay?: number;
  closedDay?: number;
  goals: SeedGoal[];
  sessions: SeedSession[];
  /** A session in the mentor's next open slot at least two days ahead. */
  upcoming?: { status: 'pending' | 'accepted'; bookedBy: Side; agenda: string };
  messages: SeedMessage[];
  /** How many of the last messages from the other side each participant has not read. */
  unread: { mentor: number; mentee: number };
}

/** Every seeded room. The demo mentor's rooms cover every status a mentor sees. */
export const roomStories: SeedRoom[] = withTexts<{ stories: SeedRoom[] }>(data, [
  'stories[].goal',
  'stories[].agreement',
  'stories[].statusReason',
  'stories[].goals[].title',
  'stories[].goals[].successCriteria',
  'stories[].sessions[].agenda',
  'stories[].sessions[].notes',
  'stories[].sessions[].cancelReason',
  'stories[].upcoming.agenda',
  'stories[].messages[].body',
]).stories;
