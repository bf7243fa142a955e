// The shape of the demo program's history (seed/demo-program.ts), before any row is written: when
// each mentorship request was made, how it ended, and who asked whom. The shape is fixed by the
// schedule below, so every PRNG seed gives a program whose figures all clear the minimum group
// size; the seed only moves instants within their week and deals out people and mentors.
import type { Rng } from '../rng.js';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const weekMs = 7 * dayMs;

/**
 * Requests in each full ISO week before the current one, oldest first: a kickoff, a steady
 * start, growth, a dip (a holiday week), recovery. Never fewer than 5, so each week's request
 * figures are made of enough people to show.
 */
export const weeklyRequests = [7, 5, 5, 5, 5, 6, 6, 7, 7, 8, 5, 5, 6, 7] as const;
/** Requests in the current week so far (its figures may well be suppressed: it has just begun). */
const currentWeekRequests = 4;
/** Requests still waiting for an answer: the latest ones. */
const pendingRequests = 6;
/** The kickoff cohort: the first requests, whose rooms ran their term and completed. */
const kickoffCompleted = 9;
/** Internal mentors: five for each mentor-load bucket (0, 1, 2, 3, 4+ active mentees). */
export const mentorCount = 25;
/** Mentees who took a second mentor while their first room still runs. */
const secondMentors = 5;

/** How a request ended, or where it stands now. */
export type Fate = 'completed' | 'closed_early' | 'active' | 'paused' | 'declined' | 'expired' | 'requested';

/** One mentorship request and the room it became. Instants are milliseconds since the epoch. */
export interface PlannedRoom {
  index: number;
  fate: Fate;
  /** Weeks since a fixed Monday long before the program: equal for two requests of one ISO week. */
  week: number;
  createdAt: number;
  startedAt: number | null;
  /** When it was declined, expired, completed or closed early. */
  closedAt: number | null;
  pausedAt: number | null;
  mentee: number;
  mentor: number;
  termWeeks: number;
  weekly: boolean;
}

/** The program: its rooms in request order, how many mentees, and each mentor's active mentees now. */
export interface ProgramPlan {
  rooms: PlannedRoom[];
  mentees: number;
  mentorLoads: number[];
}

function requestInstants(rng: Rng, now: number): number[] {
  const today = now - (now % dayMs);
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * dayMs;
  const instants: number[] = [];
  for (const [i, count] of weeklyRequests.entries()) {
    const start = monday - (weeklyRequests.length - i) * weekMs;
    // Spread over the working days, between 8:00 and 17:00.
    for (let j = 0; j < count; j++) {
      const day = Math.floor(((j + 0.5) * 5) / count);
      instants.push(start + day * dayMs + 8 * hourMs + rng.int(0, 9 * 60 - 1) * 60_000);
    }
  }
  // This week's, up to an hour ago; when the week has barely begun, over the last three days.
  const span = now - monday >= 6 * hourMs ? Math.min(now - monday, 3 * dayMs) : 3 * dayMs;
  for (let k = 0; k < currentWeekRequests; k++) instants.push(now - span + ((k + 1) * (span - hourMs)) / (currentWeekRequests + 1));
  return instants.sort((a, b) => a - b);
}

// The fate of the i-th request of n, by its place in time: the kickoff cohort completed, the latest
// wait, and among the rest a steady share declined, expired (only once its 14 days are over),
// closed early or completed (only where there was time for that); the others run now.
function fateOf(i: number, n: number, createdAt: number, now: number): Fate {
  if (i >= n - pendingRequests) return 'requested';
  if (i < kickoffCompleted) return 'completed';
  if (i % 9 === 4) return 'declined';
  if (i % 11 === 2 && createdAt <= now - 16 * dayMs) return 'expired';
  if (i % 17 === 12 && createdAt <= now - 7 * weekMs) return 'closed_early';
  if (i % 4 === 1 && createdAt <= now - 10 * weekMs) return 'completed';
  if (i % 13 === 6 && createdAt <= now - 6 * weekMs) return 'paused';
  return 'active';
}

const startedFates: readonly Fate[] = ['completed', 'closed_early', 'active', 'paused'];
const runningFates: readonly Fate[] = ['active', 'paused'];

function timeline(room: PlannedRoom, rng: Rng, now: number): void {
  const { fate, createdAt } = room;
  if (fate === 'declined') room.closedAt = createdAt + Math.round((2 + 46 * rng.next()) * 60) * 60_000;
  if (fate === 'expired') room.closedAt = createdAt + 14 * dayMs;
  if (!startedFates.includes(fate)) return;
  // Most mentors answer within a day; a few take two.
  const u = rng.next();
  room.startedAt = Math.min(createdAt + Math.round((1 + 47 * u * u) * 60) * 60_000, now - 2 * hourMs);
  const started = room.startedAt;
  if (fate === 'completed') {
    room.termWeeks = 8 + (room.index % 3);
    room.closedAt = Math.min(started + room.termWeeks * weekMs + rng.int(0, 2) * dayMs, now - dayMs);
  } else if (fate === 'closed_early') {
    room.closedAt = started + rng.int(3, 6) * weekMs;
  } else {
    room.termWeeks = started < now - 10 * weekMs ? 16 + 8 * (room.index % 2) : 12;
    if (fate === 'paused') room.pausedAt = now - rng.int(3, 12) * dayMs;
  }
}

/**
 * Plans the program's rooms for a sandbox whose clock reads `now`.
 *
 * @example
 * ```ts
 * const plan = planDemoProgram(new Rng(42), Date.parse('2026-12-02T12:00:00Z'));
 * plan.rooms.filter((r) => r.fate === 'requested').length; // 6
 * ```
 */
export function planDemoProgram(rng: Rng, now: number): ProgramPlan {
  const instants = requestInstants(rng, now);
  const epochMonday = Date.UTC(2000, 0, 3);
  const rooms: PlannedRoom[] = instants.map((createdAt, index) => {
    const room: PlannedRoom = {
      index,
      fate: fateOf(index, instants.length, createdAt, now),
      week: Math.floor((createdAt - epochMonday) / weekMs),
      createdAt,
      startedAt: null,
      closedAt: null,
      pausedAt: null,
      mentee: -1,
      mentor: -1,
      termWeeks: 12,
      weekly: index % 5 < 3,
    };
    timeline(room, rng, now);
    return room;
  });
  const mentees = dealMentees(rooms);
  const mentorLoads = dealMentors(rooms, rng);
  return { rooms, mentees, mentorLoads };
}

// Each request is a new person's, except that most people declined or left waiting ask another
// mentor later, and a few running mentees take a second mentor. Never twice in one ISO week, so a
// week's requests are as many people as requests.
function dealMentees(rooms: PlannedRoom[]): number {
  let people = 0;
  const askAgain: PlannedRoom[] = [];
  const running: PlannedRoom[] = [];
  let seconds = 0;
  for (const room of rooms) {
    if (runningFates.includes(room.fate)) {
      const retry = askAgain.findIndex((r) => (r.closedAt as number) <= room.createdAt - dayMs && r.week !== room.week);
      const first = running.find((r) => r.week !== room.week);
      if (retry >= 0) {
        room.mentee = (askAgain[retry] as PlannedRoom).mentee;
        askAgain.splice(retry, 1);
      } else if (seconds < secondMentors && room.index % 10 === 3 && first) {
        room.mentee = first.mentee;
        running.splice(running.indexOf(first), 1);
        seconds++;
      } else {
        room.mentee = people++;
        running.push(room);
      }
    } else {
      room.mentee = people++;
      if ((room.fate === 'declined' || room.fate === 'expired') && room.index % 4 !== 3) askAgain.push(room);
    }
  }
  return people;
}

// Mentor loads now: five mentors with none, five with one, two, three, and the rest of the running
// rooms shared by the last five. Running rooms take a mentor from those slots (never a mentor the
// mentee already has, or the one who turned them down); the others any mentor.
function dealMentors(rooms: PlannedRoom[], rng: Rng): number[] {
  const runningRooms = rooms.filter((r) => runningFates.includes(r.fate));
  const busiest = runningRooms.length - 5 * (1 + 2 + 3);
  if (busiest < 5 * 4) throw new Error(`demo program: ${runningRooms.length} running rooms cannot give five mentors four mentees each`);
  const order = rng.sample(
    Array.from({ length: mentorCount }, (_, i) => i),
    mentorCount,
  );
  const loads = new Array<number>(mentorCount).fill(0);
  for (const [rank, mentor] of order.entries()) {
    const bucket = Math.floor(rank / 5);
    loads[mentor] = bucket < 4 ? bucket : Math.floor(busiest / 5) + (rank - 20 < busiest % 5 ? 1 : 0);
  }
  const slots = rng.sample(
    loads.flatMap((load, mentor) => new Array<number>(load).fill(mentor)),
    runningRooms.length,
  );
  const refusedBy = new Map<number, number[]>();
  for (const room of rooms) {
    if (runningFates.includes(room.fate)) {
      const taken = [...runningRooms.filter((r) => r.mentee === room.mentee && r.mentor >= 0).map((r) => r.mentor), ...(refusedBy.get(room.mentee) ?? [])];
      const at = slots.findIndex((mentor) => !taken.includes(mentor));
      if (at < 0) throw new Error('demo program: no mentor slot left for a running room');
      room.mentor = slots.splice(at, 1)[0] as number;
    } else {
      room.mentor = rng.int(0, mentorCount - 1);
      if (room.fate === 'declined' || room.fate === 'expired') refusedBy.set(room.mentee, [...(refusedBy.get(room.mentee) ?? []), room.mentor]);
    }
  }
  return loads;
}
