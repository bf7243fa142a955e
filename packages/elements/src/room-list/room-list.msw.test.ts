// <menteo-room-list> in the states the live sandbox cannot produce on demand. Every answer is
// the sandbox's own, replayed through msw (test/msw.ts): held back, or turned into a failure.
import { Menteo, type Room } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoomList } from './room-list.js';

MenteoProvider.define('menteo-provider');
MenteoRoomList.define('menteo-room-list');

async function list(filter = 'all'): Promise<MenteoRoomList> {
  const root =
    await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentor')}>
    <menteo-room-list filter=${filter}></menteo-room-list>
  </menteo-provider>`);
  return root.querySelector('menteo-room-list')!;
}

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');

describe('<menteo-room-list> with msw', () => {
  let rooms: Room[];
  before(async () => {
    const mentor = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentor'), maxRetries: 0 });
    rooms = (await mentor.rooms.list({ limit: 50 })).data;
  });
  startMsw();

  it('keeps the skeleton and aria-busy while the rooms are slow, then shows them', async () => {
    const slow = replay('GET', '/v1/rooms', { delayMs: 30_000 });
    use(slow.handler);
    const el = await list();
    await waitUntil(() => slow.count >= 1, 'the rooms were not asked');
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.contain('Loading your rooms…');
    el.lang = 'es';
    await waitUntil(() => textOf(el).includes('Cargando tus salas…'), 'no Spanish loading status');
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el).includes('Loading your rooms…'), 'not back in English');
    await expect(el).to.be.accessible();
    slow.release();
    await waitForPart(el, 'room');
    expect(part(el, 'skeleton')).to.be.null;
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', '/v1/rooms', { status: 503 });
    use(down.handler);
    const el = await list();
    const error = await waitForPart(el, 'error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice first').to.be.at.least(3);
    expect(error.textContent).to.contain('We couldn’t load your rooms.');
    // Two lists ask (the requests and the rooms), each failing after its retries: the id shown is
    // one the API really sent, whichever list failed last.
    const shown = /Request ID: (\S+)/.exec(textOf(el))?.[1];
    expect(down.requestIds).to.include(shown);
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
    reset();
    const retried = new Promise((resolve) => el.addEventListener('menteo-retry', resolve, { once: true }));
    part(el, 'retry-button')!.click();
    await retried;
    await waitForPart(el, 'room');
    expect(part(el, 'error')).to.be.null;
  });

  it('waits out a 429’s Retry-After, still loading, then shows the rooms', async () => {
    // Two rooms lists go out at once, the room list's and the provider's own (the viewer's rooms,
    // for cards): each first ask gets the 429, whichever comes first (one 429 for both was a race).
    const limited = [
      replay('GET', '/v1/rooms', { status: 429, retryAfter: 1, once: true }),
      replay('GET', '/v1/rooms', { status: 429, retryAfter: 1, once: true }),
    ];
    use(...limited.map((l) => l.handler));
    const started = performance.now();
    const el = await list('ended');
    await waitUntil(() => limited[0]!.count === 1, 'no 429');
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'error')).to.be.null;
    await waitForPart(el, 'room');
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    await expect(el).to.be.accessible();
  });

  it('shows an answer the API fails (500), with its request id, and keeps the request', async () => {
    const request = rooms.find((r) => r.status === 'requested')!;
    const refused = replay('POST', '/v1/rooms/:id/accept', { status: 500 });
    use(refused.handler);
    const el = await list('requests');
    await waitUntil(() => el.shadowRoot!.querySelector(`[data-room-id="${request.id}"]`), 'request not shown');
    const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[data-room-id="${request.id}"]`)!;
    row().querySelector<HTMLElement>('[part~="accept-button"]')!.click();
    const error = await waitForPart(el, 'action-error', 15_000);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('We couldn’t answer this request.');
    expect(error.textContent).to.contain(`Request ID: ${refused.requestIds.at(-1)}`);
    expect(row().querySelector('[part~="accept-button"]')!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });
});
