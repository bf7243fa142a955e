import { demoIds } from '../capture.js';
import type { Demo } from '../demos.js';

/** Reviews the profile asks for at a time (its `reviews-controller.ts`). */
const reviewsPage = 5;

/** `<menteo-mentor-profile>`: the seeded demo mentor's whole profile, with the first two pages of reviews. */
export const demo: Demo = {
  html: `<menteo-mentor-profile mentor-id="${demoIds.mentor}"></menteo-mentor-profile>`,
  note: 'The mentor is the sandbox’s seeded demo mentor; “More reviews” shows the second page once.',
  async capture({ client }) {
    await client.mentors.retrieve(demoIds.mentor);
    // The first page, and the next one "More reviews" asks for with its cursor.
    const first = await client.mentors.reviews(demoIds.mentor, { limit: reviewsPage });
    if (first.hasNextPage()) await first.getNextPage();
  },
};
