// Generated from the element folders of src/ by scripts/entries.ts (`pnpm run manifest`). Do not edit.
import { en as inboxBadgeEn } from '../inbox-badge/inbox-badge.strings.js';
import inboxBadgeEs from '../inbox-badge/inbox-badge.strings.es.js';
import { en as mentorCardEn } from '../mentor-card/mentor-card.strings.js';
import mentorCardEs from '../mentor-card/mentor-card.strings.es.js';
import { en as mentorProfileEn } from '../mentor-profile/mentor-profile.strings.js';
import mentorProfileEs from '../mentor-profile/mentor-profile.strings.es.js';
import { en as mentorSearchEn } from '../mentor-search/mentor-search.strings.js';
import mentorSearchEs from '../mentor-search/mentor-search.strings.es.js';
import { en as needFinderEn } from '../need-finder/need-finder.strings.js';
import needFinderEs from '../need-finder/need-finder.strings.es.js';
import { en as programInsightsEn } from '../program-insights/program-insights.strings.js';
import programInsightsEs from '../program-insights/program-insights.strings.es.js';
import { en as readingListEn } from '../reading-list/reading-list.strings.js';
import readingListEs from '../reading-list/reading-list.strings.es.js';
import { en as roadmapStepperEn } from '../roadmap-stepper/roadmap-stepper.strings.js';
import roadmapStepperEs from '../roadmap-stepper/roadmap-stepper.strings.es.js';
import { en as roomListEn } from '../room-list/room-list.strings.js';
import roomListEs from '../room-list/room-list.strings.es.js';
import { en as roomWidgetEn } from '../room-widget/room-widget.strings.js';
import roomWidgetEs from '../room-widget/room-widget.strings.es.js';
import { en as threadFeedEn } from '../thread-feed/thread-feed.strings.js';
import threadFeedEs from '../thread-feed/thread-feed.strings.es.js';
import { en as requestDialogEn } from '../internal/request-dialog/request-dialog.strings.js';
import requestDialogEs from '../internal/request-dialog/request-dialog.strings.es.js';
import { en as roadmapStepperRoadmapProgressEn } from '../roadmap-stepper/roadmap-progress.strings.js';
import roadmapStepperRoadmapProgressEs from '../roadmap-stepper/roadmap-progress.strings.es.js';
import { en as threadFeedCommentActionsEn } from '../thread-feed/comment-actions.strings.js';
import threadFeedCommentActionsEs from '../thread-feed/comment-actions.strings.es.js';
import { en as threadFeedFeedCommentsEn } from '../thread-feed/feed-comments.strings.js';
import threadFeedFeedCommentsEs from '../thread-feed/feed-comments.strings.es.js';
import { en as threadFeedOwnerReportsEn } from '../thread-feed/owner-reports.strings.js';
import threadFeedOwnerReportsEs from '../thread-feed/owner-reports.strings.es.js';
import { en as threadFeedPostActionsEn } from '../thread-feed/post-actions.strings.js';
import threadFeedPostActionsEs from '../thread-feed/post-actions.strings.es.js';
import { en as threadFeedPostComposerEn } from '../thread-feed/post-composer.strings.js';
import threadFeedPostComposerEs from '../thread-feed/post-composer.strings.es.js';
import type { Translation } from './index.js';

/**
 * Every string the elements ship, in English and in Spanish, by key (`@menteo/elements/locales`):
 * a translator's starting point for `registerTranslation`, and what a page in either language
 * shows. No element imports this: each loads only its own catalog.
 *
 * @example `shipped.es.retry // 'Reintentar'`
 */
export const shipped: { readonly en: Translation; readonly es: Translation } = {
  en: {
    ...inboxBadgeEn,
    ...mentorCardEn,
    ...mentorProfileEn,
    ...mentorSearchEn,
    ...needFinderEn,
    ...programInsightsEn,
    ...readingListEn,
    ...roadmapStepperEn,
    ...roomListEn,
    ...roomWidgetEn,
    ...threadFeedEn,
    ...requestDialogEn,
    ...roadmapStepperRoadmapProgressEn,
    ...threadFeedCommentActionsEn,
    ...threadFeedFeedCommentsEn,
    ...threadFeedOwnerReportsEn,
    ...threadFeedPostActionsEn,
    ...threadFeedPostComposerEn,
  },
  es: {
    ...inboxBadgeEs,
    ...mentorCardEs,
    ...mentorProfileEs,
    ...mentorSearchEs,
    ...needFinderEs,
    ...programInsightsEs,
    ...readingListEs,
    ...roadmapStepperEs,
    ...roomListEs,
    ...roomWidgetEs,
    ...threadFeedEs,
    ...requestDialogEs,
    ...roadmapStepperRoadmapProgressEs,
    ...threadFeedCommentActionsEs,
    ...threadFeedFeedCommentsEs,
    ...threadFeedOwnerReportsEs,
    ...threadFeedPostActionsEs,
    ...threadFeedPostComposerEs,
  },
};
