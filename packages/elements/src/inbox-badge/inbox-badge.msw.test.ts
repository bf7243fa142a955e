// <menteo-inbox-badge> in the states the live sandbox cannot produce on demand. Every answer is
// the sandbox's own, replayed through msw (test/msw.ts): held back, or turned into a failure.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoInboxBadge } from './inbox-badge.js';

MenteoProvider.define('menteo-provider');
MenteoInboxBadge.define('menteo-inbox-badge');

async function badge(): Promise<MenteoInboxBadge> {
  const root =
    await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentor')}>
    <menteo-inbox-badge href="/inbox"></menteo-inbox-badge>
  </menteo-provider>`);
  return root.querySelector('menteo-inbox-badge')!;
}

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');

describe('<menteo-inbox-badge> with msw', () => {
  startMsw();

  it('keeps the placeholder and aria-busy while the rooms are slow, then shows the count', async () => {
    const slow = replay('GET', '/v1/rooms', { delayMs: 30_000 });
    use(slow.handler);
    const el = await badge();
    await waitUntil(() => slow.count >= 1, 'the rooms were not asked');
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.equal('Loading your inbox…');
    el.lang = 'es';
    await waitUntil(() => textOf(el) === 'Cargando tu bandeja…', 'no Spanish loading status');
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el) === 'Loading your inbox…', 'not back in English');
    await expect(el).to.be.accessible();
    slow.release();
    await waitForPart(el, 'badge');
    expect(part(el, 'skeleton')).to.be.null;
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', '/v1/rooms', { status: 503 });
    use(down.handler);
    const el = await badge();
    const error = await waitForPart(el, 'error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice first').to.be.at.least(3);
    expect(error.textContent).to.contain('We couldn’t load your inbox.');
    // The provider asks for the viewer's rooms too, its attempts recorded beside the badge's: the id
    // shown must be one the API really sent, not necessarily the last.
    const shown = /Request ID: (\S+)/.exec(textOf(el))?.[1];
    expect(down.requestIds).to.include(shown);
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    await waitForPart(el, 'badge');
    expect(part(el, 'error')).to.be.null;
  });

  it('waits out a 429’s Retry-After, still loading, then shows the count', async () => {
    // Two rooms lists go out at once, the badge's and the provider's own (the viewer's rooms, for
    // cards): each first ask gets the 429, whichever comes first (one 429 for both was a race).
    const limited = [
      replay('GET', '/v1/rooms', { status: 429, retryAfter: 1, once: true }),
      replay('GET', '/v1/rooms', { status: 429, retryAfter: 1, once: true }),
    ];
    use(...limited.map((l) => l.handler));
    const started = performance.now();
    const el = await badge();
    await waitUntil(() => limited[0]!.count === 1, 'no 429');
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'error')).to.be.null;
    await waitForPart(el, 'badge');
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    await expect(el).to.be.accessible();
  });
});
