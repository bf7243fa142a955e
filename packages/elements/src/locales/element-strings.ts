// Generated from the element folders of src/ by scripts/entries.ts (`pnpm run manifest`). Do not edit.
import type { strings as inboxBadge } from '../inbox-badge/inbox-badge.strings.js';
import type { strings as mentorCard } from '../mentor-card/mentor-card.strings.js';
import type { strings as mentorProfile } from '../mentor-profile/mentor-profile.strings.js';
import type { strings as mentorSearch } from '../mentor-search/mentor-search.strings.js';
import type { strings as needFinder } from '../need-finder/need-finder.strings.js';
import type { strings as programInsights } from '../program-insights/program-insights.strings.js';
import type { strings as readingList } from '../reading-list/reading-list.strings.js';
import type { strings as roadmapStepper } from '../roadmap-stepper/roadmap-stepper.strings.js';
import type { strings as roomList } from '../room-list/room-list.strings.js';
import type { strings as roomWidget } from '../room-widget/room-widget.strings.js';
import type { strings as threadFeed } from '../thread-feed/thread-feed.strings.js';
import type { strings as requestDialog } from '../internal/request-dialog/request-dialog.strings.js';

type EnglishOf<C> = C extends { en: infer E } ? E : never;

/** Every element's English strings, by key (types only: naming this bundles no element's strings). */
export type ElementStrings = EnglishOf<typeof inboxBadge> &
  EnglishOf<typeof mentorCard> &
  EnglishOf<typeof mentorProfile> &
  EnglishOf<typeof mentorSearch> &
  EnglishOf<typeof needFinder> &
  EnglishOf<typeof programInsights> &
  EnglishOf<typeof readingList> &
  EnglishOf<typeof roadmapStepper> &
  EnglishOf<typeof roomList> &
  EnglishOf<typeof roomWidget> &
  EnglishOf<typeof threadFeed> &
  EnglishOf<typeof requestDialog>;
