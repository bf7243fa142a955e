// Records the answers the live demos replay: a seeded sandbox runs in this process, the SDK
// asks it exactly what each demo element will ask, and every answer is written down as the
// sandbox sent it (@menteo/test-support's `record`, the recording the elements' and the SDK's
// tests use too). Nothing here is written by hand: no fixture, no edited body.
import { createSandbox } from '@menteo/sandbox';
import { Menteo } from '@menteo/sdk';
import { answerResponse, pickHeaders, record as recordAnswer } from '@menteo/test-support';
import type { DemoData, RecordedAnswer } from '../src/replay.js';
import type { CaptureContext, Demo, DemoContext } from './demos.js';

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
 * The signed-in person of the demos that need one (the `<menteo-room-widget>` demo shows her active
 * room with the demo mentor): the sandbox's seeded mentee. Her token is minted, and used, at build time only.
 */
export const demoPerson = { externalUserId: 'demo-mentee', name: 'Priya Raman' } as const;
/** The secret key of the seeded demo organization: it mints her token (in this process only). */
const demoSecretKey = 'sk_test_demo';
/**
 * The token the room widget demo's `<menteo-provider>` holds in the browser: made up, and only
 * the replay accepts it (it checks none). Real pages get one from their backend (guides/auth.md).
 */
export const demoToken = 'demo-token';

/** What the capture found in the sandbox that the demo markup names. */
export interface CapturedDemos {
  data: DemoData;
  /** What the demos' markup names, from their captures (`roomId`: `demo-mentee`'s seeded active room). */
  context: DemoContext;
}

/**
 * Starts an in-memory seeded sandbox, issues every request the demos need through the SDK (each
 * demo's `capture`, scripts/demos/) and returns the recorded answers, with what the demos' markup names.
 *
 * @example
 * ```ts
 * const { data, context } = await captureDemoData(await loadDemos());
 * writeFileSync('site/demo-data.json', JSON.stringify(data));
 * ```
 */
export async function captureDemoData(demos: Record<string, Demo>): Promise<CapturedDemos> {
  const sandbox = createSandbox({ db: ':memory:', log: () => {}, rateLimit: { limit: 0, windowSeconds: 60 } });
  const { url } = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const answers = new Map<string, RecordedAnswer>();
  const record: typeof fetch = async (input, init) => {
    const answer = await recordAnswer({ url }, new Request(input, init));
    // The headers a client reads: content type, request id, ETag.
    answers.set(answer.key, pickHeaders(answer, ['content-type', 'x-request-id', 'etag']));
    return answerResponse(answer);
  };
  // Minting a person's token is not recorded (no page asks for it); what `lookup` asks is not either.
  const signIn: CaptureContext['signIn'] = async (person) => {
    const { token } = await new Menteo({ secretKey: demoSecretKey, baseUrl: url, maxRetries: 0 }).auth.createUserToken({ ...person });
    const client = new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, token, fetch: record, maxRetries: 0 });
    // A signed-in provider follows the viewer's open rooms (the cards' "Requested · view" state): every such page asks it.
    await client.rooms.list({ role: 'mentee', status: ['requested', 'active', 'paused'] });
    return { client, lookup: new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, token, maxRetries: 0 }) };
  };
  const found: Record<string, string> = {};
  try {
    for (const demo of Object.values(demos)) {
      // A client of its own, as each demo page starts with no cache (no ETag: answers, not 304s).
      const client = new Menteo({ publishableKey: demoPublishableKey, baseUrl: url, fetch: record, maxRetries: 0 });
      await demo.capture({ client, signIn, found });
    }
  } finally {
    await sandbox.close();
  }
  for (const answer of answers.values()) {
    if (answer.status >= 400) throw new Error(`the sandbox refused a demo request: ${answer.key} → ${answer.status} ${answer.body.slice(0, 300)}`);
  }
  return { data: { baseUrl: demoBaseUrl, recordedAt: new Date().toISOString(), answers: [...answers.values()] }, context: found };
}
