// Found by page: GET /v1/threads?canonicalUrl= matches a page's URL to a thread's
// canonicalUrl (normalized), and every thread's htmlUrl is a hosted, escaped page with a
// strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type ThreadList = components['schemas']['ThreadList'];

let s: TestSandbox;
let owner: string; // demo-mentee
let reader: string; // demo-mentor
const pk = 'pk_test_demo';
const page = `https://blog.example/posts/leading-week-${process.pid}`;

before(async () => {
  s = await startSandbox({ mentors: 50 });
  owner = await s.tokenFor('demo-mentee');
  reader = await s.tokenFor('demo-mentor');
});
after(() => s.close());

async function thread(body: Record<string, unknown>): Promise<Thread> {
  const res = await s.request<Thread>('POST', '/v1/threads', { auth: owner, body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const found = async (canonicalUrl: string, auth = pk) => {
  const res = await s.request<ThreadList>('GET', '/v1/threads', { auth, query: { canonicalUrl } });
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((t) => t.id);
};

describe('threads found by page', () => {
  it('matches the page whatever its scheme, host case, port, query, fragment or trailing slash', async () => {
    const t = await thread({ title: 'Leading, week one', visibility: 'public', canonicalUrl: page });
    await thread({ title: 'Leading, week ten', visibility: 'public', canonicalUrl: `${page}0` });
    for (const url of [
      page,
      `${page}/`,
      `${page.replace('https://blog.example', 'HTTP://Blog.EXAMPLE:80')}?utm_source=feed#comments`,
      `${page.replace('https:', 'http:')}//`,
    ]) {
      assert.deepEqual(await found(url), [t.id], url);
    }
    assert.deepEqual(await found(page.replace('/posts/', '/Posts/')), [], 'the path’s case counts');
    assert.deepEqual(await found('https://blog.example/posts'), [], 'no prefix matching');
    const bad = await s.request('GET', '/v1/threads', { auth: pk, query: { canonicalUrl: 'ftp://blog.example/x' } });
    assert.equal(bad.status, 400);
  });

  it('finds an unlisted thread by its page (never in the plain list); a private one only for its owner', async () => {
    const unlistedPage = `${page}-unlisted`;
    const unlisted = await thread({ title: 'Unlisted but embedded', visibility: 'unlisted', canonicalUrl: unlistedPage });
    assert.deepEqual(await found(unlistedPage), [unlisted.id]);
    assert.deepEqual(await found(unlistedPage, reader), [unlisted.id]);
    const plain = await s.request<ThreadList>('GET', '/v1/threads', { auth: pk, query: { limit: 100 } });
    assert.ok(!plain.body.data.some((t) => t.id === unlisted.id));
    const privatePage = `${page}-private`;
    const secret = await thread({ title: 'Private notes', visibility: 'private', canonicalUrl: privatePage });
    assert.deepEqual(await found(privatePage), []);
    assert.deepEqual(await found(privatePage, reader), []);
    assert.deepEqual(await found(privatePage, owner), [secret.id]);
  });

  it('shows one person’s thread on a page: another person may not name it (409 naming /canonicalUrl, nothing written), its owner may', async () => {
    const claimed = `${page}-claimed`;
    const mine = await thread({ title: 'Week 3, in public', visibility: 'public', canonicalUrl: claimed });
    // The demo mentor (a reader of the blog, with an account) tries to put their thread on the page,
    // by the same page written another way, and then by moving a thread of theirs there.
    const refused = async (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => {
      const res = await s.request<components['schemas']['Problem']>(method, path, { auth: reader, body });
      assert.equal(res.status, 409, res.text);
      assert.equal(res.body.code, 'conflict');
      assert.deepEqual(
        res.body.errors?.map((e) => [e.in, e.pointer]),
        [['body', '/canonicalUrl']],
      );
    };
    const before = (await s.request<ThreadList>('GET', '/v1/threads', { auth: reader, query: { owner: 'usr_demomentor', limit: 100 } })).body.data.length;
    await refused('POST', '/v1/threads', { title: 'My thread now', visibility: 'public', canonicalUrl: `${claimed.replace('https:', 'http:')}/?ref=x` });
    const theirs = (await s.request<Thread>('POST', '/v1/threads', { auth: reader, body: { title: 'Elsewhere', visibility: 'public' } })).body;
    await refused('PATCH', `/v1/threads/${theirs.id}`, { canonicalUrl: claimed });
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${theirs.id}`, { auth: reader })).body.canonicalUrl, null, 'the refused update changed nothing');
    const after = (await s.request<ThreadList>('GET', '/v1/threads', { auth: reader, query: { owner: 'usr_demomentor', limit: 100 } })).body.data.length;
    assert.equal(after, before + 1, 'only the thread without a page was created');
    assert.deepEqual(await found(claimed), [mine.id]);
    // The page's owner may put another thread of theirs there; once none of theirs names it, it is free.
    const second = await thread({ title: 'Week 4, in public', visibility: 'public', canonicalUrl: claimed });
    for (const id of [mine.id, second.id]) {
      assert.equal((await s.request('PATCH', `/v1/threads/${id}`, { auth: owner, body: { canonicalUrl: null } })).status, 200);
    }
    const moved = await s.request<Thread>('PATCH', `/v1/threads/${theirs.id}`, { auth: reader, body: { canonicalUrl: claimed } });
    assert.equal(moved.status, 200, moved.text);
  });
});

describe('hosted thread page', () => {
  it('every thread has an htmlUrl on the API’s host; its page is escaped, accessible text under a strict CSP', async () => {
    const t = await thread({
      title: '<script>alert(1)</script> & "friends"',
      summary: 'Notes <img src=x onerror=alert(2)>',
      visibility: 'public',
      canonicalUrl: `${page}-page`,
    });
    assert.equal(t.htmlUrl, `${new URL(s.url).origin}/t/${t.id}`);
    const post = await s.request('POST', `/v1/threads/${t.id}/posts`, { auth: owner, body: { kind: 'milestone', body: 'First **win**.\n\n<b>bold?</b>' } });
    assert.equal(post.status, 201, post.text);
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${t.id}`, { auth: pk })).body.htmlUrl, t.htmlUrl);

    const res = await fetch(t.htmlUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type') ?? '', /^text\/html/);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|script-src/);
    const html = await res.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), 'the one stylesheet is allowed by its hash');
    assert.match(html, /^<!doctype html><html lang="en">/);
    assert.ok(html.includes('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;</h1>'));
    assert.ok(html.includes('Notes &lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(html.includes('<p>&lt;b&gt;bold?&lt;/b&gt;</p>'));
    assert.ok(!/<script|<img|<b>/.test(html), 'no markup from the thread’s text');
    assert.ok(html.includes(`<link rel="canonical" href="${page}-page">`));
  });

  it('answers 404 for a private thread’s page and an unknown id', async () => {
    const secret = await thread({ title: 'Only mine', visibility: 'private' });
    for (const url of [secret.htmlUrl, `${new URL(s.url).origin}/t/thr_doesnotexist`]) {
      const res = await fetch(url);
      assert.equal(res.status, 404, url);
      assert.ok(!(await res.text()).includes('Only mine'));
    }
  });
});
