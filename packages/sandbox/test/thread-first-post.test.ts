// A growth thread started with its first post, in one step (issue #13): the need finder's
// "start a growth thread" creates both at once, or neither.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type ThreadList = components['schemas']['ThreadList'];
type PostList = components['schemas']['PostList'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let mentee: string;

async function myThreadCount(): Promise<number> {
  return (s.db.prepare('SELECT count(*) AS n FROM threads WHERE owner_id = ?').get(demo.users.mentee.id) as { n: number }).n;
}

before(async () => {
  s = await startSandbox({ mentors: 60 });
  s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
  mentee = await s.tokenFor('demo-mentee');
});
after(() => s.close());

describe('POST /v1/threads with firstPost', () => {
  it('creates the thread and its first post together', async () => {
    const goals = 'My team missed its last two deadlines; this year I learn to set direction and decide faster.';
    const res = await s.request<Thread>('POST', '/v1/threads', {
      auth: mentee,
      body: { title: 'My leadership journey', firstPost: { body: goals, kind: 'challenge' } },
    });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.counts.posts, 1);
    const posts = await s.request<PostList>('GET', `/v1/threads/${res.body.id}/posts`, { auth: mentee });
    assert.equal(posts.body.data.length, 1);
    assert.equal(posts.body.data[0]?.body, goals);
    assert.equal(posts.body.data[0]?.kind, 'challenge');
    assert.equal(posts.body.data[0]?.author.id, res.body.owner.id);
  });

  it('makes the first post an update when no kind is given', async () => {
    const res = await s.request<Thread>('POST', '/v1/threads', { auth: mentee, body: { title: 'Another journey', firstPost: { body: 'Day one.' } } });
    assert.equal(res.status, 201, res.text);
    const posts = await s.request<PostList>('GET', `/v1/threads/${res.body.id}/posts`, { auth: mentee });
    assert.equal(posts.body.data[0]?.kind, 'update');
  });

  const refused: [string, unknown][] = [
    ['an empty body', { body: '' }],
    ['a body of only white space', { body: '  \n\t ' }],
    ['a body over 10,000 characters', { body: 'x'.repeat(10_001) }],
    ['an unknown kind', { body: 'Fine words.', kind: 'rant' }],
  ];
  for (const [name, firstPost] of refused) {
    it(`refuses ${name} with 422 naming the field, and leaves no thread`, async () => {
      const before = await myThreadCount();
      const res = await s.request<Problem>('POST', '/v1/threads', { auth: mentee, body: { title: 'Never created', firstPost } });
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.code, 'validation_failed');
      const pointer = name === 'an unknown kind' ? '/firstPost/kind' : '/firstPost/body';
      assert.ok(
        res.body.errors?.some((e) => e.pointer === pointer),
        JSON.stringify(res.body.errors),
      );
      assert.equal(await myThreadCount(), before, 'no thread is left');
      const titled = await s.request<ThreadList>('GET', '/v1/threads', { auth: mentee, query: { q: 'Never created', limit: 100 } });
      assert.deepEqual(titled.body.data, []);
    });
  }

  it('refuses a blank post on an existing thread too', async () => {
    const thread = await s.request<Thread>('POST', '/v1/threads', { auth: mentee, body: { title: 'Blank posts' } });
    const res = await s.request<Problem>('POST', `/v1/threads/${thread.body.id}/posts`, { auth: mentee, body: { kind: 'update', body: ' \n ' } });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.errors?.[0]?.pointer, '/body');
  });
});
