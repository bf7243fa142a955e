// Records the answers the live demos replay: a seeded sandbox runs in this process, the SDK
// asks it exactly what each demo element will ask, and every answer is written down as the
// sandbox sent it. Nothing here is written by hand: no fixture, no edited body.
import { Menteo, type MentorSearchParams } from '../../packages/sdk/src/index.js';
import { createSandbox } from '../../packages/sandbox/src/sandbox.js';
import { requestKey, type DemoData, type RecordedAnswer } from '../src/replay.js';

/** The origin the demo pages give their elements (`.invalid` never resolves: only the worker answers). */
export const demoBaseUrl = 'https://demo.menteo.invalid';
/** The publishable key of the seeded demo organization. */
export const demoPublishableKey = 'pk_test_demo';

/** The ids the demos show, all from the sandbox's seeded world. */
export const demoIds = {
  mentor: 'men_demomentor',
  roadmap: 'your-first-90-days-as-a-tech-lead',
  thread: 'thr_learningtolead',
} as const;

/** The search the `<menteo-mentor-search>` demo starts with: its `page-size`. */
export const demoSearchPageSize = 6;
/** The facets `<menteo-mentor-search>` always asks to count (mentor-search.ts). */
const searchFacets = ['skills', 'industries', 'languages', 'seniority', 'helpsWith'] as const;

/** The questionnaire whose ranking the need finder demo replays for any answers. */
export const demoMatchRequest = {
  need: 'leadership',
  goals: 'Ship the migration on time with a team I just started leading',
  skills: ['people-management'],
  language: 'en',
  limit: 5,
} as const;

/**
 * Starts an in-memory seeded sandbox, issues every request the demos need through the SDK and
 * returns the recorded answers.
 *
 * @example
 * ```ts
 * const data = await captureDemoData();
 * writeFileSync('site/demo-data.json', JSON.stringify(data));
 * ```
 */
export async function captureDemoData(): Promise<DemoData> {
  const sandbox = createSandbox({ db: ':memory:', log: () => {}, rateLimit: { limit: 0, windowSeconds: 60 } });
  const { url } = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const answers = new Map<string, RecordedAnswer>();
  const record: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const target = new URL(request.url);
    const key = requestKey(request.method, new URL(`${demoBaseUrl}${target.pathname}${target.search}`));
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'x-request-id', 'etag']) {
      const value = response.headers.get(name);
      if (value) headers[name] = value;
    }
    answers.set(key, { key, status: response.status, headers, body: await response.clone().text() });
    return response;
  };
  const client = new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, fetch: record, maxRetries: 0 });
  try {
    // <menteo-mentor-card mentor-id=…> (and the provider demo): one batched retrieve.
    await client.mentors.retrieve(demoIds.mentor);

    // <menteo-mentor-search page-size=…>: the first page with facet counts, "Load more", every
    // sort, and each facet's two most common values as a single filter.
    const base = { facets: [...searchFacets], limit: demoSearchPageSize } satisfies MentorSearchParams;
    const first = await client.mentors.search(base);
    if (first.nextCursor) await client.mentors.search({ ...base, cursor: first.nextCursor } as MentorSearchParams);
    for (const sort of ['rating', 'sessions', 'response', 'availability'] as const) await client.mentors.search({ ...base, sort });
    for (const facet of searchFacets) {
      const counts = Object.entries(first.facets?.[facet] ?? {}).sort(([, a], [, b]) => b - a);
      for (const [value] of counts.slice(0, 2)) await client.mentors.search({ ...base, [facet]: [value] });
    }

    // <menteo-roadmap-stepper roadmap-id=…>: the roadmap (progress needs a signed-in person).
    await client.roadmaps.retrieve(demoIds.roadmap);

    // <menteo-thread-feed thread-id=…>: the thread and its first page of posts.
    await client.threads.retrieve(demoIds.thread);
    await client.threads.posts.list(demoIds.thread);

    // <menteo-need-finder>: one ranking, replayed for any answers.
    await client.matches.create({ ...demoMatchRequest, skills: [...demoMatchRequest.skills] });
  } finally {
    await sandbox.close();
  }
  for (const answer of answers.values()) {
    if (answer.status >= 400) throw new Error(`the sandbox refused a demo request: ${answer.key} → ${answer.status} ${answer.body.slice(0, 300)}`);
  }
  return { baseUrl: demoBaseUrl, recordedAt: new Date().toISOString(), answers: [...answers.values()] };
}
