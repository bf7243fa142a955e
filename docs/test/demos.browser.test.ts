// The live demos as a reader meets them: the built site served by a plain static file server
// (no API anywhere), opened in Chromium. Each element page's demo must render the data the
// sandbox answered at build time, replayed by the Mock Service Worker, with no request left
// unanswered and none reaching the network.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/playwright.mjs';
import { demoIds } from '../scripts/capture.js';
import { demos } from '../scripts/build.js';
import { elementsOf, readManifest } from '../scripts/manifest.js';
import type { DemoData } from '../src/replay.js';
import { builtSite } from './support/built-site.js';
import { serveStatic } from '../scripts/static-server.js';

// Injected as source text: functions passed to `page.evaluate` must not define named helpers
// (tsx's transform adds a `__name` call the page does not have).
const deepTextSource = `window.menteoDeepText = (selector) => {
  const text = (node) => node.nodeType === Node.TEXT_NODE ? node.textContent : (node.shadowRoot ? text(node.shadowRoot) : '') + [...node.childNodes].map(text).join(' ');
  const root = document.querySelector(selector);
  return root ? text(root).replace(/\\s+/g, ' ') : '';
};`;

declare global {
  interface Window {
    /** All text under the first match of `selector`, shadow roots included. */
    menteoDeepText(selector: string): string;
    /** Writes the replay refused as read-only (demo.ts). */
    menteoDemoRefused?: string[];
  }
}

const deepText = (page: Page, selector: string): Promise<string> => page.evaluate((s) => window.menteoDeepText(s), selector);

describe('live demos on a static server', () => {
  let site: Awaited<ReturnType<typeof builtSite>>;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let data: DemoData;
  const tags = new Set(elementsOf(readManifest()).map((e) => e.tagName));

  /** The body of a recorded answer, parsed. */
  const recorded = <T>(key: string): T => {
    const answer = data.answers.find((a) => a.key === key);
    assert.ok(answer, `no recorded answer for ${key}`);
    return JSON.parse(answer.body) as T;
  };

  before(async () => {
    site = await builtSite();
    data = JSON.parse(readFileSync(join(site.dir, 'demo-data.json'), 'utf8')) as DemoData;
    server = await serveStatic(site.dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  /** Opens a page, waits for the worker and the bundle, and collects what reached the network for the demo API. */
  async function open(
    path: string,
    { timezoneId, now }: { timezoneId?: string; now?: number } = {},
  ): Promise<{ page: Page; network: string[]; errors: string[]; asked: string[] }> {
    const page = await browser.newPage(timezoneId ? { timezoneId } : {});
    if (now !== undefined) await page.clock.setFixedTime(now);
    await page.addInitScript({ content: deepTextSource });
    const network: string[] = [];
    const errors: string[] = [];
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(data.baseUrl)) asked.push(`${request.method()} ${request.url()}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Every answer for the demo API must come from the service worker; anything else escaped it.
    page.on('response', (response) => {
      if (response.url().startsWith(data.baseUrl) && !response.fromServiceWorker()) network.push(response.url());
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(data.baseUrl)) network.push(`failed: ${request.url()}`);
    });
    await page.goto(`${server.origin}/${path}`);
    if (await page.locator('script[src$="assets/demo.js"]').count()) {
      await page.waitForFunction(() => window.menteoDemoReady !== undefined);
      await page.evaluate(() => window.menteoDemoReady);
    }
    return { page, network, errors, asked };
  }

  it('renders the mentor card from the replayed sandbox answer', async () => {
    const {
      data: [mentor],
    } = recorded<{ data: { name: string; title: string }[] }>(`GET /v1/mentors?ids=${demoIds.mentor}&limit=1`);
    assert.ok(mentor);
    const { page, network, errors } = await open('elements/menteo-mentor-card.html');
    await page.waitForFunction((name) => document.querySelector('.demo menteo-mentor-card')?.shadowRoot?.textContent?.includes(name), mentor.name, {
      timeout: 15_000,
    });
    const text = await deepText(page, '.demo');
    assert.ok(text.includes(mentor.title), `the card shows the recorded title: ${text.slice(0, 300)}`);
    assert.deepEqual(await page.evaluate(() => window.menteoDemoMisses), []);
    assert.deepEqual(network, [], 'no demo request reached the network');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('applies a token typed into the theming guide’s live table to its demo card', async () => {
    const { page } = await open('guides/theming.html');
    await page.waitForFunction(() => document.querySelector('#token-target')?.shadowRoot?.querySelector('[part~="base"]'), undefined, { timeout: 15_000 });
    const row = page.locator('tr[data-token="--menteo-color-primary"]');
    // The card follows the site's theme (`<meta name="menteo:theme" content="auto">`): light here, so the light tokens.
    await page.waitForFunction(() => document.querySelector('tr[data-token="--menteo-color-primary"] output')?.textContent === '#4338ca');
    await row.locator('input').fill('rgb(15, 118, 110)');
    assert.equal(await row.locator('output').textContent(), 'rgb(15, 118, 110)');
    const button = await page.evaluate(() => {
      const card = document.querySelector('#token-target')!;
      // The request button (the name is a button too now: it opens the profile).
      const el = card.shadowRoot!.querySelector('[part~="request-button"]');
      return el ? getComputedStyle(el).backgroundColor : undefined;
    });
    assert.equal(button, 'rgb(15, 118, 110)', 'the card’s primary button takes the typed value');
    await page.selectOption('#token-theme', 'dark');
    assert.equal(await page.locator('tr[data-token="--menteo-color-surface"] output').textContent(), '#1f1f24');
    await page.close();
  });

  // What each demo must show, from the recorded answers (the need finder starts with its questions).
  const expectations: Record<string, () => string | undefined> = {
    'menteo-mentor-card': () => recorded<{ data: { name: string }[] }>(`GET /v1/mentors?ids=${demoIds.mentor}&limit=1`).data[0]?.name,
    'menteo-provider': () => recorded<{ data: { name: string }[] }>(`GET /v1/mentors?ids=${demoIds.mentor}&limit=1`).data[0]?.name,
    'menteo-mentor-search': () =>
      recorded<{ data: { name: string }[] }>(data.answers.find((a) => /^GET \/v1\/mentors\?facets=[^&]+&limit=\d+$/.test(a.key))!.key).data[0]?.name,
    'menteo-roadmap-stepper': () => recorded<{ title: string }>(`GET /v1/roadmaps/${demoIds.roadmap}`).title,
    'menteo-thread-feed': () => recorded<{ title: string }>(`GET /v1/threads/${demoIds.thread}`).title,
    'menteo-need-finder': () => undefined,
    'menteo-room-widget': () => recordedRoom().mentor.name,
  };

  /** The room the room widget demo shows, as recorded (its page names it; there is one). */
  type RecordedRoom = { id: string; status: string; viewerRole: string; mentor: { id: string; name: string }; mentee: { name: string } };
  const recordedRoom = (): RecordedRoom => {
    const rooms = data.answers.filter((a) => /^GET \/v1\/rooms\/room_[^/?]+$/.test(a.key));
    assert.equal(rooms.length, 1, rooms.map((a) => a.key).join());
    return JSON.parse(rooms[0]!.body) as RecordedRoom;
  };

  /** A query on the room widget's shadow root (playwright's CSS pierces it). */
  const widget = (page: Page, selector: string) => page.locator(`.demo menteo-room-widget ${selector}`);

  it('signs the room widget demo in with its made-up token and shows the recorded room', async () => {
    const room = recordedRoom();
    assert.deepEqual([room.status, room.viewerRole], ['active', 'mentee']);
    const { page, network, errors } = await open('elements/menteo-room-widget.html');
    assert.equal(await page.locator('.demo menteo-room-widget').getAttribute('room-id'), room.id);
    assert.equal(await page.evaluate(() => (document.querySelector('.demo menteo-provider') as HTMLElement & { token?: string }).token), 'demo-token');
    // The other person (her mentor) and the room's status, from the recorded answer.
    await widget(page, '[part~="name"]').waitFor({ timeout: 15_000 });
    assert.equal((await widget(page, '[part~="name"]').textContent())?.trim(), room.mentor.name);
    assert.match((await widget(page, '[part~="status"]').textContent()) ?? '', /Active/);
    assert.equal(await widget(page, '[part~="status-active"]').count(), 1);
    // The plan and the conversation came in too: goals, the next session, messages.
    await widget(page, '[part~="goal-item"]').first().waitFor();
    await widget(page, '[part~="message"]').first().waitFor();
    assert.ok((await widget(page, '[part~="session"]').count()) >= 1, 'the upcoming session');
    assert.equal(await widget(page, '[part~="sign-in"]').count(), 0);
    // "Show earlier messages" pages back through the recorded pages.
    const before = await widget(page, '[part~="message"]').count();
    await widget(page, 'button.earlier').click();
    await page.waitForFunction(
      (n) => (document.querySelector('.demo menteo-room-widget')?.shadowRoot?.querySelectorAll('[part~="message"]').length ?? 0) > n,
      before,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.menteoDemoMisses), [], 'requests the replay had no answer for');
    assert.deepEqual(network, [], 'no demo request reached the network');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('replays the recorded room on a later day and in another time zone', async () => {
    // The widget asks for sessions from an hour ago and open times for the next two weeks in
    // the reader's zone: other values than at build time, which the replay matches by name.
    const room = recordedRoom();
    const later = Date.now() + 2 * 86_400_000 + 5 * 3_600_000;
    const { page, network, errors, asked } = await open('elements/menteo-room-widget.html', { timezoneId: 'Pacific/Auckland', now: later });
    await widget(page, '[part~="name"]').waitFor({ timeout: 15_000 });
    await widget(page, '[part~="goal-item"]').first().waitFor();
    await widget(page, '[part~="book-button"]').click();
    await widget(page, '[part~="slot"]').first().waitFor({ timeout: 10_000 });
    assert.match((await widget(page, '[part~="booking"]').textContent()) ?? '', /Pacific\/Auckland|New Zealand/);
    const slots = asked.find((r) => r.includes(`/v1/mentors/${room.mentor.id}/slots?`));
    assert.ok(slots, asked.join('\n'));
    const query = new URL(slots.slice(slots.indexOf(' ') + 1)).searchParams;
    assert.equal(query.get('timeZone'), 'Pacific/Auckland');
    assert.ok(Date.parse(query.get('start')!) >= later, 'the widget asked from the (later) time of the page');
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.menteoDemoMisses), [], 'requests the replay had no answer for');
    assert.deepEqual(network, [], 'no demo request reached the network');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('refuses the room widget demo’s writes as read-only, shown by the widget’s own error states', async () => {
    const room = recordedRoom();
    const { page, network, errors } = await open('elements/menteo-room-widget.html');
    await widget(page, '[part~="message"]').first().waitFor({ timeout: 15_000 });
    // A message: the replay refuses it; the widget keeps the words, says "Not sent." with the request id.
    await widget(page, '#composer').fill('Thanks, see you Tuesday!');
    await widget(page, '[part~="send-button"]').click();
    const failed = widget(page, '[part~="message-failed"]');
    await failed.waitFor({ timeout: 10_000 });
    assert.match((await failed.textContent()) ?? '', /Thanks, see you Tuesday![\s\S]*Not sent\.[\s\S]*req_docsdemo_readonly/);
    // Booking: the recorded open times show (in the reader's zone); booking one is refused.
    await widget(page, '[part~="book-button"]').click();
    await widget(page, '[part~="slot"] input').first().waitFor({ timeout: 10_000 });
    await widget(page, '[part~="slot"] input').first().check();
    await widget(page, '[part~="book-submit"]').click();
    const notice = widget(page, '[part~="booking"] [role="alert"]');
    await notice.waitFor({ timeout: 10_000 });
    assert.match((await notice.textContent()) ?? '', /couldn’t book the session[\s\S]*req_docsdemo_readonly/);
    // Nothing crashed, nothing went unanswered: every write was refused on purpose.
    assert.equal((await widget(page, '[part~="name"]').textContent())?.trim(), room.mentor.name);
    const refused = (await page.evaluate(() => window.menteoDemoRefused)) ?? [];
    assert.ok(refused.includes(`POST /v1/rooms/${room.id}/messages`), refused.join());
    assert.ok(refused.includes(`POST /v1/rooms/${room.id}/sessions`), refused.join());
    assert.deepEqual(await page.evaluate(() => window.menteoDemoMisses), [], 'requests the replay had no answer for');
    assert.deepEqual(network, [], 'no demo request reached the network');
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const tag of Object.keys(demos)) {
    it(`runs the <${tag}> demo with every request answered by the replay`, async (t) => {
      if (!tags.has(tag)) return t.skip(`<${tag}> is not in the manifest yet`);
      const { page, network, errors } = await open(`elements/${tag}.html`);
      assert.ok(await page.evaluate((tag) => !!customElements.get(tag), tag), `the embed bundle does not define <${tag}>: rebuild @menteo/elements`);
      const expected = expectations[tag]?.();
      if (expected) {
        await page
          .waitForFunction((text) => window.menteoDeepText('.demo').includes(text), expected, { timeout: 15_000 })
          .catch(async () => assert.fail(`<${tag}> never showed "${expected}": ${(await deepText(page, '.demo')).slice(0, 400)}`));
      } else {
        await page.waitForFunction((tag) => (document.querySelector(`.demo ${tag}`)?.shadowRoot?.textContent ?? '').trim().length > 0, tag);
      }
      await page.waitForTimeout(300); // let follow-up requests (live updates, next pages) start
      assert.deepEqual(await page.evaluate(() => window.menteoDemoMisses), [], 'requests the replay had no answer for');
      assert.deepEqual(network, [], 'no demo request reached the network');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  // The docs practise what the accessibility statement preaches: axe on the layout, a guide with
  // tables and a live demo, and a generated element page.
  for (const path of ['index.html', 'guides/theming.html', 'elements/menteo-mentor-card.html', 'elements/menteo-room-widget.html', 'guides/auth.html']) {
    it(`has no axe violations on ${path}`, async () => {
      const { page } = await open(path);
      await page.waitForTimeout(1000); // let the demos render
      // The room widget: its room, plan and messages (not the skeleton) are what is checked.
      if (path.endsWith('menteo-room-widget.html')) await widget(page, '[part~="message"]').first().waitFor({ timeout: 15_000 });
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const { violations } = await axe.run(document);
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      await page.close();
    });
  }
});
