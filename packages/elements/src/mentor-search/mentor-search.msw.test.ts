// <menteo-mentor-search> in the states the live sandbox cannot produce on demand. Every answer
// is the sandbox's own, replayed through msw (test/msw.ts): held back, asked differently, or
// turned into a failure.
import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, waitForPart } from '../../test/support.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoMentorSearch } from './mentor-search.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');
MenteoMentorSearch.define('menteo-mentor-search');

const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, maxRetries: 0 });

async function search(q?: string): Promise<MenteoMentorSearch> {
  const root = await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
    <menteo-mentor-search q=${q ?? ''}></menteo-mentor-search>
  </menteo-provider>`);
  return root.querySelector('menteo-mentor-search')!;
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('menteo-mentor-card')];
const countText = (el: Element) => part(el, 'count')?.textContent?.trim() ?? '';
const loaded = (el: Element) =>
  waitUntil(() => cards(el).length > 0 && part(el, 'results')!.getAttribute('aria-busy') === 'false', `not loaded: "${textOf(el).slice(0, 200)}"`, {
    timeout: 10_000,
  });

describe('<menteo-mentor-search> with msw', () => {
  let everyone = 0;
  before(async () => {
    everyone = (await client.mentors.search({ limit: 1 })).totalCount;
    expect(everyone).to.be.above(24);
  });
  startMsw();

  it('shows the skeleton while the first page is slow, then the sandbox’s results', async () => {
    const slow = replay('GET', '/v1/mentors', { delayMs: 30_000 });
    use(slow.handler);
    const el = await search();
    await waitUntil(() => slow.count >= 1, 'the search did not ask');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(part(el, 'skeleton'), 'skeleton while pending').to.exist;
    expect(el.shadowRoot!.querySelector('[part~="skeleton"] [role="status"]')!.textContent).to.contain('Loading');
    // The same wait in Spanish: its strings load on demand, then the status speaks Spanish.
    el.lang = 'es';
    await waitUntil(() => textOf(el).includes('Cargando mentores…'), 'no Spanish loading status');
    expect(part(el, 'skeleton')).to.exist;
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el).includes('Loading mentors…'), 'not back in English');
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    slow.release();
    await loaded(el);
    expect(part(el, 'skeleton')).to.be.null;
    expect(countText(el)).to.equal(`${everyone} mentors`);
    await expect(el).to.be.accessible();
  });

  it('keeps the old results, aria-busy, while a new query is slow, then swaps them', async () => {
    const el = await search();
    await loaded(el);
    const before = cards(el).map((c) => c.mentor!.id);
    const slow = replay('GET', '/v1/mentors', { delayMs: 30_000 });
    use(slow.handler);
    el.q = 'platform';
    await waitUntil(() => slow.count >= 1, 'the new query was not asked');
    await waitUntil(() => part(el, 'results')?.getAttribute('aria-busy') === 'true', 'results not busy');
    await new Promise((resolve) => setTimeout(resolve, 400)); // well past any render: still waiting
    expect(part(el, 'results')!.getAttribute('aria-busy')).to.equal('true');
    expect(cards(el).map((c) => c.mentor!.id)).to.deep.equal(before);
    // The old results stay readable while the new ones load (no fading: contrast holds).
    await expect(el).to.be.accessible();
    slow.release();
    const expected = await client.mentors.search({ q: 'platform', limit: 1 });
    await waitUntil(() => countText(el) === `${expected.totalCount} ${expected.totalCount === 1 ? 'mentor' : 'mentors'}`, countText(el));
    expect(part(el, 'results')!.getAttribute('aria-busy')).to.equal('false');
    expect(cards(el)[0]!.mentor!.id).to.equal(expected.data[0]!.id);
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', '/v1/mentors', { status: 503 });
    use(down.handler);
    const el = await search();
    await waitForPart(el, 'error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice first').to.equal(3);
    expect(textOf(el)).to.contain('We couldn’t load mentors.');
    expect(textOf(el)).to.contain(`Request ID: ${down.requestIds.at(-1)}`);
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    await loaded(el);
    expect(part(el, 'error')).to.be.null;
    expect(countText(el)).to.equal(`${everyone} mentors`);
  });

  it('waits out a 429’s Retry-After without an error, then shows the results', async () => {
    const limited = replay('GET', '/v1/mentors', { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    const started = performance.now();
    const el = await search();
    await waitUntil(() => limited.count === 1, 'no 429');
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'error')).to.be.null;
    await loaded(el);
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for the sandbox’s answer to a query that matches nothing', async () => {
    const nothing = await client.mentors.search({ q: 'zzqxnomatch', limit: 1 });
    expect(nothing.totalCount, 'the sandbox must really find nothing').to.equal(0);
    const empty = replay('GET', '/v1/mentors', { ask: (url) => url.searchParams.set('q', 'zzqxnomatch') });
    use(empty.handler);
    const el = await search();
    await waitForPart(el, 'empty');
    expect(empty.count).to.be.at.least(1);
    expect(textOf(el)).to.contain('No mentors match your search.');
    await waitUntil(() => countText(el) === '0 mentors', countText(el));
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
