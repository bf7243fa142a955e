// The words of the demo program (seed/demo-program.ts), read from seed-data/demo-program.json: the
// people's names, departments and titles, the internal mentors' profiles, and what their rooms are
// about. Names avoid the ones the examples' tests type into a search (Lena Vogt, Omar Haddad, Kai
// Sato…), so a search for those finds only what the test imported. The mentors are twenty-five: the
// mentor-load chart's five buckets (0, 1, 2, 3, 4+ active mentees) each need five mentors before
// the minimum group size lets them show.
import type { MentorNeed, MentorSeniority, MentoringStyle } from '../resources/mentors/row.js';
import data from './seed-data/demo-program.json' with { type: 'json' };

/** An internal mentor's profile: what they do and what they help with. */
export interface DemoMentorProfile {
  title: string;
  department: string;
  seniority: MentorSeniority;
  headline: string;
  skills: readonly string[];
  helpsWith: readonly MentorNeed[];
  style: MentoringStyle;
}

/** The shape of `seed-data/demo-program.json`. */
interface DemoProgramData {
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** Departments, and a mentee's title in each. */
  departments: readonly { name: string; titles: readonly string[] }[];
  mentorProfiles: readonly DemoMentorProfile[];
  /** A room's goal and its goals, by the need the mentee came with. */
  roomThemes: Record<MentorNeed, readonly { goal: string; goals: readonly string[] }[]>;
  declineReasons: readonly string[];
  closedEarlyReasons: readonly string[];
  reviewBodies: readonly string[];
}

// JSON imports are typed by their values (seniority as string): the shape above is what the file holds.
const words = data as DemoProgramData;

export const { firstNames, lastNames, departments, mentorProfiles, roomThemes, declineReasons, closedEarlyReasons, reviewBodies } = words;
