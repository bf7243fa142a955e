// Who may do each write of a thread's community features: the thread's owner, another
// signed-in reader, a publishable key, and a reader the owner blocked. One table, one row
// per write, the status each caller gets; every row runs on fresh fixtures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Comment = components['schemas']['Comment'];

let s: TestSandbox;
let owner: string; // demo-mentee, owns the thread
let reader: string; // demo-mentor
let blocked: string; // acme-employee, blocked from the thread
const pk = 'pk_test_demo';
const blockedId = 'usr_acmeemployee';

before(async () => {
  s = await startSandbox({ mentors: 50 });
  owner = await s.tokenFor('demo-mentee');
  reader = await s.tokenFor('demo-mentor');
  blocked = await s.tokenFor('acme-employee');
});
after(() => s.close());

type Caller = 'owner' | 'reader' | 'key' | 'blocked';
const auth = (who: Caller) => ({ owner, reader, key: pk, blocked })[who];

interface Fixture {
  thread: Thread;
  post: Post;
  /** A comment by the reader, and one by the blocked person (written before the block). */
  readers: Comment;
  blockeds: Comment;
}

/** A public thread with a post and two comments, whose owner then blocks acme-employee. */
async function fixture(): Promise<Fixture> {
  const thread = (await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'Authorization', visibility: 'public' } })).body;
  const post = (await s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, { auth: owner, body: { kind: 'update', body: 'Who may?' } })).body;
  const readers = (await s.request<Comment>('POST', `/v1/posts/${post.id}/comments`, { auth: reader, body: { body: 'Reader here.' } })).body;
  const blockeds = (await s.request<Comment>('POST', `/v1/posts/${post.id}/comments`, { auth: blocked, body: { body: 'Soon blocked.' } })).body;
  assert.equal((await s.request('PUT', `/v1/threads/${thread.id}/blocks/${blockedId}`, { auth: owner })).status, 200);
  return { thread, post, readers, blockeds };
}

/** Each write: how to make the request for a caller, and the status each caller gets. */
const writes: [string, (f: Fixture, who: Caller) => [method: string, path: string, body?: unknown], Record<Caller, number>][] = [
  ['comment on a post', (f) => ['POST', `/v1/posts/${f.post.id}/comments`, { body: 'Hello.' }], { owner: 201, reader: 201, key: 403, blocked: 403 }],
  [
    'reply to a comment',
    (f) => ['POST', `/v1/posts/${f.post.id}/comments`, { body: 'Re.', parentId: f.readers.id }],
    { owner: 201, reader: 201, key: 403, blocked: 403 },
  ],
  // Each edits or deletes their own comment where they have one: the reader's, the blocked person's; the owner and the key try the reader's.
  [
    'edit a comment',
    (f, who) => ['PATCH', `/v1/comments/${who === 'blocked' ? f.blockeds.id : f.readers.id}`, { body: 'Edited.' }],
    { owner: 403, reader: 200, key: 403, blocked: 403 },
  ],
  [
    'delete a comment',
    (f, who) => ['DELETE', `/v1/comments/${who === 'blocked' ? f.blockeds.id : f.readers.id}`],
    { owner: 200, reader: 200, key: 403, blocked: 200 },
  ],
  ['react to a post', (f) => ['PUT', `/v1/posts/${f.post.id}/reactions/cheer`], { owner: 200, reader: 200, key: 403, blocked: 403 }],
  ['take back a reaction', (f) => ['DELETE', `/v1/posts/${f.post.id}/reactions/cheer`], { owner: 200, reader: 200, key: 403, blocked: 403 }],
  ['report a post', (f) => ['PUT', `/v1/posts/${f.post.id}/report`, { reason: 'spam' }], { owner: 200, reader: 200, key: 403, blocked: 403 }],
  ['report a comment', (f) => ['PUT', `/v1/comments/${f.readers.id}/report`, { reason: 'spam' }], { owner: 200, reader: 200, key: 403, blocked: 403 }],
  ['hide a comment', (f) => ['PUT', `/v1/comments/${f.readers.id}/hidden`], { owner: 200, reader: 403, key: 403, blocked: 403 }],
  ['show a hidden comment', (f) => ['DELETE', `/v1/comments/${f.readers.id}/hidden`], { owner: 200, reader: 403, key: 403, blocked: 403 }],
  ['lock a post’s comments', (f) => ['PATCH', `/v1/posts/${f.post.id}`, { commentsLocked: true }], { owner: 200, reader: 403, key: 403, blocked: 403 }],
  ['block someone', (f) => ['PUT', `/v1/threads/${f.thread.id}/blocks/usr_demomentor`], { owner: 200, reader: 403, key: 403, blocked: 403 }],
  ['lift a block', (f) => ['DELETE', `/v1/threads/${f.thread.id}/blocks/${blockedId}`], { owner: 204, reader: 403, key: 403, blocked: 403 }],
  ['follow the thread', (f) => ['PUT', `/v1/threads/${f.thread.id}/follow`], { owner: 409, reader: 200, key: 403, blocked: 200 }],
  ['list its reports', (f) => ['GET', `/v1/threads/${f.thread.id}/reports`], { owner: 200, reader: 403, key: 403, blocked: 403 }],
];

describe('who may write on a thread', () => {
  for (const [what, request, expected] of writes) {
    it(`${what}: owner ${expected.owner}, another reader ${expected.reader}, a key ${expected.key}, a blocked reader ${expected.blocked}`, async () => {
      for (const who of ['owner', 'reader', 'key', 'blocked'] as const) {
        const f = await fixture();
        const [method, path, body] = request(f, who);
        const res = await s.request<{ code?: string }>(method, path, { auth: auth(who), ...(body === undefined ? {} : { body }) });
        assert.equal(res.status, expected[who], `${what} as ${who}: ${res.text}`);
        // A blocked reader is told why; others refused are told they may not.
        if (
          who === 'blocked' &&
          res.status === 403 &&
          !['hide a comment', 'show a hidden comment', 'lock a post’s comments', 'block someone', 'lift a block', 'list its reports'].includes(what)
        ) {
          assert.equal(res.body.code, 'blocked_from_thread', what);
        }
      }
    });
  }
});
