import type { components } from '@menteo/api';
import { demo } from '../../../demo.js';
import { withTexts } from '../../../seed-text.js';
import progress from './progress.json' with { type: 'json' };

type StepState = components['schemas']['RoadmapStepState'];

/** A person's seeded progress on one roadmap, by step position; `daysAgo` places each change before the seed's "now". */
export interface SeededProgress {
  userId: string;
  slug: string;
  steps: { position: number; state: StepState; note?: string; daysAgo: number }[];
}

/**
 * The demo people's progress (`progress.json`, people by their key in `demo.users`): the
 * mentee is midway through one path (with notes) and has just started another; the acme
 * employee is a few weeks into a third.
 */
export const seededProgress: readonly SeededProgress[] = withTexts<(Omit<SeededProgress, 'userId'> & { person: keyof typeof demo.users })[]>(
  progress,
  ['[].steps[].note'],
).map(({ person, ...rest }) => ({ userId: demo.users[person].id, ...rest }));
