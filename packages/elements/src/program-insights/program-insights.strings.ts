import { sharedEn } from '../locales/shared.strings.js';
import { defineStrings } from '../locales/strings.js';

/** The English strings of <menteo-program-insights>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  insightsTitle: 'Program insights',
  insightsRange: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
  insightsLoading: 'Loading the program’s figures…',
  insightsLoadError: 'We couldn’t load the program’s figures.',
  insightsEmpty: 'No figures yet.',
  insightsFewer: 'fewer than 5',
  insightsPrivacy: 'To protect privacy, a figure made up by fewer than 5 people shows as “fewer than 5”.',
  insightsShowTable: 'Show the data as a table',
  insightsWeek: 'Week',
  insightsCategory: 'Group',
  insightsValue: 'Value',
  // Key figures, over the whole range.
  insightsRequests: 'Requests',
  insightsAcceptance: 'Accepted',
  insightsMedianAccept: 'Median time to accept',
  insightsHours: (p: { hours: string }) => `${p.hours} h`,
  insightsActiveRooms: 'Active rooms',
  insightsSessionsHeld: 'Sessions held',
  insightsNoShows: 'No-shows',
  insightsGoalsAchieved: 'Goals achieved',
  insightsGoalsDropped: 'Goals dropped',
  insightsSteps: 'Roadmap steps completed',
  insightsHatFit: 'Sessions that gave the help needed',
  insightsEfficacy: 'Self-efficacy change (1–5 scale)',
  // The charts: a title and a one-sentence summary each.
  insightsRequestsChart: 'Requests and acceptance over time',
  insightsRequestsSummary: (p: { requests: string; rate: string; weeks: number }) =>
    `${p.requests} requests over ${p.weeks} weeks, ${p.rate} of them accepted.`,
  insightsSessionsChart: 'Sessions per week',
  insightsSessionsSummary: (p: { held: string; noShows: string; weeks: number }) => `${p.held} sessions held and ${p.noShows} no-shows over ${p.weeks} weeks.`,
  insightsNeedChart: 'Need mix',
  insightsNeedSummary: (p: { leadership: string; mentorship: string }) =>
    `Held sessions by the need they served: ${p.leadership} for leadership, ${p.mentorship} for mentorship.`,
  insightsGoalsChart: 'Goal outcomes',
  insightsGoalsSummary: (p: { achieved: string; dropped: string }) => `${p.achieved} goals achieved and ${p.dropped} dropped.`,
  insightsLoadChart: 'Mentor load',
  insightsLoadSummary: (p: { mentors: string; idle: string; busy: string }) =>
    `${p.mentors} internal mentors: ${p.idle} with no active mentee, ${p.busy} with 4 or more.`,
  insightsMentees: (p: { count: string }) => `${p.count} active mentees`,
};

/** The strings of <menteo-program-insights>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./program-insights.strings.es.js') });
