// Path segments: an id is one segment of the path it is put in. `encodeURIComponent` leaves
// `.` and `..` alone, and URL parsing resolves them (it resolves `%2E%2E` too), so
// `/v1/mentors/..` would become `/v1/`: the SDK refuses such ids before anything is sent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { Menteo } from '../client.js';
import { MenteoError } from '../core/errors.js';
import { seg } from './resource.js';

const api = mockApi();
const client = () => new Menteo({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0 });

/** Runs `call` and returns what it threw or rejected with. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  assert.fail('expected a refusal');
}

describe('path segments', () => {
  for (const id of ['..', '.', '']) {
    it(`mentors.retrieve(${JSON.stringify(id)}) — batched, alone or with a signal — sends nothing and says why`, async () => {
      const c = client();
      for (const call of [() => c.mentors.retrieve(id), () => c.mentors.retrieve(id, { signal: new AbortController().signal }), () => c.mentors.reviews(id)]) {
        const error = await failure(call);
        assert.ok(error instanceof MenteoError, String(error));
        assert.equal(error.message, `Invalid id "${id}"`);
      }
      assert.deepEqual(
        api.calls.map((c) => c.url.pathname),
        [],
      );
    });
  }

  it('other resources refuse them too, and never reach another path', async () => {
    const c = client();
    const calls = [
      () => c.users.retrieve('..'),
      () => c.rooms.retrieve('.'),
      () => c.threads.retrieve('..'),
      () => c.posts.retrieve('..'),
      () => c.roadmaps.retrieve('..'),
    ];
    for (const call of calls) assert.ok((await failure(call)) instanceof MenteoError);
    assert.deepEqual(
      api.calls.map((c) => c.url.pathname),
      [],
    );
  });

  it('every other id is encoded as one segment', () => {
    assert.equal(seg('men_demomentor'), 'men_demomentor');
    assert.equal(seg('...'), '...'); // not a dot segment: URL parsing leaves it alone
    assert.equal(seg('a/../b'), 'a%2F..%2Fb');
    assert.equal(seg('%2E%2E'), '%252E%252E');
    assert.equal(new URL(`https://api.menteo.dev/v1/mentors/${seg('...')}`).pathname, '/v1/mentors/...');
  });
});
