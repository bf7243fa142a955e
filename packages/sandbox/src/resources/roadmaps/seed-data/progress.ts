import type { components } from '@menteo/api';
import { demo } from '../../../demo.js';

type StepState = components['schemas']['RoadmapStepState'];

/** A person's seeded progress on one roadmap, by step position; `daysAgo` places each change before the seed's "now". */
export interface SeededProgress {
  userId: string;
  slug: string;
  steps: { position: number; state: StepState; note?: string; daysAgo: number }[];
}

/**
 * The demo people's progress: the mentee is midway through one path (with notes) and has
 * just started another; the acme employee is a few weeks into a third.
 */
export const seededProgress: readonly SeededProgress[] = [
  {
    userId: demo.users.mentee.id,
    slug: 'senior-engineer-to-engineering-manager',
    steps: [
      {
        position: 1,
        state: 'done',
        note: 'Wrote the letter. Honest answer: I like unblocking people more than I like owning the hardest ticket. I will miss deep work on the payments ledger.',
        daysAgo: 41,
      },
      { position: 2, state: 'done', note: 'Ran the Q3 on-call rotation and onboarded Mei. Logged both in my brag doc.', daysAgo: 30 },
      { position: 3, state: 'done', daysAgo: 22 },
      {
        position: 4,
        state: 'done',
        note: 'Weekly 1:1s with Mei and Jonas since the 3rd. Jonas prefers written feedback before we talk about it live.',
        daysAgo: 9,
      },
      { position: 5, state: 'doing', note: 'Trying one piece of SBI feedback per person this week; positive ones first.', daysAgo: 2 },
      { position: 10, state: 'skipped', note: 'Already meeting a manager mentor every month through Menteo.', daysAgo: 15 },
    ],
  },
  {
    userId: demo.users.mentee.id,
    slug: 'finding-your-voice-public-speaking-for-engineers',
    steps: [{ position: 1, state: 'doing', daysAgo: 1 }],
  },
  {
    userId: demo.users.acmeEmployee.id,
    slug: 'your-first-90-days-as-a-tech-lead',
    steps: [
      { position: 1, state: 'done', note: 'Agreed with Dana: I own technical direction and delivery; she owns people and hiring.', daysAgo: 19 },
      { position: 2, state: 'done', daysAgo: 11 },
      { position: 3, state: 'doing', note: 'Risk map half done: the billing sync job has no owner and no tests.', daysAgo: 3 },
    ],
  },
];
