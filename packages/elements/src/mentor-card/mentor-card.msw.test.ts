// <menteo-mentor-card> in the states the live sandbox cannot produce on demand. Every answer
// is the sandbox's own, replayed through msw (test/msw.ts): held back, or turned into a failure.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { demoMentor, part, sandbox, textOf, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoMentorCard } from './mentor-card.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');

async function card(): Promise<MenteoMentorCard> {
  const root = await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
    <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
  </menteo-provider>`);
  return root.querySelector('menteo-mentor-card')!;
}

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');

describe('<menteo-mentor-card> with msw', () => {
  startMsw();

  it('keeps the skeleton and aria-busy while the answer is slow, then shows the sandbox’s mentor', async () => {
    const slow = replay('GET', '/v1/mentors', { delayMs: 30_000 });
    use(slow.handler);
    const el = await card();
    await waitUntil(() => slow.count === 1, 'the card did not ask');
    await new Promise((resolve) => setTimeout(resolve, 400)); // well past any render: still waiting
    expect(part(el, 'skeleton'), 'skeleton while pending').to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.contain('Loading mentor…');
    // The same wait in Spanish: its strings load on demand, then the status speaks Spanish.
    el.lang = 'es';
    await waitUntil(() => textOf(el).includes('Cargando mentor…'), 'no Spanish loading status');
    expect(part(el, 'skeleton')).to.exist;
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el).includes('Loading mentor…'), 'not back in English');
    await expect(el).to.be.accessible();
    slow.release();
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
    expect(part(el, 'skeleton')).to.be.null;
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', '/v1/mentors', { status: 503 });
    use(down.handler);
    const el = await card();
    await waitForPart(el, 'error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice before giving up').to.equal(3);
    const last = down.requestIds.at(-1)!;
    expect(last).to.match(/^req_/);
    expect(textOf(el)).to.contain('We couldn’t load this mentor.');
    expect(textOf(el)).to.contain(`Request ID: ${last}`);
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('waits out a 429’s Retry-After, still loading, and then shows the mentor without an error', async () => {
    const limited = replay('GET', '/v1/mentors', { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    const started = performance.now();
    const el = await card();
    await waitUntil(() => limited.count === 1, 'no 429');
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    expect(limited.count).to.equal(1);
  });

  it('surfaces a 429 whose Retry-After is too long to wait at once, with its request id', async () => {
    const limited = replay('GET', '/v1/mentors', { status: 429, retryAfter: 3600 });
    use(limited.handler);
    const started = performance.now();
    const el = await card();
    await waitForPart(el, 'error');
    expect(performance.now() - started).to.be.below(3000);
    expect(limited.count, 'no retry for a wait beyond maxRetryAfterMs').to.equal(1);
    expect(textOf(el)).to.contain(`Request ID: ${limited.requestIds[0]}`);
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    expect((await waitForPart(el, 'name')).textContent).to.equal(demoMentor.name);
  });
});
