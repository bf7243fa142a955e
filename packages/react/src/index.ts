// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
/**
 * `@menteo/react`: React components for Menteo's web components (`@menteo/elements`), one per
 * element, generated from its Custom Elements Manifest with `@lit/react`. Properties are props;
 * events are `on…` props (`menteo-request-mentorship` → `onMenteoRequestMentorship`).
 *
 * @example
 * ```tsx
 * import { MenteoProvider, MenteoMentorCard } from '@menteo/react';
 *
 * <MenteoProvider publishableKey="pk_live_…">
 *   <MenteoMentorCard mentorId="men_demomentor" onMenteoRequestMentorship={(e) => open(e.detail.mentorId)} />
 * </MenteoProvider>;
 * ```
 * @packageDocumentation
 */
'use client';

export { MenteoInboxBadge } from './generated/inbox-badge.js';
export { MenteoMentorCard } from './generated/mentor-card.js';
export { MenteoMentorProfile } from './generated/mentor-profile.js';
export { MenteoMentorSearch } from './generated/mentor-search.js';
export { MenteoNeedFinder } from './generated/need-finder.js';
export { MenteoProgramInsights } from './generated/program-insights.js';
export { MenteoProvider } from './generated/provider.js';
export { MenteoReadingList } from './generated/reading-list.js';
export { MenteoRoadmapStepper } from './generated/roadmap-stepper.js';
export { MenteoRoomList } from './generated/room-list.js';
export { MenteoRoomWidget } from './generated/room-widget.js';
export { MenteoThreadFeed } from './generated/thread-feed.js';
