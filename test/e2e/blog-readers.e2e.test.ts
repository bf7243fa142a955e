// Readers of the static blog example sign in with no backend (issue #12), in Chromium against a
// sandbox process, under the blog's strict CSP: the page's `<meta name="menteo:sign-in"
// content="popup">` makes the roadmap stepper's "Sign in" open the API's hosted popup; after
// consent every element shows the reader signed in (the stepper's progress, the feed's reactions,
// one of which is pressed and stored), and "Sign out" returns them all to signed out. Keyboard
// only on the page, axe-clean in each state, no CSP violation; then once in Spanish (the hosted
// page too), with a popup closed before consent first.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startBlog } from '../../examples/blog/server.js';
import { consentAs, eventually, openBlog, signInFromStepper } from '../support/blog-page.js';
import { press } from '../support/keyboard.js';
import { expectClean } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';

const bundle = fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url));
const threadId = 'thr_learningtolead';

let sandbox: SandboxProcess;
let blog: { origin: string; server: Server };
let browser: Browser;

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '50']);
  blog = await startBlog({ port: 0, apiUrl: sandbox.url, bundle });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  blog?.server.close();
  await sandbox?.stop();
});

/** Every "cheer" on the thread's posts, as the API counts them (what the feed stored). */
async function cheers(): Promise<number> {
  const answer = await fetch(`${sandbox.url}/v1/threads/${threadId}/posts?limit=50`, { headers: { Authorization: `Bearer ${sandbox.keys.demoPublishable}` } });
  const { data } = (await answer.json()) as { data: { reactions: Record<string, number> }[] };
  return data.reduce((sum, post) => sum + (post.reactions.cheer ?? 0), 0);
}

describe('readers of the static blog sign in through the hosted popup (Chromium, strict CSP)', () => {
  it('signs in from the stepper, reacts on the feed (stored), signs out, all by keyboard', async () => {
    const { context, page, errors } = await openBlog(browser, blog.origin, 'en', sandbox.clockOffsetMs);
    const stepper = page.locator('menteo-roadmap-stepper');
    const feed = page.locator('menteo-thread-feed');
    await expectClean(page, errors);

    await consentAs(await signInFromStepper(page), 'Priya Raman');

    // Every element is Priya's now, without a reload: the stepper's progress and account line, the feed's reactions.
    await stepper.locator('[part~="account"]', { hasText: 'Signed in as Priya Raman' }).waitFor();
    await stepper.locator('[part~="progress"]').waitFor();
    assert.equal(await stepper.locator('[part~="sign-in-required"]').count(), 0);
    const cheerButtons = feed.locator('[part~="reaction-cheer"]');
    const pressed = await cheerButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-pressed')));
    const index = pressed.indexOf('false');
    assert.ok(index >= 0, `a post Priya has not cheered (${pressed.join(', ')})`);
    const before = await cheers();
    const cheer = cheerButtons.nth(index);
    await press(page, cheer, 'Enter', { cap: 150 });
    await page.waitForFunction((i) => {
      const buttons = document.querySelector('menteo-thread-feed')!.shadowRoot!.querySelectorAll('[part~="reaction-cheer"]');
      return buttons[i]?.getAttribute('aria-pressed') === 'true';
    }, index);
    await eventually(cheers, before + 1);
    await expectClean(page, errors);

    // Sign out: every element anonymous again; Priya's cheer stays stored.
    await press(page, stepper.locator('[part~="sign-out-button"]'), 'Enter', { cap: 150 });
    await stepper.locator('[part~="sign-in-required"]').waitFor();
    assert.equal(await stepper.locator('[part~="account"]').count(), 0);
    await page.waitForFunction(() =>
      [...document.querySelector('menteo-thread-feed')!.shadowRoot!.querySelectorAll('[part~="reaction-cheer"]')].every(
        (b) => b.getAttribute('aria-pressed') === 'false',
      ),
    );
    assert.equal(await cheers(), before + 1);
    await expectClean(page, errors);
    await context.close();
  });

  it('in Spanish: a popup closed before consent says so politely; then the reader signs in and out', async () => {
    const { context, page, errors } = await openBlog(browser, blog.origin, 'es', sandbox.clockOffsetMs);
    const stepper = page.locator('menteo-roadmap-stepper');
    await stepper.locator('[part~="sign-in-button"]', { hasText: 'Iniciar sesión' }).waitFor();

    const abandoned = await signInFromStepper(page);
    await abandoned.getByRole('heading', { level: 1 }).first().waitFor();
    await abandoned.close();
    await stepper.locator('[part~="sign-in-error"]', { hasText: 'No se completó el inicio de sesión. Puedes intentarlo de nuevo.' }).waitFor();
    await expectClean(page, errors);

    // The hosted page speaks Spanish too (the element asks for its language).
    await consentAs(await signInFromStepper(page), 'Priya Raman', 'es');
    await stepper.locator('[part~="account"]', { hasText: 'Sesión iniciada como Priya Raman' }).waitFor();
    assert.equal(await stepper.locator('[part~="sign-in-error"]').count(), 0);
    await expectClean(page, errors);

    await press(page, stepper.getByRole('button', { name: 'Cerrar sesión' }), 'Enter', { cap: 150 });
    await stepper.locator('[part~="sign-in-required"]').waitFor();
    await context.close();
  });
});
