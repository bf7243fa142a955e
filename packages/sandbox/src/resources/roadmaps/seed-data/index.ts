import { withTexts } from '../../../seed-text.js';
import careerSwitches from './career-switches.json' with { type: 'json' };
import craftAndCommunication from './craft-and-communication.json' with { type: 'json' };
import designAndResearch from './design-and-research.json' with { type: 'json' };
import engineeringManagement from './engineering-management.json' with { type: 'json' };
import peopleLeadership from './people-leadership.json' with { type: 'json' };
import personalGrowth from './personal-growth.json' with { type: 'json' };
import technicalLeadership from './technical-leadership.json' with { type: 'json' };
import { resourceFrom } from './resources.js';
import type { CuratedRoadmap, RoadmapSpec } from './types.js';

export type { CuratedResource, CuratedRoadmap, CuratedStep } from './types.js';

/** The roadmaps of one data file, with their texts joined and their resources resolved. */
function roadmapsOf(data: unknown): CuratedRoadmap[] {
  return withTexts<RoadmapSpec[]>(data, ['[].summary', '[].steps[].title', '[].steps[].summary']).map((roadmap) => ({
    ...roadmap,
    summary: roadmap.summary as string,
    steps: roadmap.steps.map((step) => ({
      ...step,
      title: step.title as string,
      summary: step.summary as string,
      resources: step.resources.map(resourceFrom),
    })),
  }));
}

/** Every curated roadmap, in the order they were written (the API orders them by title). */
export const curatedRoadmaps: readonly CuratedRoadmap[] = [
  engineeringManagement,
  technicalLeadership,
  peopleLeadership,
  careerSwitches,
  designAndResearch,
  craftAndCommunication,
  personalGrowth,
].flatMap(roadmapsOf);
