import { demoIds } from '../capture.js';
import type { Demo } from '../demos.js';

/** `<menteo-mentor-card>`: the seeded demo mentor (the theming guide's token table shows it too). */
export const demo: Demo = {
  html: `<menteo-mentor-card mentor-id="${demoIds.mentor}"></menteo-mentor-card>`,
  note: 'The mentor is the sandbox’s seeded demo mentor.',
  async capture({ client }) {
    // One batched retrieve.
    await client.mentors.retrieve(demoIds.mentor);
  },
};
