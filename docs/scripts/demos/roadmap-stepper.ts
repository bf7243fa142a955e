import { demoIds } from '../capture.js';
import type { Demo } from '../demos.js';

/** `<menteo-roadmap-stepper>`: a seeded roadmap, read-only. */
export const demo: Demo = {
  html: `<menteo-roadmap-stepper roadmap-id="${demoIds.roadmap}"></menteo-roadmap-stepper>`,
  note: 'Read-only, as on a public page: progress needs a signed-in person (a provider with a user token).',
  async capture({ client }) {
    // The roadmap (progress needs a signed-in person).
    await client.roadmaps.retrieve(demoIds.roadmap);
  },
};
