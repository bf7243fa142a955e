// The viewer's room state on the cards a search and a need finder show: the same card, so the
// same state, from the same shared rooms store (one request for every card on the page).
import { Menteo, type Room } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoMentor, part, sandbox, tokenFor, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoNeedFinder } from '../need-finder/need-finder.js';
import type { MenteoMentorCard } from './mentor-card.js';

const textIn = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardsIn = (el: Element) => [...el.shadowRoot!.querySelectorAll<MenteoMentorCard>('menteo-mentor-card')];
const roomRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/v1\/rooms\?/.test(entry.name));

let open: Room[];

/** What a card should show for a mentor: the room's state, or the request button. */
const expected = (mentorId: string) => {
  const room = open.find((r) => r.mentor.id === mentorId);
  return !room ? undefined : room.status === 'requested' ? 'Requested · view' : 'Your mentor · open';
};

async function settledCards(el: Element): Promise<MenteoMentorCard[]> {
  await waitUntil(() => cardsIn(el).length > 0, 'no cards');
  const cards = cardsIn(el);
  // Each card settles on its state once the shared rooms list is in.
  await waitUntil(
    () => cards.every((card) => (expected(card.mentor!.id) ? textIn(part(card, 'room-state')) === expected(card.mentor!.id) : part(card, 'request-button'))),
    'cards did not show the viewer’s rooms',
  );
  return cards;
}

describe('<menteo-mentor-card> room state in lists', () => {
  before(async () => {
    const mentee = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
    open = (await mentee.rooms.list({ role: 'mentee', status: ['requested', 'active', 'paused'], limit: 100 })).data;
    expect(open.some((room) => room.mentor.id === demoMentor.id)).to.equal(true);
  });

  it('a running room: "Your mentor · open", a link to the room with room-href, else menteo-room-select', async () => {
    const active = open.find((room) => room.mentor.id === demoMentor.id && room.status === 'active');
    expect(active, 'the demo mentee’s active room with the demo mentor').to.exist;
    const root =
      await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
      <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    const card = root.querySelector<MenteoMentorCard>('menteo-mentor-card')!;
    await waitUntil(() => textIn(part(card, 'room-state')) === 'Your mentor · open', 'no room state', { timeout: 10_000 });
    const button = part<HTMLButtonElement>(card, 'room-link')!;
    expect(button.getAttribute('aria-label')).to.equal(`Open your mentorship room with ${demoMentor.name}`);
    const selected = new Promise<string>((resolve) => card.addEventListener('menteo-room-select', (event) => resolve(event.detail.roomId), { once: true }));
    button.click();
    expect(await selected).to.equal(active!.id);
    card.roomHref = '/mentoring/{roomId}';
    await card.updateComplete;
    expect(part(card, 'room-link')!.getAttribute('href')).to.equal(`/mentoring/${active!.id}`);
    await expect(card).to.be.accessible();
  });

  it('search results: the demo mentor’s card shows the room, the others their button, from one rooms request', async () => {
    performance.clearResourceTimings();
    const root =
      await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
      <menteo-mentor-search q=${demoMentor.name.split(' ')[1]!}></menteo-mentor-search>
    </menteo-provider>`);
    const search = root.querySelector('menteo-mentor-search')!;
    const cards = await settledCards(search);
    const demo = cards.find((card) => card.mentor!.id === demoMentor.id);
    expect(demo, 'the demo mentor is a result').to.exist;
    expect(textIn(part(demo!, 'room-state'))).to.equal(expected(demoMentor.id));
    expect(part(demo!, 'request-button')).to.equal(null);
    expect(roomRequests(), 'one shared rooms request').to.have.length(1);
    await expect(search).to.be.accessible();
  });

  it('need-finder matches: each match shows where the viewer stands with that mentor', async () => {
    const root =
      await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
      <menteo-need-finder></menteo-need-finder>
    </menteo-provider>`);
    const finder = root.querySelector<MenteoNeedFinder>('menteo-need-finder')!;
    await waitForPart(finder, 'continue-button');
    for (const answer of finder.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="leader"]')) answer.click();
    await finder.updateComplete;
    part(finder, 'continue-button')!.click();
    await finder.updateComplete;
    const goals = part<HTMLTextAreaElement>(finder, 'goals')!;
    goals.value = 'I want to lead my first team and make better decisions under pressure.';
    goals.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await finder.updateComplete;
    part(finder, 'submit-button')!.click();
    await waitForPart(finder, 'results');
    const cards = await settledCards(finder);
    const states = cards.map((card) => textIn(part(card, 'room-state')) || 'button');
    expect(
      states.some((state) => state !== 'button'),
      `a match with a room: ${states.join(', ')}`,
    ).to.equal(true);
    expect(states).to.include('button');
    await expect(finder).to.be.accessible();
  });
});
