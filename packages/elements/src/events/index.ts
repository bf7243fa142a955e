export type { MenteoRequestMentorshipEvent, MenteoRequestMentorshipDetail } from './menteo-request-mentorship.js';
export type { MenteoRetryEvent } from './menteo-retry.js';
export type { MenteoNeedSubmitEvent, MenteoNeedSubmitDetail } from './menteo-need-submit.js';
export type { MenteoMatchesReadyEvent, MenteoMatchesReadyDetail } from './menteo-matches-ready.js';
export type { MenteoProgressChangeEvent, MenteoProgressChangeDetail } from './menteo-progress-change.js';
export type { MenteoSearchChangeEvent, MenteoSearchChangeDetail } from './menteo-search-change.js';
