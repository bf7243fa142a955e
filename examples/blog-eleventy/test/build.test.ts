// The blog's build against a sandbox started here: the post's HTML, before any script runs,
// holds the growth thread's title and posts and the roadmap's steps in declarative shadow roots,
// the state the browser's stores start from, and a CSP that admits exactly those shadow roots'
// styles. (In Chromium, with and without JavaScript: test/e2e/ssr-blog.e2e.test.ts.)
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { buildSite } from '../build-site.js';

interface Post {
  id: string;
  body: string;
}

let sandbox: TestSandbox;
let output: string;
let html: string;

before(async () => {
  sandbox = await startSandbox();
  output = await mkdtemp(join(tmpdir(), 'blog-eleventy-'));
  await buildSite({ baseUrl: sandbox.url, publishableKey: 'pk_test_demo' }, output);
  html = await readFile(join(output, 'posts/learning-to-lead/index.html'), 'utf8');
});

after(async () => {
  await sandbox?.close();
  if (output) await rm(output, { recursive: true, force: true });
});

/** What a reader without JavaScript sees: the text, without Lit's markers, tags, styles and data. */
const textOf = (markup: string): string =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the Eleventy blog, built against a sandbox', () => {
  it('has the thread’s title and its five newest posts’ text in declarative shadow DOM', async () => {
    const thread = (await sandbox.request<{ title: string }>('GET', '/v1/threads/thr_learningtolead')).body;
    const posts = (await sandbox.request<{ data: Post[] }>('GET', '/v1/threads/thr_learningtolead/posts')).body.data.slice(0, 5);
    const feed = html.slice(html.indexOf('<menteo-thread-feed'), html.indexOf('</menteo-thread-feed>'));
    assert.match(feed, /^<menteo-thread-feed [^>]*thread-id="thr_learningtolead"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    const text = textOf(feed);
    assert.ok(text.includes(thread.title), 'the title');
    for (const post of posts) {
      assert.ok(feed.includes(`data-post-id="${post.id}"`), post.id);
      const words = post.body
        .split(/[*_`[\]#>\n]/)
        .find((part) => part.trim().length >= 12)!
        .trim();
      assert.ok(text.includes(words), `${post.id}: ${words}`);
    }
    assert.equal((feed.match(/<article/g) ?? []).length, 5, 'limit 5');
  });

  it('has the roadmap’s steps, the mentor’s card, and the state for the browser’s stores beside each element', async () => {
    const roadmap = (await sandbox.request<{ steps: { title: string }[] }>('GET', '/v1/roadmaps/your-first-90-days-as-a-tech-lead')).body;
    const stepper = html.slice(html.indexOf('<menteo-roadmap-stepper'), html.indexOf('</menteo-roadmap-stepper>'));
    assert.match(stepper, /<template shadowroot="open" shadowrootmode="open">/);
    for (const step of roadmap.steps) assert.ok(textOf(stepper).includes(step.title), step.title);
    const card = html.slice(html.indexOf('<menteo-mentor-card'), html.indexOf('</menteo-mentor-card>'));
    assert.match(card, /variant="compact"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(textOf(card).includes('Daniel Okafor'));
    const states = [...html.matchAll(/<script type="application\/json" data-menteo-state>([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json!));
    assert.deepEqual(
      states.map((state) => state.entries.map((entry: { key: string[] }) => entry.key[0])),
      [['mentor'], ['roadmap'], ['thread', 'threadPosts']],
    );
  });

  it('keeps a strict CSP: no inline script, the shadow roots’ styles admitted by hash only, the API to connect to', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, new RegExp(`connect-src ${sandbox.url.replace(/[.]/g, '\\.')};`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
    assert.ok(styles.length >= 2);
    for (const hash of styles) assert.ok(csp.includes(hash), hash);
    assert.doesNotMatch(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/g, ''), /<script(?![^>]*\bsrc=)/, 'no inline script');
  });
});
