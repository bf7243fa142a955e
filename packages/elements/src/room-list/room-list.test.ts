import { Menteo, type Room } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoMentor, part, type Person, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoomList } from './room-list.js';

MenteoProvider.define('menteo-provider');
MenteoRoomList.define('menteo-room-list');

const keyOf = (person: Person) => (person === 'acme-employee' ? 'pk_test_acme' : 'pk_test_demo');
const clientFor = async (person: Person) => new Menteo({ publishableKey: keyOf(person), baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });

interface Options {
  person?: Person;
  attrs?: Partial<Record<'viewer-role' | 'filter' | 'room-href' | 'heading-level', string>>;
  lang?: string;
  dir?: string;
}

async function list({ person, attrs = {}, lang = 'en', dir = 'ltr' }: Options = {}): Promise<MenteoRoomList> {
  const getToken = person ? () => tokenFor(person) : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <menteo-provider publishable-key=${keyOf(person ?? 'demo-mentee')} base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-room-list></menteo-room-list>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-room-list')!;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const rowsIn = (el: Element, section: 'requests' | 'rooms') => [...(part(el, section)?.querySelectorAll<HTMLElement>('[part~="room"]') ?? [])];
const idsIn = (el: Element, section: 'requests' | 'rooms') => rowsIn(el, section).map((row) => row.dataset.roomId);
const row = (el: Element, roomId: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-room-id="${roomId}"]`);
const textIn = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const loaded = async (el: Element) => {
  await waitForPart(el, 'title');
  await waitUntil(() => part(el, 'room') || part(el, 'empty'), 'no rooms shown');
};

/** Presses Tab until `target` has the focus (at most `max` times): keyboard only, as a person would. */
async function tabTo(el: Element, target: () => Element | null, max = 40): Promise<void> {
  for (let i = 0; i < max && focused(el) !== target(); i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), 'not reached by Tab').to.equal(target());
}

describe('<menteo-room-list>', () => {
  let mentor: Menteo;
  let acme: Menteo;
  let mentorRooms: Room[];

  before(async () => {
    mentor = await clientFor('demo-mentor');
    acme = await clientFor('acme-employee');
    mentorRooms = (await mentor.rooms.list({ limit: 50 })).data;
    expect(mentorRooms.some((r) => r.status === 'requested')).to.equal(true);
  });

  /** Ends a room this file made, from whichever state a failed test left it in, so later files start clean. */
  const endRoom = async (roomId: string) => {
    const { status } = await mentor.rooms.retrieve(roomId);
    if (status === 'requested') await mentor.rooms.decline(roomId, { reason: 'Test over' });
    else if (status === 'active' || status === 'paused') await mentor.rooms.close(roomId, { reason: 'Test over' });
  };

  it('shows the mentor the requests waiting for them first, then every room in inbox order', async () => {
    const el = await list({ person: 'demo-mentor' });
    await loaded(el);
    const waiting = mentorRooms.filter((r) => r.status === 'requested' && r.viewerRole === 'mentor');
    const others = mentorRooms.filter((r) => !waiting.includes(r));
    await waitUntil(() => idsIn(el, 'requests').length === waiting.length, 'requests not shown');
    // The API's order (newest activity first) in each section; every request once.
    expect(idsIn(el, 'requests')).to.deep.equal(waiting.map((r) => r.id));
    expect(idsIn(el, 'rooms')).to.deep.equal(others.map((r) => r.id));
    expect(textIn(part(el, 'title'))).to.equal('Your mentorship rooms');
    const first = row(el, waiting[0]!.id)!;
    expect(textIn(first.querySelector('[part~="open"]'))).to.equal(waiting[0]!.mentee.name);
    expect(textIn(first)).to.contain('Your mentee');
    // Status by icon and text, never colour alone.
    expect(textIn(first.querySelector('[part~="status"]'))).to.equal('Status: ◔ Requested');
    expect(textIn(first.querySelector('[part~="actions"]'))).to.equal('Accept Decline');
    expect(first.querySelector('[part~="actions"]')!.getAttribute('aria-label')).to.equal(`Request from ${waiting[0]!.mentee.name}`);
    // Unread counts, said in words to a screen reader.
    const unread = mentorRooms.find((r) => r.unreadCount > 0)!;
    expect(textIn(row(el, unread.id)!.querySelector('[part~="unread"] .visually-hidden'))).to.equal(
      `${unread.unreadCount} unread ${unread.unreadCount === 1 ? 'message' : 'messages'}`,
    );
    expect(row(el, unread.id)!.getAttribute('part')).to.contain('room-unread');
    // The last message's time, and the next session where there is one.
    const withSession = mentorRooms.find((r) => r.nextSession)!;
    const time = row(el, withSession.id)!.querySelector('[part~="next-session"] time')!;
    expect(time.getAttribute('datetime')).to.equal(withSession.nextSession!.startsAt);
    expect(row(el, withSession.id)!.querySelector('[part~="last-message"] time')!.getAttribute('datetime')).to.equal(withSession.lastMessageAt);
    // Ended rooms carry no answer buttons.
    const ended = mentorRooms.find((r) => r.status === 'completed')!;
    expect(textIn(row(el, ended.id)!.querySelector('[part~="status"]'))).to.equal('Status: ✓ Completed');
    expect(row(el, ended.id)!.querySelector('[part~="actions"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('filters by status group with the keyboard, and by the viewer’s side', async () => {
    const el = await list({ person: 'demo-mentor' });
    await loaded(el);
    await tabTo(el, () => part(el, 'filter-ended'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.filter === 'ended' && idsIn(el, 'rooms').length > 0 && !part(el, 'requests'), 'not filtered');
    const ended = mentorRooms.filter((r) => ['declined', 'withdrawn', 'expired', 'completed', 'closed_early'].includes(r.status));
    await waitUntil(() => idsIn(el, 'rooms').join() === ended.map((r) => r.id).join(), 'ended rooms not shown');
    expect(part(el, 'filter-ended')!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'filter-all')!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('filter')).to.equal('ended');
    await expect(el).to.be.accessible();

    await tabTo(el, () => part(el, 'filter-active'));
    await sendKeys({ press: 'Space' });
    const active = mentorRooms.filter((r) => r.status === 'active' || r.status === 'paused');
    await waitUntil(() => idsIn(el, 'rooms').join() === active.map((r) => r.id).join(), 'active rooms not shown');
    // Back and forth: the rooms that left the list left nothing behind (lit/lit#5010: a marker each).
    const nodes = () => part(el, 'rooms')!.childNodes.length;
    const activeNodes = nodes();
    el.filter = 'ended';
    await waitUntil(() => idsIn(el, 'rooms').join() === ended.map((r) => r.id).join(), 'ended rooms not shown again');
    el.filter = 'active';
    await waitUntil(() => idsIn(el, 'rooms').join() === active.map((r) => r.id).join(), 'active rooms not shown again');
    expect(nodes()).to.equal(activeNodes);

    // A mentor's "Requests" filter is the requests waiting for them, with nothing after.
    el.filter = 'requests';
    const waiting = mentorRooms.filter((r) => r.status === 'requested');
    await waitUntil(() => idsIn(el, 'requests').join() === waiting.map((r) => r.id).join() && !part(el, 'rooms'), 'requests not shown');
    await expect(el).to.be.accessible();

    // As a mentee, the same person (the demo mentor mentors only): nothing, and it says so.
    el.filter = 'all';
    el.viewerRole = 'mentee';
    const empty = await waitForPart(el, 'empty');
    expect(textIn(empty)).to.contain('No rooms here yet.');
    expect(part(el, 'requests')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a mentee their mentors, with their requests among the rooms and no answer buttons', async () => {
    const mentee = await clientFor('demo-mentee');
    const mine = (await mentee.rooms.list({ limit: 50 })).data;
    const el = await list({ person: 'demo-mentee', attrs: { 'viewer-role': 'mentee', 'heading-level': '3' } });
    await loaded(el);
    await waitUntil(() => idsIn(el, 'rooms').length === mine.length, 'rooms not shown');
    expect(idsIn(el, 'rooms')).to.deep.equal(mine.map((r) => r.id));
    expect(part(el, 'requests')).to.be.null;
    expect(parts(el, 'actions')).to.have.length(0);
    const flagship = row(el, mine.find((r) => r.mentor.id === demoMentor.id && r.status === 'active')!.id)!;
    expect(textIn(flagship.querySelector('[part~="open"]'))).to.equal(demoMentor.name);
    expect(textIn(flagship)).to.contain('Your mentor');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('fires menteo-room-select from the keyboard, and is a link with room-href', async () => {
    const el = await list({ person: 'demo-mentor' });
    await loaded(el);
    const [first] = mentorRooms;
    const open = () => row(el, first!.id)!.querySelector<HTMLElement>('[part~="open"]');
    expect(open()!.localName).to.equal('button');
    await tabTo(el, open);
    const picked = oneEvent(el, 'menteo-room-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ roomId: first!.id });

    el.roomHref = '/rooms/{roomId}?tab=chat';
    await waitUntil(() => open()?.localName === 'a', 'no link');
    expect(open()!.getAttribute('href')).to.equal(`/rooms/${first!.id}?tab=chat`);
    // The test page stays where it is: the page would follow the link.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      open()!.focus();
      const followed = oneEvent(el, 'menteo-room-select');
      await sendKeys({ press: 'Enter' });
      expect((await followed).detail).to.deep.equal({ roomId: first!.id });
    } finally {
      document.removeEventListener('click', stay);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the inbox live: a new request comes first, answers by keyboard, and a message moves a room to the top with its unread count', async () => {
    const el = await list({ person: 'demo-mentor' });
    await loaded(el);
    const cleanup: (() => Promise<unknown>)[] = [];
    const request = () => acme.rooms.create({ mentorId: demoMentor.id, goal: 'Lead a platform team through a re-org', cadence: 'monthly', termWeeks: 8 });
    try {
      // room.requested reaches the mentor's open list.
      const first = await request();
      cleanup.push(() => endRoom(first.id));
      await waitUntil(() => idsIn(el, 'requests')[0] === first.id, 'the new request did not come first', { timeout: 10_000 });
      const decline = () => row(el, first.id)?.querySelector<HTMLElement>('[part~="decline-button"]') ?? null;
      await tabTo(el, decline, 60);
      const events: unknown[] = [];
      el.addEventListener('menteo-room-action', (event) => events.push(event.detail));
      // Decline asks first, inline, with "Keep" focused; Escape keeps the request.
      await sendKeys({ press: 'Enter' });
      const keep = () => row(el, first.id)?.querySelector<HTMLElement>('[part~="keep-button"]') ?? null;
      await waitUntil(() => keep() && focused(el) === keep(), 'no question, or Keep not focused');
      expect(textIn(row(el, first.id)!.querySelector('[part~="confirm"]'))).to.contain('Decline Sam Lindqvist’s request?');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !keep() && focused(el) === decline(), 'Escape did not keep the request');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el) === keep(), 'no question the second time');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.getAttribute('part')).to.contain('confirm-decline');
      expect(events, 'nothing answered before the confirmation').to.have.length(0);
      const declined = oneEvent(el, 'menteo-room-action');
      await sendKeys({ press: 'Enter' });
      expect((await declined).detail).to.deep.equal({ roomId: first.id, action: 'decline', status: 'declined' });
      await waitUntil(() => !idsIn(el, 'requests').includes(first.id), 'the declined request stayed');
      await waitUntil(() => focused(el) === part(el, 'title'), 'focus lost with the answered request');

      const second = await request();
      cleanup.push(() => endRoom(second.id));
      await waitUntil(() => idsIn(el, 'requests')[0] === second.id, 'the second request did not come', { timeout: 10_000 });
      row(el, second.id)!.querySelector<HTMLElement>('[part~="accept-button"]')!.focus();
      const accepted = oneEvent(el, 'menteo-room-action');
      await sendKeys({ press: 'Space' });
      expect((await accepted).detail).to.deep.equal({ roomId: second.id, action: 'accept', status: 'active' });
      await waitUntil(() => idsIn(el, 'rooms')[0] === second.id, 'the accepted room is not first among the rooms');
      expect(textIn(row(el, second.id)!.querySelector('[part~="status"]'))).to.equal('Status: ● Active');
      await expect(el).to.be.accessible();

      // The mentee's side: a request of her own to another mentor is newer, until the mentor writes.
      const taken = new Set((await acme.rooms.list({ limit: 50 })).data.map((r) => r.mentor.id));
      const { data: mentors } = await acme.mentors.search({ sort: 'availability', limit: 20 });
      const free = mentors.find((m) => m.acceptingRequests && m.capacity.open > 0 && !taken.has(m.id))!;
      const other = await acme.rooms.create({ mentorId: free.id, goal: 'Plan a conference talk', cadence: 'monthly', termWeeks: 8 });
      cleanup.push(() => acme.rooms.withdraw(other.id, {}));
      const theirs = await list({ person: 'acme-employee', attrs: { 'viewer-role': 'mentee' } });
      await loaded(theirs);
      await waitUntil(() => idsIn(theirs, 'rooms').slice(0, 2).join() === [other.id, second.id].join(), 'not in inbox order');
      expect(row(theirs, second.id)!.querySelector('[part~="unread"]')).to.be.null;
      await mentor.rooms.messages.send(second.id, { body: 'Welcome! Shall we meet next week?' });
      await waitUntil(() => idsIn(theirs, 'rooms')[0] === second.id, 'the room with the new message did not move to the top', { timeout: 10_000 });
      await waitUntil(() => textIn(row(theirs, second.id)!.querySelector('[part~="unread"] .visually-hidden')) === '1 unread message', 'no unread count');
      await expect(theirs).to.be.accessible();
    } finally {
      // Undo what was made even when an assertion failed, without hiding that failure.
      await Promise.allSettled(cleanup.reverse().map((undo) => undo()));
    }
  });

  it('loads the next page by keyboard, with the API’s cursor, and lands on the first new room', async () => {
    const ended = (await mentor.rooms.list({ status: ['declined', 'withdrawn', 'expired', 'completed', 'closed_early'], limit: 50 })).data;
    expect(ended.length).to.be.greaterThan(2);
    // Pages of two: the page's requests for the room list are rewritten (the seed has fewer rooms than a page).
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (request.method === 'GET' && url.pathname === '/v1/rooms') url.searchParams.set('limit', '2');
      return realFetch(new Request(url, request));
    };
    try {
      const el = await list({ person: 'demo-mentor', attrs: { filter: 'ended' } });
      await waitUntil(() => idsIn(el, 'rooms').length === 2, 'no first page of two');
      expect(idsIn(el, 'rooms')).to.deep.equal(ended.slice(0, 2).map((r) => r.id));
      await tabTo(el, () => part(el, 'load-more'), 60);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => idsIn(el, 'rooms').length === Math.min(4, ended.length), 'no second page');
      expect(idsIn(el, 'rooms')).to.deep.equal(ended.slice(0, 4).map((r) => r.id));
      await waitUntil(() => focused(el) === row(el, ended[2]!.id)!.querySelector('[part~="open"]'), 'focus not on the first new room');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('speaks Spanish, right to left', async () => {
    const el = await list({ person: 'demo-mentor', lang: 'es', dir: 'rtl' });
    await loaded(el);
    await waitUntil(() => part(el, 'requests'), 'requests not shown');
    expect(textIn(part(el, 'title'))).to.equal('Tus salas de mentoría');
    expect(textOf(el)).to.contain('Solicitudes para ti');
    expect(textOf(el)).to.contain('Estado: ◔ Solicitada');
    expect(textIn(part(el, 'accept-button'))).to.equal('Aceptar');
    expect(textIn(part(el, 'filters'))).to.equal('Todas Activas Solicitudes Terminadas');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    // The row's avatar is on the right, its status on the left.
    const first = part(el, 'room')!;
    const avatar = first.querySelector('[part~="avatar"]')!.getBoundingClientRect();
    const status = first.querySelector('[part~="status"]')!.getBoundingClientRect();
    expect(avatar.left).to.be.greaterThan(status.left);
    await expect(el).to.be.accessible();
  });

  it('asks a signed-out visitor to sign in, and says when nothing is configured', async () => {
    const el = await list();
    const signIn = await waitForPart(el, 'sign-in');
    expect(textIn(signIn)).to.contain('Sign in to see your rooms');
    await expect(el).to.be.accessible();
    const bare = await fixture<MenteoRoomList>(html`<menteo-room-list></menteo-room-list>`);
    await expect(bare).to.be.accessible();
    expect(textOf(bare)).to.equal('Menteo is not configured: add a publishable key.');
  });
});
