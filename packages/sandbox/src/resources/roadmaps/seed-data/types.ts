import type { components } from '@menteo/api';
import type { Text } from '../../../seed-text.js';

type Schemas = components['schemas'];

/** A resource of a step, exactly as the contract shows it. */
export type CuratedResource = Schemas['RoadmapResource'];

/** A step as curated: its id and position are assigned when the roadmap is seeded. */
export type CuratedStep = Omit<Schemas['RoadmapStep'], 'id' | 'position'>;

/**
 * A roadmap as curated. Ids, timestamps and the derived totals (`estimatedHours`,
 * `stepCount`) come from the seeder; the slug is fixed so links and docs can name it.
 */
export type CuratedRoadmap = Pick<Schemas['Roadmap'], 'slug' | 'title' | 'summary' | 'author' | 'topics' | 'level' | 'serves'> & {
  steps: CuratedStep[];
};

/**
 * A resource as the data files write it: a book by title and author (linked to Open
 * Library), an exercise of Menteo's library by slug, one of the shared resources by key,
 * or any resource written out.
 */
export type ResourceSpec =
  | { kind: 'book'; title: string; author: string }
  | { kind: 'exercise'; slug: string; title: string }
  | { shared: string }
  | CuratedResource;

/** A roadmap as a data file writes it: long summaries as {@link Text}, resources as specs. */
export type RoadmapSpec = Omit<CuratedRoadmap, 'summary' | 'steps'> & {
  summary: Text;
  steps: (Omit<CuratedStep, 'title' | 'summary' | 'resources'> & { title: Text; summary: Text; resources: ResourceSpec[] })[];
};
