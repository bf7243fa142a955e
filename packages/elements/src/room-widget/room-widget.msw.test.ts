// <menteo-room-widget> in the states the live sandbox cannot produce on demand. Every answer is
// the sandbox's own, replayed through msw (test/msw.ts): held back, or turned into a failure.
import { Menteo, type Room } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoomWidget } from './room-widget.js';

MenteoProvider.define('menteo-provider');
MenteoRoomWidget.define('menteo-room-widget');

async function widget(roomId: string): Promise<MenteoRoomWidget> {
  // The acme employee's room: its chat and read markers belong to this file alone (the other
  // room-widget tests read the demo mentee's seeded conversation in the same shared sandbox).
  const root =
    await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_acme" base-url=${sandbox.url} .getToken=${() => tokenFor('acme-employee')}>
    <menteo-room-widget room-id=${roomId}></menteo-room-widget>
  </menteo-provider>`);
  return root.querySelector('menteo-room-widget')!;
}

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');
const loaded = async (el: Element) => {
  await waitForPart(el, 'header');
  await waitUntil(() => parts(el, 'message').length > 0, 'chat not loaded', { timeout: 10_000 });
};

/** Types a message in the composer and sends it with Enter. */
async function send(el: Element, text: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

describe('<menteo-room-widget> with msw', () => {
  let mentee: Menteo;
  let room: Room;
  before(async () => {
    mentee = new Menteo({ publishableKey: 'pk_test_acme', baseUrl: sandbox.url, token: await tokenFor('acme-employee'), maxRetries: 0 });
    room = (await mentee.rooms.list({ role: 'mentee', status: ['active'], limit: 100 })).data.find((r) => r.status === 'active')!;
    expect(room, 'the acme employee’s seeded active room').to.exist;
  });
  startMsw();
  afterEach(() => localStorage.clear()); // drafts and outbox entries

  it('keeps the skeleton and aria-busy while the room is slow, then shows it', async () => {
    const slow = replay('GET', '/v1/rooms/:id', { delayMs: 30_000 });
    use(slow.handler);
    const el = await widget(room.id);
    await waitUntil(() => slow.count === 1, 'the room was not asked');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.contain('Loading mentorship room…');
    // The same wait in Spanish: its strings load on demand, then the status speaks Spanish.
    el.lang = 'es';
    await waitUntil(() => textOf(el).includes('Cargando sala de mentoría…'), 'no Spanish loading status');
    expect(part(el, 'skeleton')).to.exist;
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el).includes('Loading mentorship room…'), 'not back in English');
    await expect(el).to.be.accessible();
    slow.release();
    expect((await waitForPart(el, 'name')).textContent).to.equal(room.mentor.name);
    expect(part(el, 'skeleton')).to.be.null;
    expect(busy(el)).to.equal('false');
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', '/v1/rooms/:id', { status: 503 });
    use(down.handler);
    const el = await widget(room.id);
    await waitForPart(el, 'error', 15_000);
    // The SDK retries a 503 twice before giving up (the room may be asked more than once: count at least that).
    expect(down.count).to.be.at.least(3);
    expect(textOf(el)).to.contain('We couldn’t load this mentorship room.');
    expect(down.requestIds, 'the request id shown is one the problem carried').to.include(textOf(el).match(/Request ID: (\S+)/)?.[1]);
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    expect((await waitForPart(el, 'name')).textContent).to.equal(room.mentor.name);
    expect(part(el, 'error')).to.be.null;
  });

  it('waits out a 429’s Retry-After, still loading, then shows the room', async () => {
    const limited = replay('GET', '/v1/rooms/:id', { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    const started = performance.now();
    const el = await widget(room.id);
    await waitUntil(() => limited.count === 1, 'no 429');
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'error')).to.be.null;
    expect((await waitForPart(el, 'name')).textContent).to.equal(room.mentor.name);
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('shows a message as sending while the API is slow, then confirmed by the sandbox', async () => {
    const el = await widget(room.id);
    await loaded(el);
    const slow = replay('POST', '/v1/rooms/:id/messages', { delayMs: 30_000 });
    use(slow.handler);
    const text = `Slow but sure ${Date.now()}`;
    const sent = oneEvent(el, 'menteo-message-sent');
    await send(el, text);
    await waitUntil(() => slow.count === 1, 'not sent');
    const last = () => parts(el, 'message').at(-1)!;
    expect(last().textContent).to.contain(text);
    expect(last().textContent).to.contain('Sending…');
    await expect(el).to.be.accessible();
    slow.release();
    const { detail } = await sent;
    await waitUntil(() => last().dataset.messageId === detail.message.id, 'not confirmed');
    expect(last().textContent).not.to.contain('Sending…');
    expect((await mentee.rooms.messages.list(room.id, { limit: 1 })).data[0]!.body).to.equal(text);
  });

  it('marks a message the server fails (500) as not sent, with the problem’s request id, and sends it on retry', async () => {
    const el = await widget(room.id);
    await loaded(el);
    const failing = replay('POST', '/v1/rooms/:id/messages', { status: 500 });
    use(failing.handler);
    const events: unknown[] = [];
    el.addEventListener('menteo-message-sent', (e) => events.push(e.detail));
    const text = `Lost on the way ${Date.now()}`;
    await send(el, text);
    const failed = await waitForPart(el, 'message-failed', 15_000);
    expect(failed.textContent).to.contain(text);
    expect(failed.textContent).to.contain('Not sent.');
    expect(failed.textContent).to.contain(`Request ID: ${failing.requestIds.at(-1)}`);
    expect(events).to.have.length(0);
    expect((await mentee.rooms.messages.list(room.id, { limit: 1 })).data[0]!.body, 'the sandbox never got it').not.to.equal(text);
    await expect(el).to.be.accessible();
    reset();
    const sent = oneEvent(el, 'menteo-message-sent');
    failed.querySelector<HTMLButtonElement>('[data-message-action="retry"]')!.click();
    expect((await sent).detail.message.body).to.equal(text);
    await waitUntil(() => !part(el, 'message-failed'), 'still marked failed');
    expect((await mentee.rooms.messages.list(room.id, { limit: 1 })).data[0]!.body).to.equal(text);
  });
});
