import type { components } from '@menteo/api';

type Schemas = components['schemas'];

/** A resource of a step, exactly as the contract shows it. */
export type CuratedResource = Schemas['RoadmapResource'];

/** A step as curated: its id and position are assigned when the roadmap is seeded. */
export type CuratedStep = Omit<Schemas['RoadmapStep'], 'id' | 'position'>;

/**
 * A roadmap as curated. Ids, timestamps and the derived totals (`estimatedHours`,
 * `stepCount`) come from the seeder; the slug is fixed so links and docs can name it.
 */
export type CuratedRoadmap = Pick<Schemas['Roadmap'], 'slug' | 'title' | 'summary' | 'author' | 'topics' | 'level'> & {
  steps: CuratedStep[];
};
