export type { MenteoRequestMentorshipEvent, MenteoRequestMentorshipDetail } from './menteo-request-mentorship.js';
export type { MenteoRetryEvent } from './menteo-retry.js';
