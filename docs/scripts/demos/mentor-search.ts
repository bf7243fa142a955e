import type { MentorSearchParams } from '@menteo/sdk';
import type { Demo } from '../demos.js';

/** The search the demo starts with: its `page-size`. */
const pageSize = 6;
/** The facets `<menteo-mentor-search>` always asks to count (mentor-search.ts). */
const facets = ['skills', 'industries', 'languages', 'seniority', 'helpsWith'] as const;

/** `<menteo-mentor-search>`: the first page, "Load more", every sort and the most common filters. */
export const demo: Demo = {
  html: `<menteo-mentor-search page-size="${pageSize}"></menteo-mentor-search>`,
  note: 'Recorded: the first page and “Load more”, every sort, and each filter’s two most common values on their own. Other combinations (and typed queries) were not recorded and answer 404.',
  async capture({ client }) {
    // The first page with facet counts, "Load more", every sort, and each facet's two most
    // common values as a single filter.
    const base = { facets: [...facets], limit: pageSize } satisfies MentorSearchParams;
    const first = await client.mentors.search(base);
    if (first.nextCursor) await client.mentors.search({ ...base, cursor: first.nextCursor } as MentorSearchParams);
    for (const sort of ['rating', 'sessions', 'response', 'availability'] as const) await client.mentors.search({ ...base, sort });
    for (const facet of facets) {
      const counts = Object.entries(first.facets?.[facet] ?? {}).sort(([, a], [, b]) => b - a);
      for (const [value] of counts.slice(0, 2)) await client.mentors.search({ ...base, [facet]: [value] });
    }
  },
};
