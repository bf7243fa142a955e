// The hosted page of a thread (its `htmlUrl`, served by the sandbox), in Chromium against a
// sandbox process (#12): axe finds nothing wrong in it, light and dark, wide and narrow, with
// posts and without, and on the "not found" page a private thread gets; nothing is refused by
// its own Content-Security-Policy (no script, one stylesheet allowed by hash).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectClean, recordingContext } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';

let sandbox: SandboxProcess;
let browser: Browser;

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '50']);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
});

/** A thread of the demo mentee's, through the API. */
async function threadOf(body: Record<string, unknown>): Promise<{ id: string; htmlUrl: string }> {
  const answer = await fetch(`${sandbox.url}/v1/threads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.tokens['demo-mentee']}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(answer.status, 201, await answer.clone().text());
  return (await answer.json()) as { id: string; htmlUrl: string };
}

/** Opens `url` in a page of its own and checks it: no CSP violation, no page error, axe-clean. */
async function check(url: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await recordingContext(browser, { width: options.width ?? 1000, height: 800 }, sandbox.clockOffsetMs, {
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectClean(page, errors);
  return page;
}

describe('the hosted thread page (Chromium, axe)', () => {
  it('a seeded thread with its posts: axe-clean light and dark, and at 320 px', async () => {
    const url = `${sandbox.url}/t/thr_learningtolead`;
    const page = await check(url);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Learning to lead: my first year as a tech lead');
    assert.ok((await page.getByRole('article').count()) > 0, 'the posts are shown');
    await page.context().close();
    await (await check(url, { colorScheme: 'dark' })).context().close();
    await (await check(url, { width: 320 })).context().close();
  });

  it('a thread without posts, with its summary and a link to where it was written', async () => {
    const thread = await threadOf({
      title: 'Learning to give talks',
      visibility: 'unlisted',
      summary: 'Notes from a year of meetups.',
      canonicalUrl: 'https://blog.example/talks',
    });
    const page = await check(thread.htmlUrl);
    assert.equal(await page.getByText('No posts yet.').count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Read it where it was written' }).getAttribute('href'), 'https://blog.example/talks');
    await page.context().close();
  });

  it('the page a private thread gets (404): axe-clean too', async () => {
    const thread = await threadOf({ title: 'My private notes', visibility: 'private' });
    const page = await check(thread.htmlUrl);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Thread not found');
    await page.context().close();
  });
});
