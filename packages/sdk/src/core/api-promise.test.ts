// Every successful result tells its request id: on the object (`requestIdOf`), on a
// page (`page.requestId`), and with the raw Response through `.withResponse()`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { Menteo } from '../client.js';
import { requestIdOf } from './base-core.js';

const api = mockApi();
const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });

describe('request ids', () => {
  it('.withResponse() gives the data, the raw Response and its request id', async () => {
    const { data, response, requestId } = await client.threads.retrieve('thr_learningtolead').withResponse();
    assert.ok(response instanceof Response);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.match(requestId ?? '', /^req_/);
    assert.equal(requestId, response.headers.get('x-request-id'));
    assert.equal(data.id, 'thr_learningtolead');
    assert.equal(requestIdOf(data), requestId);
  });

  it('requestIdOf(result) for awaited reads and writes; each call its own id', async () => {
    const a = await client.threads.retrieve('thr_learningtolead');
    const b = await client.roadmaps.list({ limit: 2 });
    const idA = requestIdOf(a);
    assert.match(idA ?? '', /^req_/);
    assert.notEqual(requestIdOf(b), idA);

    const token = await api.data.tokenFor('demo-mentee');
    const post = await new Menteo({ token, ...fast }).threads.posts.create('thr_learningtolead', { kind: 'update', body: `With an id ${Date.now()}` });
    assert.match(requestIdOf(post) ?? '', /^req_/);
    assert.equal(requestIdOf({}), null, 'an object the SDK did not return has none');
  });

  it('page.requestId, on every page', async () => {
    const first = await client.mentors.search({ limit: 5 });
    assert.match(first.requestId ?? '', /^req_/);
    assert.equal(requestIdOf(first), first.requestId);
    const second = await first.getNextPage();
    assert.match(second.requestId ?? '', /^req_/);
    assert.notEqual(second.requestId, first.requestId);
  });

  it('the items of a list and a batched mentor know their request id', async () => {
    const page = await client.mentors.search({ limit: 3 });
    for (const mentor of page.data) assert.equal(requestIdOf(mentor), page.requestId);
    const mentor = await client.mentors.retrieve('men_demomentor');
    assert.match(requestIdOf(mentor) ?? '', /^req_/);
  });

  it('an APIPromise is a real Promise: then, catch, finally', async () => {
    const pending = client.threads.retrieve('thr_learningtolead');
    assert.ok(pending instanceof Promise);
    let finished = false;
    const title = await pending.then((t) => t.title).finally(() => (finished = true));
    assert.equal(typeof title, 'string');
    assert.ok(finished);
    const code = await client.threads.retrieve('thr_doesnotexist').catch((e: { code?: string }) => e.code);
    assert.equal(code, 'not_found');
  });

  it('a failed call leaves no unhandled rejection, whichever half of it is used', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await client.threads
        .retrieve('thr_doesnotexist')
        .withResponse()
        .catch(() => {});
      await client.threads.retrieve('thr_doesnotexist').catch(() => {});
      await Promise.resolve(client.mentors.search({ limit: 1000 })).catch(() => {});
      void client.threads.retrieve('thr_doesnotexist'); // fire and forget
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    assert.deepEqual(unhandled, []);
  });
});
