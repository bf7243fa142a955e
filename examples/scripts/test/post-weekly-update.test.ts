// post-weekly-update.ts against a real sandbox process: however often it runs in a week — again,
// with a fresh token, or twice at the same moment — the thread gets one update.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Menteo } from '@menteo/sdk';
import { startSandboxProcess, type SandboxProcess } from '../../../test/support/sandbox-process.js';
import { isoWeek } from '../iso-week.js';
import { runScript } from './helpers.js';

describe('post-weekly-update', () => {
  let sandbox: SandboxProcess;
  let server: Menteo;
  // The sandbox runs on the suites' clock, not the machine's: the week is the sandbox's week.
  const sandboxNow = () => new Date(Date.now() + sandbox.clockOffsetMs);
  const heading = () => `**Weekly update, ${isoWeek(sandboxNow()).label}**`;
  const freshToken = async () => (await server.auth.createUserToken({ externalUserId: 'demo-mentee', name: 'Priya Raman' })).token;
  const run = (token: string, threadId: string, body = 'Ran my first retro without notes, and it went fine.') =>
    runScript('post-weekly-update.ts', ['--thread', threadId, '--body', body, '--at', sandboxNow().toISOString()], {
      MENTEO_BASE_URL: sandbox.url,
      MENTEO_TOKEN: token,
    });

  /** Counted through the API: the thread's post count, and its posts that carry this week's heading. */
  async function count(threadId: string): Promise<{ posts: number; weekly: string[] }> {
    const reader = new Menteo({ token: await freshToken(), baseUrl: sandbox.url, cache: null });
    const thread = await reader.threads.retrieve(threadId);
    const weekly: string[] = [];
    for await (const post of reader.threads.posts.list(threadId, { limit: 100 })) if (post.body.startsWith(heading())) weekly.push(post.id);
    return { posts: thread.counts.posts, weekly };
  }

  before(async () => {
    sandbox = await startSandboxProcess();
    server = new Menteo({ secretKey: sandbox.keys.demoSecret, baseUrl: sandbox.url });
  });
  after(() => sandbox.stop());

  it('posts once, then recognises the week on a second run and on a run with a fresh token', async () => {
    const thread = 'thr_learningtolead';
    const before = await count(thread);
    assert.deepEqual(before.weekly, []);
    const token = await freshToken();

    const first = await run(token, thread);
    assert.equal(first.code, 0, first.stderr);
    const postId = first.stdout.trim();
    assert.match(postId, /^post_/);
    assert.match(first.stderr, /posted \d{4}-W\d\d: http:\/\/127\.0\.0\.1:\d+\/v1\/posts\/post_/);
    assert.match(first.stderr, /readers see it at https:\/\/priya\.dev\/leading/);

    const second = await run(token, thread);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout.trim(), postId);
    assert.match(second.stderr, /already posted/);

    // Next Tuesday's cron run holds a new token: the Idempotency-Key (kept per credential) no
    // longer matches, the week's heading does. Even with another text.
    const third = await run(await freshToken(), thread, 'A different text, the same week.');
    assert.equal(third.code, 0, third.stderr);
    assert.equal(third.stdout.trim(), postId);

    const afterRuns = await count(thread);
    assert.equal(afterRuns.posts, before.posts + 1);
    assert.deepEqual(afterRuns.weekly, [postId]);
    const post = await new Menteo({ token, baseUrl: sandbox.url }).posts.retrieve(postId);
    assert.equal(post.body, `${heading()}\n\nRan my first retro without notes, and it went fine.`);
    assert.equal(post.kind, 'update');
  });

  it('posts once when two runs start at the same moment: the Idempotency-Key replays the first answer', async () => {
    const token = await freshToken();
    const client = new Menteo({ token, baseUrl: sandbox.url });
    const thread = await client.threads.create({ title: 'Weekly notes', visibility: 'public' });

    const runs = await Promise.all([run(token, thread.id), run(token, thread.id), run(token, thread.id)]);
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const ids = new Set(runs.map((r) => r.stdout.trim()));
    assert.equal(ids.size, 1, `three runs reported ${[...ids].join(', ')}`);
    const { posts, weekly } = await count(thread.id);
    assert.equal(posts, 1);
    assert.deepEqual(weekly, [...ids]);
  });

  it("sends the week's Idempotency-Key: with the same token, the API replays the first answer instead of posting", async () => {
    const token = await freshToken();
    const client = new Menteo({ token, baseUrl: sandbox.url });
    const thread = await client.threads.create({ title: 'Replays', visibility: 'private' });
    const first = await run(token, thread.id);
    assert.equal(first.code, 0, first.stderr);
    // Hide the post from the script's look-up: only the key can stop a second post now.
    await client.posts.delete(first.stdout.trim());
    const second = await run(token, thread.id);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout.trim(), first.stdout.trim());
    assert.match(second.stderr, /already posted \(replayed\)/);
    assert.equal((await count(thread.id)).posts, 0);
  });

  it('refuses a thread that is not yours, without posting', async () => {
    const before = await count('thr_learningtolead');
    const r = await run(sandbox.tokens['demo-mentor'], 'thr_learningtolead');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /only its owner may post/);
    assert.equal((await count('thr_learningtolead')).posts, before.posts);

    const missing = await run(await freshToken(), 'thr_doesnotexist');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /404/);
  });

  it('explains a missing, bad or expired token and missing arguments', async () => {
    const none = await runScript('post-weekly-update.ts', ['--thread', 'thr_learningtolead', '--body', 'x'], { MENTEO_BASE_URL: sandbox.url });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /set MENTEO_TOKEN/);
    const bad = await run('ut_notarealtoken', 'thr_learningtolead');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /MENTEO_TOKEN was refused/);
    const noThread = await runScript('post-weekly-update.ts', ['--body', 'x'], { MENTEO_BASE_URL: sandbox.url, MENTEO_TOKEN: 'ut_x' });
    assert.equal(noThread.code, 2);
    assert.match(noThread.stderr, /--thread/);
  });
});
