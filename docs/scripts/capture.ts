// Records the answers the live demos replay: a seeded sandbox runs in this process, the SDK
// asks it exactly what each demo element will ask, and every answer is written down as the
// sandbox sent it (@menteo/test-support's `record`, the recording the elements' and the SDK's
// tests use too). Nothing here is written by hand: no fixture, no edited body.
import { createSandbox } from '@menteo/sandbox';
import { Menteo, type MentorSearchParams, type QueryOf } from '@menteo/sdk';
import { answerResponse, pickHeaders, record as recordAnswer } from '@menteo/test-support';
import type { DemoData, RecordedAnswer } from '../src/replay.js';

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

/**
 * The signed-in person of the `<menteo-room-widget>` demo: the sandbox's seeded mentee, whose
 * active room (with the demo mentor) it shows. Her token is minted, and used, at build time only.
 */
export const demoPerson = { externalUserId: 'demo-mentee', name: 'Priya Raman' } as const;
/** The secret key of the seeded demo organization: it mints her token (in this process only). */
const demoSecretKey = 'sk_test_demo';
/**
 * The token the room widget demo's `<menteo-provider>` holds in the browser: made up, and only
 * the replay accepts it (it checks none). Real pages get one from their backend (guides/auth.md).
 */
export const demoToken = 'demo-token';

const hourMs = 3_600_000;
/**
 * What `<menteo-room-widget>` asks of a room's plan at `now`, as room-widget.ts computes it:
 * upcoming sessions listed `from` the hour before the current one (`#sessionsFrom`), and the
 * mentor's open times from the next full hour for 14 days, in the viewer's zone (`#openBooking`).
 * Those values change with the clock; the replay matches them by name only (`momentParams`).
 *
 * @example `roomWidgetQueries(Date.parse('2026-11-28T00:31:00Z'), 'UTC').sessions.from // '2026-11-27T23:00:00.000Z'`
 */
export function roomWidgetQueries(now = Date.now(), timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone) {
  const start = new Date(Math.ceil(now / hourMs) * hourMs);
  return {
    sessions: {
      status: ['pending', 'accepted'],
      from: new Date(Math.floor(now / hourMs) * hourMs - hourMs).toISOString(),
    } satisfies QueryOf<'listRoomSessions'>,
    slots: { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString(), timeZone } satisfies QueryOf<'listMentorSlots'>,
  };
}

/** What the capture found in the sandbox that the demo markup names. */
export interface CapturedDemos {
  data: DemoData;
  /** `demo-mentee`'s seeded active room, shown by the `<menteo-room-widget>` demo. */
  roomId: string;
}

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
 * returns the recorded answers, with the room the room widget demo shows.
 *
 * @example
 * ```ts
 * const { data, roomId } = await captureDemoData();
 * writeFileSync('site/demo-data.json', JSON.stringify(data));
 * ```
 */
export async function captureDemoData(): Promise<CapturedDemos> {
  const sandbox = createSandbox({ db: ':memory:', log: () => {}, rateLimit: { limit: 0, windowSeconds: 60 } });
  const { url } = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const answers = new Map<string, RecordedAnswer>();
  const record: typeof fetch = async (input, init) => {
    const answer = await recordAnswer({ url }, new Request(input, init));
    // The headers a client reads: content type, request id, ETag.
    answers.set(answer.key, pickHeaders(answer, ['content-type', 'x-request-id', 'etag']));
    return answerResponse(answer);
  };
  const client = new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, fetch: record, maxRetries: 0 });
  let roomId: string | undefined;
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

    // <menteo-room-widget room-id=…> in a provider with a user token: demo-mentee's active room.
    // Minting her token and finding the room are not recorded (the widget asks neither).
    const { token } = await new Menteo({ secretKey: demoSecretKey, baseUrl: url, maxRetries: 0 }).auth.createUserToken({ ...demoPerson });
    const rooms = await new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, token, maxRetries: 0 }).rooms.list({
      status: ['active'],
      role: 'mentee',
    });
    const room = rooms.data[0];
    if (!room) throw new Error(`the sandbox has no active room for ${demoPerson.externalUserId} to demo <menteo-room-widget>`);
    roomId = room.id;
    // What the widget then asks, with the queries of its stores (packages/sdk/src/stores/rooms.ts,
    // room-plans.ts): the room; every page of its goals (25 a page), upcoming sessions and
    // messages (newest first: "Show earlier messages" pages back); and the mentor's open times
    // when "Book a session" opens.
    const person = new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, token, fetch: record, maxRetries: 0 });
    const queries = roomWidgetQueries();
    await person.rooms.retrieve(room.id);
    // Who the token is (the SDK asks once per token: drafts and unsent messages are per person).
    await person.me.retrieve();
    const pages = async (page: (cursor: string | undefined) => PromiseLike<{ nextCursor: string | null }>) => {
      for (let cursor: string | undefined, n = 0; n < 50; n++) {
        cursor = (await page(cursor)).nextCursor ?? undefined;
        if (!cursor) return;
      }
      throw new Error('the room widget demo: more than 50 pages of one list');
    };
    type GoalQuery = QueryOf<'listRoomGoals'>;
    type SessionQuery = Omit<QueryOf<'listRoomSessions'>, 'cursor'>;
    type MessageQuery = Omit<QueryOf<'listRoomMessages'>, 'cursor'>;
    await pages((cursor) => person.rooms.goals.list(room.id, (cursor ? { cursor, limit: 25 } : { limit: 25 }) as GoalQuery));
    await pages((cursor) => person.rooms.sessions.list(room.id, (cursor ? { ...queries.sessions, cursor } : queries.sessions) as SessionQuery));
    await pages((cursor) => person.rooms.messages.list(room.id, (cursor ? { cursor } : {}) as MessageQuery));
    await person.mentors.slots(room.mentor.id, queries.slots);
  } finally {
    await sandbox.close();
  }
  for (const answer of answers.values()) {
    if (answer.status >= 400) throw new Error(`the sandbox refused a demo request: ${answer.key} → ${answer.status} ${answer.body.slice(0, 300)}`);
  }
  if (!roomId) throw new Error('unreachable: the capture ended without a room');
  return { data: { baseUrl: demoBaseUrl, recordedAt: new Date().toISOString(), answers: [...answers.values()] }, roomId };
}
