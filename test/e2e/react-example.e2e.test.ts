// The React example (examples/react: Vite, the `@menteo/react` wrappers) as a person uses it, in
// Chromium against a real sandbox process: the need finder's answer reaches React through
// `onMenteoMatchesReady`; a search typed into the search box, then "Request mentorship" on a
// result, fills the page's "Your pick" panel through `onMenteoRequestMentorship` (a React state
// that sets the panel card's `mentor` property). Axe on the page, a screenshot into
// docs/screenshots/example-react.png.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startReactExample, type ReactExample } from '../../examples/react/server.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';
import { expectClean, recordingContext } from '../support/page-checks.js';

const shots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let sandbox: SandboxProcess;
let browser: Browser;
let app: ReactExample;

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '80']);
  // A production build of the app (Vite), its API URL the sandbox's, served under a strict CSP.
  app = await startReactExample({ port: 0, apiUrl: sandbox.url, publishableKey: sandbox.keys.demoPublishable });
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await sandbox?.stop();
});

describe('react example, as a person uses it', () => {
  it('need finder, then search, then "Request mentorship": the pick panel follows the events props', async () => {
    const context = await recordingContext(browser, { width: 1280, height: 900 }, sandbox.clockOffsetMs);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.origin}/`);

    await page.getByRole('heading', { name: 'Find a mentor', exact: true, level: 1 }).waitFor();
    const panel = page.locator('section.picked');
    await panel.getByText('Nobody yet').waitFor();

    // The need finder: answer the diagnostic (the leader hat), continue with the keyboard, write goals, pick a skill, submit.
    const finder = page.locator('menteo-need-finder');
    for (const answer of await finder.locator('input[type="radio"][value="leader"]').all()) await answer.check();
    await finder.getByRole('button', { name: 'Continue' }).press('Enter');
    await finder.getByLabel('Your goals').pressSequentially('Lead my new team through its first roadmap', { delay: 10 });
    await finder.getByLabel('Leadership').check();
    await finder.getByRole('button', { name: 'Get my growth plan' }).click();
    await finder.getByRole('heading', { name: 'Your growth plan' }).waitFor();
    // …and React heard `menteo-matches-ready` through `onMenteoMatchesReady`.
    await panel.getByText(/The need finder found \d+ mentors? for you\./).waitFor();
    // A ranked match's "Request mentorship" (keyboard) picks that mentor too.
    const match = finder.locator('[part~="match"] menteo-mentor-card', { has: page.locator('[part~="request-button"]:not([disabled])') }).first();
    const matchName = (await match.locator('[part~="name"]').textContent())!.trim();
    await match.locator('[part~="request-button"]').press('Enter');
    await panel.getByText(`You picked ${matchName}.`).waitFor();

    // The search: type like a person (debounced), then ask a mentor who takes requests.
    const search = page.locator('menteo-mentor-search');
    const searched = page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === 'product' && response.ok());
    await search.locator('[part~="search-input"]').pressSequentially('product', { delay: 30 });
    await searched;
    const card = search.locator('menteo-mentor-card', { has: page.locator('[part~="request-button"]:not([disabled])') }).first();
    const button = card.locator('[part~="request-button"]');
    await button.waitFor();
    const mentorName = (await card.locator('[part~="name"]').textContent())!.trim();
    const mentorId = await card.evaluate((element) => (element as HTMLElement & { mentor?: { id: string } }).mentor?.id);
    assert.ok(mentorId);
    await button.click();

    // `onMenteoRequestMentorship` → React state → the panel: its status, and its card with the
    // same mentor set as a property (no second request), focus moved to the panel.
    await panel.getByText(`You picked ${mentorName}.`).waitFor();
    const picked = panel.locator('menteo-mentor-card');
    await picked.locator('[part~="name"]', { hasText: mentorName }).waitFor();
    assert.equal(await picked.getAttribute('mentor-id'), mentorId);
    assert.equal(await picked.evaluate((element) => (element as HTMLElement & { mentor?: { id: string } }).mentor?.id), mentorId);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Your pick');

    // The panel card's own button, by keyboard: signed out, the app says what signing in brings.
    await picked.locator('[part~="request-button"]').press('Enter');
    await panel.getByText(`the card opens its own request dialog for ${mentorName}`).waitFor();

    // The roadmap beside it, read-only with the publishable key.
    await page.locator('menteo-roadmap-stepper').locator('[part~="step"], li').first().waitFor();

    await page.screenshot({ path: `${shots}example-react.png`, fullPage: true });
    await expectClean(page, errors);
    await context.close();
  });
});
