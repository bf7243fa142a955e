// Generated from the element folders of src/ by scripts/entries.ts (`pnpm run manifest`). Do not edit.
import type { en as inboxBadge } from '../inbox-badge/inbox-badge.strings.js';
import type { en as mentorCard } from '../mentor-card/mentor-card.strings.js';
import type { en as mentorProfile } from '../mentor-profile/mentor-profile.strings.js';
import type { en as mentorSearch } from '../mentor-search/mentor-search.strings.js';
import type { en as needFinder } from '../need-finder/need-finder.strings.js';
import type { en as programInsights } from '../program-insights/program-insights.strings.js';
import type { en as readingList } from '../reading-list/reading-list.strings.js';
import type { en as roadmapStepper } from '../roadmap-stepper/roadmap-stepper.strings.js';
import type { en as roomList } from '../room-list/room-list.strings.js';
import type { en as roomWidget } from '../room-widget/room-widget.strings.js';
import type { en as threadFeed } from '../thread-feed/thread-feed.strings.js';
import type { en as requestDialog } from '../internal/request-dialog/request-dialog.strings.js';
import type { en as roadmapStepperRoadmapProgress } from '../roadmap-stepper/roadmap-progress.strings.js';
import type { en as threadFeedCommentActions } from '../thread-feed/comment-actions.strings.js';
import type { en as threadFeedFeedComments } from '../thread-feed/feed-comments.strings.js';
import type { en as threadFeedOwnerReports } from '../thread-feed/owner-reports.strings.js';
import type { en as threadFeedPostActions } from '../thread-feed/post-actions.strings.js';
import type { en as threadFeedPostComposer } from '../thread-feed/post-composer.strings.js';

/** Every element's English strings, by key (types only: naming this bundles no element's strings). */
export type ElementStrings = typeof inboxBadge &
  typeof mentorCard &
  typeof mentorProfile &
  typeof mentorSearch &
  typeof needFinder &
  typeof programInsights &
  typeof readingList &
  typeof roadmapStepper &
  typeof roomList &
  typeof roomWidget &
  typeof threadFeed &
  typeof requestDialog &
  typeof roadmapStepperRoadmapProgress &
  typeof threadFeedCommentActions &
  typeof threadFeedFeedComments &
  typeof threadFeedOwnerReports &
  typeof threadFeedPostActions &
  typeof threadFeedPostComposer;
