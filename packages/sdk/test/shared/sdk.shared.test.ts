// The SDK against a real sandbox over HTTP, written once and run twice: in Node
// (`node --test`) and in Chromium (`pnpm run test:browser`). Only web platform APIs
// here; `./runtime.js` is the one file that differs between the two runs.
import { expect } from 'chai';
import {
  APIError,
  Menteo,
  MenteoError,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
  WebhookVerificationError,
  webhooks,
  type WebhookEvent,
} from '../../src/index.js';
import { after, before, describe, it, runtime, sandbox, type TestSandbox } from './runtime.js';

/** One HTTP exchange as the SDK's `fetch` saw it. */
interface Exchange {
  method: string;
  url: URL;
  authorization: string | null;
  idempotencyKey: string | null;
  status: number;
  code: string | undefined;
  requestId: string | null;
}

/**
 * A `fetch` to pass as `new Menteo({ fetch })` that records every exchange. After
 * `dropPostAnswers(n)`, the next n POSTs reach the API but their answers are lost on
 * the way back, as with a connection reset: the work is done, the client cannot know.
 */
function recorder() {
  const log: Exchange[] = [];
  let drops = 0;
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const response = await fetch(input, init);
    const problem = response.status >= 400 ? ((await response.clone().json()) as { code?: string }) : undefined;
    log.push({
      method: request.method,
      url: new URL(request.url),
      authorization: request.headers.get('authorization'),
      idempotencyKey: request.headers.get('idempotency-key'),
      status: response.status,
      code: problem?.code,
      requestId: response.headers.get('x-request-id'),
    });
    if (request.method === 'POST' && drops > 0) {
      drops--;
      await response.body?.cancel();
      throw new TypeError('Failed to fetch (the test dropped the answer)');
    }
    return response;
  };
  return {
    fetch: recordingFetch,
    log,
    dropPostAnswers(n: number) {
      drops = n;
    },
  };
}

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, got a result');
}

describe(`@menteo/sdk against a real sandbox (${runtime})`, () => {
  let s: TestSandbox;
  // Retries as fast as possible: the tests are about which requests are sent, not when.
  const fast = { retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } };

  before(async () => {
    s = await sandbox();
  });
  after(async () => {
    await s.close();
  });

  it('searches mentors: the first page with its totals, then every page with for await', async () => {
    const rec = recorder();
    const client = new Menteo({ publishableKey: s.publishableKey, baseUrl: s.url, fetch: rec.fetch });

    const first = await client.mentors.search({ limit: 30, facets: ['skills'] });
    expect(first.data).to.have.lengthOf(30);
    expect(first.totalCount).to.be.greaterThan(60);
    expect(first.totalCount % 30, 'the last page should be partial').to.not.equal(0);
    expect(first.hasNextPage()).to.equal(true);
    expect(first.requestId).to.match(/^req_/);
    expect(first.requestId).to.equal(rec.log[0]!.requestId);
    const second = await first.getNextPage();
    expect(second.data.map((m) => m.id)).to.not.include(first.data[0]!.id);
    expect(rec.log[1]!.url.searchParams.get('cursor')).to.equal(first.nextCursor);

    rec.log.length = 0;
    const seen = new Set<string>();
    for await (const mentor of client.mentors.search({ limit: 30 })) seen.add(mentor.id);
    expect(seen.size, 'every mentor once, none skipped').to.equal(first.totalCount);
    expect(rec.log).to.have.lengthOf(Math.ceil(first.totalCount / 30));

    rec.log.length = 0;
    const some = await client.mentors.search({ limit: 30 }).toArray({ limit: 45 });
    expect(some).to.have.lengthOf(45);
    expect(some.map((m) => m.id)).to.deep.equal([...seen].slice(0, 45));
    expect(rec.log, 'toArray stops fetching at its limit').to.have.lengthOf(2);
  });

  it('coalesces mentors.retrieve calls of one tick into one request, each caller with its own answer (a missing id its own 404)', async () => {
    const pk = new Menteo({ publishableKey: s.publishableKey, baseUrl: s.url });
    const ids = (await pk.mentors.search({ limit: 6 })).data.map((m) => m.id);
    const missing = 'men_zzzzzzzzzzzz';
    const rec = recorder();
    const client = new Menteo({ publishableKey: s.publishableKey, baseUrl: s.url, fetch: rec.fetch });

    const results = await Promise.allSettled([
      ...ids.map((id) => client.mentors.retrieve(id)),
      client.mentors.retrieve(ids[0]!),
      // A caller that awaits something first (a render step) still joins the batch.
      Promise.resolve().then(() => client.mentors.retrieve(missing)),
    ]);

    // One batch for all of them; then the id it did not return, asked alone for the API's own 404.
    expect(rec.log.map((r) => r.url.pathname)).to.deep.equal(['/v1/mentors', `/v1/mentors/${missing}`]);
    const [batch, alone] = rec.log as [Exchange, Exchange];
    expect(batch.url.searchParams.get('ids')!.split(',')).to.have.members([...ids, missing]);
    const values = results.map((r) => (r.status === 'fulfilled' ? r.value.id : r.reason));
    expect(values.slice(0, ids.length + 1)).to.deep.equal([...ids, ids[0]]);
    const notFound = values.at(-1);
    expect(notFound).to.be.instanceOf(NotFoundError);
    expect((notFound as NotFoundError).requestId).to.equal(alone.requestId);
    expect((notFound as NotFoundError).message).to.include(missing);
  });

  it('maps API errors to typed errors with the request id, and does not retry them', async () => {
    const rec = recorder();
    const client = new Menteo({ publishableKey: s.publishableKey, baseUrl: s.url, fetch: rec.fetch });

    const notFound = await rejection(client.threads.retrieve('thr_doesnotexist'));
    expect(notFound).to.be.instanceOf(NotFoundError);
    expect(notFound).to.be.instanceOf(APIError);
    expect(notFound).to.be.instanceOf(MenteoError);
    expect(notFound).to.have.property('status', 404);
    expect(notFound).to.have.property('code', 'not_found');
    expect((notFound as NotFoundError).requestId).to.match(/^req_/);
    expect((notFound as NotFoundError).requestId).to.equal(rec.log[0]!.requestId);

    // A publishable key only reads: a write is refused, once, with a code that says why.
    const denied = await rejection(client.threads.create({ title: 'Publishable keys cannot write' }));
    expect(denied).to.be.instanceOf(PermissionDeniedError);
    expect(denied).to.have.property('code', 'publishable_key_read_only');
    expect((denied as PermissionDeniedError).requestId).to.equal(rec.log[1]!.requestId);
    expect(rec.log.map((x) => `${x.method} ${x.status}`)).to.deep.equal(['GET 404', 'POST 403']);
  });

  it('reports every invalid field of a rejected body (422 fieldErrors)', async () => {
    const token = await s.token('demo-mentee');
    const rec = recorder();
    const client = new Menteo({ token, baseUrl: s.url, fetch: rec.fetch });

    const error = await rejection(client.threads.posts.create('thr_learningtolead', { kind: 'rant' as 'update', body: '' }));
    expect(error).to.be.instanceOf(UnprocessableEntityError);
    const { fieldErrors, requestId } = error as UnprocessableEntityError;
    expect(Object.keys(fieldErrors)).to.have.members(['/kind', '/body']);
    expect(requestId).to.equal(rec.log[0]!.requestId);
    expect(rec.log).to.have.lengthOf(1);
  });

  it('asks the token function once, and once more for all requests that meet an expired token', async () => {
    const issued: string[] = [];
    const rec = recorder();
    const client = new Menteo({
      baseUrl: s.url,
      fetch: rec.fetch,
      // As a page does it: ask its own backend, which mints the token with the secret key.
      token: async () => {
        issued.push(await s.token('demo-mentee'));
        return issued.at(-1)!;
      },
    });
    const three = () => Promise.all([client.me.retrieve(), client.threads.list({ limit: 1 }), client.threads.retrieve('thr_learningtolead')]);

    const [me] = await three();
    expect(me.externalUserId).to.equal('demo-mentee');
    expect(issued).to.have.lengthOf(1);

    await s.expire(issued[0]!);
    rec.log.length = 0;
    const [again] = await three();
    expect(again.id).to.equal(me.id);
    expect(issued, 'one refresh for three concurrent 401s').to.have.lengthOf(2);
    const expired = rec.log.filter((x) => x.status === 401);
    expect(expired).to.have.lengthOf(3);
    expect(expired.every((x) => x.code === 'token_expired' && x.authorization === `Bearer ${issued[0]}`)).to.equal(true);
    expect(rec.log.filter((x) => x.status === 200 && x.authorization === `Bearer ${issued[1]}`)).to.have.lengthOf(3);
  });

  it('refreshes a token that was already expired when the token function gave it', async () => {
    let calls = 0;
    const client = new Menteo({
      baseUrl: s.url,
      token: async () => {
        const token = await s.token('demo-mentee');
        if (++calls === 1) await s.expire(token);
        return token;
      },
    });
    const me = await client.me.retrieve();
    expect(me.externalUserId).to.equal('demo-mentee');
    expect(calls).to.equal(2);
  });

  it('retries a post whose answer was lost with the same Idempotency-Key: the API creates it once', async () => {
    const token = await s.token('demo-mentee');
    const rec = recorder();
    const client = new Menteo({ token, baseUrl: s.url, fetch: rec.fetch, ...fast });
    const body = `Shipped the ${runtime} run (${crypto.randomUUID()})`;

    rec.dropPostAnswers(1);
    const { data: post, response } = await client.threads.posts.create('thr_learningtolead', { kind: 'milestone', body }).withResponse();
    const attempts = rec.log.filter((x) => x.method === 'POST');
    expect(attempts.map((x) => x.status)).to.deep.equal([201, 201]);
    expect(attempts[0]!.idempotencyKey).to.match(/^menteo-/);
    expect(attempts[1]!.idempotencyKey).to.equal(attempts[0]!.idempotencyKey);
    expect(response.headers.get('idempotent-replayed'), 'the retry got the first answer replayed').to.equal('true');
    const posts = await client.threads.posts.list('thr_learningtolead', { limit: 50 }).toArray({ limit: 50 });
    expect(posts.filter((p) => p.body === body).map((p) => p.id)).to.deep.equal([post.id]);

    // A key of the caller's own (e.g. kept across a page reload) replays too; reusing it for another body is a bug.
    const idempotencyKey = `reload-${crypto.randomUUID()}`;
    const first = await client.threads.posts.create('thr_learningtolead', { kind: 'update', body: `${body} again` }, { idempotencyKey });
    const replay = await client.threads.posts.create('thr_learningtolead', { kind: 'update', body: `${body} again` }, { idempotencyKey });
    expect(replay.id).to.equal(first.id);
    const reused = await rejection(client.threads.posts.create('thr_learningtolead', { kind: 'update', body: 'another body' }, { idempotencyKey }));
    expect(reused).to.be.instanceOf(UnprocessableEntityError);
    expect(reused).to.have.property('code', 'idempotency_key_reused');
  });

  it('signs and verifies a webhook round trip (WebCrypto) with a real event of the API', async () => {
    const token = await s.token('demo-mentee');
    const client = new Menteo({ token, baseUrl: s.url });
    const post = await client.threads.posts.create('thr_learningtolead', { kind: 'question', body: `Webhook round trip (${runtime})` });
    const page = (await (
      await fetch(`${s.url}/v1/events?after=0&types=thread.post.created`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } })
    ).json()) as { data: WebhookEvent[] };
    const delivered = page.data.find((e) => e.type === 'thread.post.created' && e.data.id === post.id);
    expect(delivered, 'the API emitted thread.post.created').to.not.equal(undefined);

    const secret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
    const rawBody = JSON.stringify(delivered);
    const headers = await webhooks.sign(rawBody, secret);
    expect(headers['webhook-signature']).to.match(/^v1,[A-Za-z0-9+/]+=*$/);

    const event = await Menteo.webhooks.unwrap(rawBody, new Headers(headers), secret);
    expect(event.type).to.equal('thread.post.created');
    if (event.type !== 'thread.post.created') throw new Error('unreachable');
    expect(event.data.body).to.equal(post.body);
    await webhooks.verify(new TextEncoder().encode(rawBody), headers, [`whsec_${btoa('a rotated-out secret')}`, secret]);

    const tampered = await rejection(webhooks.verify(rawBody.replace('Webhook round trip', 'Webhook round trap'), headers, secret));
    expect(tampered).to.be.instanceOf(WebhookVerificationError);
    expect(tampered).to.have.property('reason', 'no_matching_signature');
    const stale = await rejection(webhooks.verify(rawBody, headers, secret, { now: () => Date.now() + 10 * 60_000 }));
    expect(stale).to.have.property('reason', 'timestamp_too_old');
  });

  if (runtime === 'browser') {
    it('refuses a secret key in a page, before any request', () => {
      // Not a real key: a page must never hold one, not even in a test.
      const secretKey = 'sk_test_not_a_real_key';
      expect(() => new Menteo({ secretKey, baseUrl: s.url })).to.throw(MenteoError, /secret key in a browser/);
      const pk = new Menteo({ publishableKey: s.publishableKey, baseUrl: s.url });
      expect(() => pk.withOptions({ secretKey })).to.throw(MenteoError, /secret key in a browser/);
      expect(s.secretKey).to.equal(undefined);
    });
  } else {
    it('accepts a secret key on a server, where it mints user tokens', async () => {
      const server = new Menteo({ secretKey: s.secretKey!, baseUrl: s.url });
      const { token } = await server.auth.createUserToken({ externalUserId: 'demo-mentee', name: 'Priya Raman' });
      const me = await new Menteo({ token, baseUrl: s.url }).me.retrieve();
      expect(me.externalUserId).to.equal('demo-mentee');
    });
  }

  // Last: it audits every request the tests above made.
  it('never sent a secret key from a page, as the sandbox saw it', async () => {
    const audit = await s.audit();
    expect(audit.requests).to.be.greaterThan(20);
    expect(audit.secretKeyFromPages).to.equal(0);
    // A browser sends Origin on every cross-origin request; Node sends none.
    if (runtime === 'browser') expect(audit.fromPages).to.be.greaterThan(20);
    else expect(audit.fromPages).to.equal(0);
  });
});
