import { careerSwitchRoadmaps } from './career-switches.js';
import { craftAndCommunicationRoadmaps } from './craft-and-communication.js';
import { designAndResearchRoadmaps } from './design-and-research.js';
import { engineeringManagementRoadmaps } from './engineering-management.js';
import { peopleLeadershipRoadmaps } from './people-leadership.js';
import { personalGrowthRoadmaps } from './personal-growth.js';
import { technicalLeadershipRoadmaps } from './technical-leadership.js';
import type { CuratedRoadmap } from './types.js';

export type { CuratedResource, CuratedRoadmap, CuratedStep } from './types.js';

/** Every curated roadmap, in the order they were written (the API orders them by title). */
export const curatedRoadmaps: readonly CuratedRoadmap[] = [
  ...engineeringManagementRoadmaps,
  ...technicalLeadershipRoadmaps,
  ...peopleLeadershipRoadmaps,
  ...careerSwitchRoadmaps,
  ...designAndResearchRoadmaps,
  ...craftAndCommunicationRoadmaps,
  ...personalGrowthRoadmaps,
];
