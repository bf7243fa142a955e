import { Menteo, type Room } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { liveSince, part, type Person, sandbox, streamMark, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoomWidget } from './room-widget.js';

MenteoProvider.define('menteo-provider');
MenteoRoomWidget.define('menteo-room-widget');

const clientFor = async (person: Person) => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person) });

/** The seeded rooms, found the way a page would: the participants' own room lists. */
const rooms = {} as Record<'flagship' | 'menteeRequested' | 'aisha' | 'tomas' | 'lena' | 'marcus' | 'yuki' | 'olu' | 'acme', Room>;

interface Options {
  person?: Person | undefined;
  roomId: string;
  lang?: string;
  dir?: string;
  baseUrl?: string;
  width?: number;
}

async function widget(options: Options) {
  const getToken = options.person ? () => tokenFor(options.person!) : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'} class="host">
    <menteo-provider publishable-key="pk_test_demo" base-url=${options.baseUrl ?? sandbox.url} .getToken=${getToken}>
      <menteo-room-widget room-id=${options.roomId}></menteo-room-widget>
    </menteo-provider>
  </div>`);
  if (options.width) root.style.inlineSize = `${options.width}px`;
  const el = root.querySelector('menteo-room-widget')!;
  return { root, el, provider: root.querySelector<MenteoProvider>('menteo-provider')! };
}

const all = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const parts = (el: Element, name: string) => all(el, `[part~="${name}"]`);
const actionNames = (el: Element) => parts(el, 'action').map((b) => b.textContent!.trim());
const statusText = (el: Element) => part(el, 'status')!.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const loaded = async (el: Element) => {
  await waitForPart(el, 'header');
  await waitUntil(
    () => el.shadowRoot!.querySelector('.goal-list, [part~="goals"] p.muted') && parts(el, 'message').length + all(el, '[part~="log"] p.muted').length > 0,
    'plan and chat not loaded',
  );
};

/** Runs `rewrite` on the page's requests while `body` runs: the API answers the rewritten request. */
async function withFetch(rewrite: (request: Request) => Request | Promise<Request>, body: () => Promise<void>): Promise<void> {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => realFetch(await rewrite(new Request(input, init)));
  try {
    await body();
  } finally {
    window.fetch = realFetch;
  }
}

/** The week of its term a room is in now, counted from its start as the element does. */
const weekOf = (room: Room) => Math.floor((Date.now() - Date.parse(room.startedAt!)) / (7 * 86_400_000)) + 1;

const nextTwoWeeks = () => {
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString() };
};

describe('<menteo-room-widget>', () => {
  let mentee: Menteo;
  let mentor: Menteo;

  before(async () => {
    mentee = await clientFor('demo-mentee');
    mentor = await clientFor('demo-mentor');
    const mine = (await mentee.rooms.list({ role: 'mentee', limit: 50 })).data;
    const theirs = (await mentor.rooms.list({ role: 'mentor', limit: 50 })).data;
    const byMentee = (name: string) => theirs.find((r) => r.mentee.name.startsWith(name))!;
    Object.assign(rooms, {
      flagship: mine.find((r) => r.status === 'active' && r.mentor.id === 'men_demomentor')!,
      menteeRequested: mine.find((r) => r.status === 'requested')!,
      aisha: byMentee('Aisha'),
      tomas: byMentee('Tomás'),
      lena: byMentee('Lena'),
      marcus: byMentee('Marcus'),
      yuki: byMentee('Yuki'),
      olu: byMentee('Olu'),
      acme: (await (await clientFor('acme-employee')).rooms.list({ limit: 50 })).data[0]!,
    });
    for (const [name, room] of Object.entries(rooms)) expect(room, name).to.exist;
  });

  it('shows the mentee their mentor, the room, its goals, the next session and the chat with new messages marked', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    expect(part(el, 'name')!.textContent).to.equal('Daniel Okafor');
    expect(textOf(el)).to.contain('Your mentor');
    expect(part(el, 'avatar')!.textContent!.trim()).to.equal('DO');
    expect(statusText(el)).to.equal('Status: ● Active');
    expect(part(el, 'facts')!.textContent).to.contain('Every two weeks');
    // Started about 70 days ago: week 10 or 11 of 24, by the hour of the day.
    const term = part(el, 'term')!;
    const week = weekOf(rooms.flagship);
    expect(week).to.be.within(10, 11);
    expect(term.getAttribute('role')).to.equal('progressbar');
    expect(term.getAttribute('aria-valuenow')).to.equal(String(week));
    expect(term.getAttribute('aria-valuemax')).to.equal('24');
    expect(term.getAttribute('aria-valuetext')).to.equal(`Week ${week} of 24`);
    expect(part(el, 'goal')!.textContent).to.contain('Step into my first tech-lead role');
    // Goals with progress bars; the dropped one does not count.
    const goals = parts(el, 'goal-item');
    expect(goals).to.have.length(3);
    const review = goals.find((g) => g.textContent!.includes('Hand code-review ownership'))!;
    expect(review.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('45');
    expect(part(el, 'goals')!.textContent).to.contain('1 of 2 achieved');
    // The seeded upcoming session, in the viewer's zone.
    const session = part(el, 'session')!;
    expect(session.textContent).to.contain('Confirmed');
    expect(session.textContent).to.contain('Review-share numbers');
    const [next] = (await mentee.rooms.sessions.list(rooms.flagship.id, { status: ['accepted'], from: new Date().toISOString() })).data;
    expect(session.querySelector('.session-when')!.textContent).to.equal(
      new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(next!.startsAt)),
    );
    // The chat: a polite log, oldest first, own and theirs told apart, the two unread under the divider.
    const log = part(el, 'log')!;
    expect(log.getAttribute('role')).to.equal('log');
    expect(log.getAttribute('aria-live')).to.equal('polite');
    const messages = parts(el, 'message');
    // The seeded conversation ends with the mentor's note (other test files may have added
    // messages of their own after it, in the same shared sandbox).
    const seededLast = messages.find((m) => m.textContent!.includes('Looking forward to our next session'));
    expect(seededLast, 'the mentor’s last seeded message').to.exist;
    expect(seededLast!.getAttribute('part')).to.contain('message-theirs');
    expect(messages.indexOf(seededLast!)).to.be.above(
      messages.findIndex((m) => m.getAttribute('part')!.includes('message-own')),
      'oldest first',
    );
    expect(parts(el, 'message-own').length).to.be.greaterThan(0);
    const divider = part(el, 'unread-divider')!;
    expect(divider.textContent).to.contain('New messages');
    expect((divider.nextElementSibling as HTMLElement).textContent).to.contain('Read the rotation retro notes');
    // Marked read on the server.
    await waitUntil(async () => (await mentee.rooms.retrieve(rooms.flagship.id)).unreadCount === 0, 'not marked read');
    expect(actionNames(el)).to.deep.equal(['Pause', 'Complete', 'Close early']);
    await expect(el).to.be.accessible();
  });

  it('asks to sign in when nobody is: no request, no spinner, no error @no-dates', async () => {
    performance.clearResourceTimings();
    const { el } = await widget({ roomId: rooms.marcus.id }); // a room no earlier test opened
    const signIn = await waitForPart(el, 'sign-in');
    expect(signIn.textContent).to.contain('Sign in to see your mentorship room.');
    expect(part(el, 'skeleton')).to.be.null;
    expect(part(el, 'error')).to.be.null;
    await new Promise((r) => setTimeout(r, 100));
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes(rooms.marcus.id))).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says there is no room to show when it has no room-id (never an endless skeleton), and opens one given later @no-dates', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentor')}>
        <menteo-room-widget></menteo-room-widget>
      </menteo-provider>
    </div>`);
    const el = root.querySelector('menteo-room-widget')!;
    const empty = await waitForPart(el, 'empty');
    expect(empty.textContent).to.contain('No mentorship room to show yet.');
    expect(part(el, 'skeleton')).to.be.null;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
    el.setAttribute('room-id', rooms.flagship.id);
    await loaded(el);
    expect(part(el, 'empty')).to.be.null;
  });

  it('says there is no room to show in Spanish too @no-dates', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="es">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
        <menteo-room-widget></menteo-room-widget>
      </menteo-provider>
    </div>`);
    const empty = await waitForPart(root.querySelector('menteo-room-widget')!, 'empty');
    expect(empty.textContent).to.contain('Aún no hay ninguna sala de mentoría que mostrar.');
  });

  it('says a room of someone else is not available (404), without retry @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.acme.id });
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('This mentorship room isn’t available.');
    expect(part(el, 'retry-button')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a load error with retry, and recovers when the connection is fixed @no-dates', async () => {
    const { el, provider } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id, baseUrl: sandbox.closedUrl });
    await waitForPart(el, 'error', 15_000);
    expect(textOf(el)).to.contain('We couldn’t load this mentorship room.');
    expect(textOf(el)).to.contain('Check your connection');
    await expect(el).to.be.accessible();
    const retried = oneEvent(el, 'menteo-retry');
    part(el, 'retry-button')!.click();
    await retried;
    provider.baseUrl = sandbox.url;
    expect((await waitForPart(el, 'name')).textContent).to.equal('Daniel Okafor');
  });

  it('shows the request id when the API refuses the read @no-dates', async () => {
    await withFetch(
      (request) => {
        if (request.url.includes('/v1/rooms/')) request.headers.set('authorization', 'Bearer ut_notarealtoken');
        return request;
      },
      async () => {
        const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
        await waitForPart(el, 'error');
        expect(textOf(el)).to.match(/Request ID: \S+/);
        expect(part(el, 'retry-button')).to.exist;
        await expect(el).to.be.accessible();
      },
    );
  });

  it('shows the mentor a requested room: accept and decline, the request message, no booking @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentor', roomId: rooms.aisha.id });
    await loaded(el);
    expect(part(el, 'name')!.textContent).to.equal('Aisha Bello');
    expect(statusText(el)).to.equal('Status: ◔ Requested');
    expect(part(el, 'facts')!.textContent).to.contain('12 weeks, not started');
    expect(part(el, 'term')).to.be.null;
    expect(actionNames(el)).to.deep.equal(['Accept', 'Decline']);
    expect(part(el, 'book-button')).to.be.null;
    expect(part(el, 'goals')!.textContent).to.contain('No goals yet.');
    expect(el.shadowRoot!.querySelector('.add-goal')).to.be.null;
    expect(parts(el, 'message')[0]!.textContent).to.contain('a colleague recommended you');
    expect(part(el, 'composer')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('offers each status its own actions, for the role that may take them @no-dates', async () => {
    const cases: [Person, Room, string, string[]][] = [
      ['demo-mentor', rooms.lena, 'Paused', ['Resume']],
      ['demo-mentor', rooms.marcus, 'Declined', []],
      ['demo-mentor', rooms.yuki, 'Completed', []],
      ['demo-mentor', rooms.olu, 'Closed early', []],
      ['demo-mentee', rooms.menteeRequested, 'Requested', ['Withdraw request']],
      ['demo-mentor', rooms.flagship, 'Active', ['Pause', 'Complete', 'Close early']],
    ];
    for (const [person, room, status, actions] of cases) {
      const { el } = await widget({ person, roomId: room.id });
      await loaded(el).catch((error: Error) => {
        throw new Error(`${status} (${room.mentee.name}): ${error.message}`);
      });
      expect(statusText(el), room.mentee.name).to.contain(status);
      expect(actionNames(el), status).to.deep.equal(actions);
      const final = actions.length === 0;
      expect(!!part(el, 'composer'), status).to.equal(!final);
      if (final) {
        expect(textOf(el)).to.contain('This mentorship has ended.');
        expect(textOf(el)).to.contain('messages are read-only');
      }
      if (room.statusReason) expect(textOf(el)).to.contain(room.statusReason);
      await expect(el).to.be.accessible();
      // Each provider holds an event stream: leave the browser's connections to the next one.
      el.closest('.host')!.remove();
    }
  });

  it('resumes a paused room at once, fires menteo-room-action, and pauses it again @no-dates', async () => {
    const { root, el } = await widget({ person: 'demo-mentor', roomId: rooms.lena.id });
    await loaded(el);
    const heard: unknown[] = [];
    root.addEventListener('menteo-room-action', (e) => heard.push(e.detail));
    const resumed = oneEvent(el, 'menteo-room-action');
    parts(el, 'action-resume')[0]!.click();
    await el.updateComplete;
    expect(statusText(el)).to.contain('Active'); // optimistic
    expect((await resumed).detail).to.deep.equal({ roomId: rooms.lena.id, action: 'resume', status: 'active' });
    expect(heard).to.have.length(1);
    expect((await mentor.rooms.retrieve(rooms.lena.id)).status).to.equal('active');
    await waitUntil(() => actionNames(el).includes('Pause'));
    expect(part(el, 'book-button')).to.exist;
    const paused = oneEvent(el, 'menteo-room-action');
    parts(el, 'action-pause')[0]!.click();
    expect((await paused).detail.status).to.equal('paused');
    expect((await mentor.rooms.retrieve(rooms.lena.id)).status).to.equal('paused');
    await expect(el).to.be.accessible();
  });

  it('rolls back a refused transition and shows the error with its request id @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentor', roomId: rooms.lena.id });
    await loaded(el);
    const heard: unknown[] = [];
    el.addEventListener('menteo-room-action', (e) => heard.push(e.detail));
    // The API answers a real 409: the request reaches it as an action the paused room cannot take.
    await withFetch(
      async (request) =>
        request.url.endsWith('/resume')
          ? new Request(request.url.replace(/\/resume$/, '/pause'), { method: 'POST', headers: request.headers, body: await request.text() })
          : request,
      async () => {
        parts(el, 'action-resume')[0]!.click();
        await el.updateComplete;
        expect(statusText(el)).to.contain('Active');
        const error = await waitForPart(el, 'action-error');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('The room changed meanwhile');
        expect(error.textContent).to.match(/Request ID: \S+/);
      },
    );
    expect(statusText(el)).to.contain('Paused');
    expect(actionNames(el)).to.deep.equal(['Resume']);
    expect(heard).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('confirms a destructive action in a dialog: Escape keeps the room, confirming declines it @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentor', roomId: rooms.tomas.id });
    await loaded(el);
    const decline = parts(el, 'action-decline')[0]!;
    decline.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = part<HTMLDialogElement>(el, 'confirm')!;
    await waitUntil(() => dialog.open, 'dialog not open');
    expect(dialog.textContent).to.contain('Decline this mentorship request?');
    expect(focused(el)?.id).to.equal('reason'); // the first field takes focus
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(statusText(el)).to.contain('Requested');
    expect((await mentor.rooms.retrieve(rooms.tomas.id)).status).to.equal('requested');

    parts(el, 'action-decline')[0]!.click();
    await waitUntil(() => dialog.open);
    await sendKeys({ type: 'No capacity until March' });
    const declined = oneEvent(el, 'menteo-room-action');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await declined).detail).to.deep.equal({ roomId: rooms.tomas.id, action: 'decline', status: 'declined' });
    await waitUntil(() => statusText(el).includes('Declined'));
    expect(actionNames(el)).to.deep.equal([]);
    await waitUntil(() => focused(el) === part(el, 'status'), 'focus lost with the dialog');
    expect(textOf(el)).to.contain('Reason: No capacity until March');
    await expect(el).to.be.accessible();
  });

  it('lets the mentee withdraw a new request (with confirmation) @no-dates', async () => {
    const { data: mentors } = await mentee.mentors.search({ sort: 'availability', limit: 20 });
    const taken = new Set((await mentee.rooms.list({ limit: 50 })).data.map((r) => r.mentor.id));
    const free = mentors.find((m) => m.acceptingRequests && m.capacity.open > 0 && !taken.has(m.id))!;
    const room = await mentee.rooms.create({ mentorId: free.id, goal: 'Learn to run a blameless incident review', cadence: 'monthly', termWeeks: 8 });
    const { el } = await widget({ person: 'demo-mentee', roomId: room.id });
    await loaded(el);
    expect(actionNames(el)).to.deep.equal(['Withdraw request']);
    parts(el, 'action-withdraw')[0]!.click();
    const dialog = part<HTMLDialogElement>(el, 'confirm')!;
    await waitUntil(() => dialog.open);
    const done = oneEvent(el, 'menteo-room-action');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await done).detail.status).to.equal('withdrawn');
    await waitUntil(() => statusText(el).includes('Withdrawn'));
    expect(part(el, 'composer')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('books a slot from the mentor’s times, shown in the viewer’s time zone, by keyboard', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    parts(el, 'book-button')[0]!.click();
    const booking = await waitForPart(el, 'booking');
    await waitForPart(el, 'slot');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(booking.textContent).to.contain(`Times in`);
    expect(booking.textContent).to.contain(zone);
    expect(focused(el)?.tagName).to.equal('H4');
    // Grouped by day: one fieldset with a legend per day, in the page's zone.
    const days = all(el, 'fieldset.day');
    expect(days.length).to.be.greaterThan(1);
    const slots = parts(el, 'slot');
    const first = slots[0]!;
    const iso = first.dataset.startsAt!;
    expect(first.textContent!.trim()).to.equal(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(iso)));
    expect(days[0]!.querySelector('legend')!.textContent).to.equal(
      new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone }).format(new Date(iso)),
    );
    const api = await mentee.mentors.slots(rooms.flagship.mentor.id, { ...nextTwoWeeks(), timeZone: zone });
    expect(slots.map((s) => s.dataset.startsAt)).to.deep.equal(api.data.map((s) => s.startsAt));
    await expect(el).to.be.accessible();
    // A radio group: Tab reaches it, arrows move the choice.
    first.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    const chosen = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]:checked')!;
    expect(chosen.value).to.equal(slots[1]!.dataset.startsAt);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('agenda');
    await sendKeys({ type: 'Numbers after the rotation' });
    const booked = oneEvent(el, 'menteo-session-booked');
    part(el, 'book-submit')!.click();
    const { detail } = await booked;
    try {
      expect(detail.roomId).to.equal(rooms.flagship.id);
      expect(detail.session.startsAt).to.equal(slots[1]!.dataset.startsAt);
      expect(detail.session.status).to.equal('pending');
      expect(detail.session.agenda).to.equal('Numbers after the rotation');
      await waitUntil(() => el.shadowRoot!.querySelector(`[data-session-id="${detail.session.id}"]`), 'session not listed');
      const row = el.shadowRoot!.querySelector(`[data-session-id="${detail.session.id}"]`)!;
      expect(row.textContent).to.contain('Waiting for the mentor');
      expect(textOf(el)).to.contain('Booked for');
      expect(part(el, 'booking')).to.be.null;
      expect(focused(el)?.textContent).to.contain('Booked for'); // focus is not lost with the panel
      await expect(el).to.be.accessible();
    } finally {
      await mentee.rooms.sessions.cancel(rooms.flagship.id, detail.session.id);
    }
  });

  it('says so when the slot was just taken, refreshes the times and keeps the agenda', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    parts(el, 'book-button')[0]!.click();
    await waitForPart(el, 'slot');
    const slot = parts(el, 'slot')[2]!;
    const startsAt = slot.dataset.startsAt!;
    slot.querySelector('input')!.click();
    const agenda = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#agenda')!;
    agenda.focus();
    await sendKeys({ type: 'Delegation' });
    // The mentor books the same time first, from elsewhere.
    const theirs = await mentor.rooms.sessions.book(rooms.flagship.id, { startsAt });
    try {
      part(el, 'book-submit')!.click();
      await waitUntil(() => textOf(el).includes('That time was just taken'), 'no conflict message');
      expect(part(el, 'booking')!.querySelector('[role="alert"]')!.textContent).to.match(/Request ID: \S+/);
      await waitUntil(() => !parts(el, 'slot').some((s) => s.dataset.startsAt === startsAt), 'the taken slot is still offered');
      expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#agenda')!.value).to.equal('Delegation');
      expect(el.shadowRoot!.querySelector('input[name="slot"]:checked')).to.be.null;
      await expect(el).to.be.accessible();
    } finally {
      await mentor.rooms.sessions.cancel(rooms.flagship.id, theirs.id);
    }
  });

  it('lets the mentor accept a proposed time, and cancel it after an inline confirmation', async () => {
    const [slot] = (await mentee.mentors.slots(rooms.flagship.mentor.id, nextTwoWeeks())).data;
    const proposed = await mentee.rooms.sessions.book(rooms.flagship.id, { startsAt: slot!.startsAt, agenda: 'Proposed by Priya' });
    try {
      const { el } = await widget({ person: 'demo-mentor', roomId: rooms.flagship.id });
      await loaded(el);
      const row = () => el.shadowRoot!.querySelector<HTMLElement>(`[data-session-id="${proposed.id}"]`);
      await waitUntil(() => row()?.querySelector('[data-session-action="accept"]'), 'proposed session not shown');
      expect(row()!.textContent).to.contain('Waiting for the mentor');
      row()!.querySelector<HTMLButtonElement>('[data-session-action="accept"]')!.click();
      await el.updateComplete;
      expect(row()!.textContent).to.contain('Confirmed'); // optimistic
      await waitUntil(
        async () => (await mentor.rooms.sessions.list(rooms.flagship.id, { status: ['accepted'] })).data.some((s) => s.id === proposed.id),
        'not accepted',
      );
      await waitUntil(() => !row()!.querySelector('[data-session-action="accept"]'));
      // Cancelling asks first, inline; focus lands on the safe choice.
      row()!.querySelector<HTMLButtonElement>('[data-session-action="cancel"]')!.click();
      await waitUntil(() => focused(el)?.dataset.sessionAction === 'keep', 'focus not on "Keep it"');
      expect(row()!.textContent).to.contain('Cancel this session?');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' }); // keep it
      await waitUntil(() => focused(el)?.dataset.sessionAction === 'cancel');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.dataset.sessionAction === 'keep');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.dataset.sessionAction).to.equal('confirm-cancel');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !row(), 'cancelled session still listed');
      // The row leaves at once (optimistic); the API has it cancelled once the request lands.
      await waitUntil(
        async () =>
          (await mentor.rooms.sessions.list(rooms.flagship.id, { status: ['cancelled'], from: proposed.startsAt })).data.some((s) => s.id === proposed.id),
        'not cancelled in the API',
      );
    } finally {
      await mentee.rooms.sessions.cancel(rooms.flagship.id, proposed.id).catch(() => {});
    }
  });

  it('queues a message while the network is down and sends it when it is back @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    const text = `Sent from the train ${Date.now()}`;
    let down = true;
    const sent = oneEvent(el, 'menteo-message-sent');
    await withFetch(
      async (request) => {
        if (down && request.method === 'POST' && request.url.endsWith('/messages')) throw new TypeError('Failed to fetch');
        return request;
      },
      async () => {
        el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!.focus();
        await sendKeys({ type: text });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => parts(el, 'message').at(-1)!.textContent!.includes('Queued'), 'not queued', { timeout: 10_000 });
        expect(parts(el, 'message').at(-1)!.textContent).to.contain(text);
        expect(part(el, 'message-failed')).to.be.null;
        await expect(el).to.be.accessible();
        down = false; // the outbox tries again by itself
        expect((await sent).detail.message.body).to.equal(text);
      },
    );
    await waitUntil(() => !parts(el, 'message').at(-1)!.textContent!.includes('Queued'), 'still queued', { timeout: 5000 });
  });

  it('sends with Enter (Shift+Enter is a new line), shows it at once and fires menteo-message-sent @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    const composer = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!;
    composer.focus();
    const text = `Numbers are in ${Date.now()}`;
    await sendKeys({ type: text });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'See you Thursday' });
    expect(composer.value).to.equal(`${text}\nSee you Thursday`);
    const sent = oneEvent(el, 'menteo-message-sent');
    const last = () => parts(el, 'message').at(-1)!;
    // The request waits until the test has seen the pending message.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await withFetch(
      async (request) => {
        if (request.method === 'POST' && request.url.endsWith('/messages')) await held;
        return request;
      },
      async () => {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(last().textContent).to.contain(text);
        expect(last().textContent).to.contain('Sending…');
        expect(last().getAttribute('part')).to.contain('message-own');
        expect(composer.value).to.equal('');
        release();
        await sent;
      },
    );
    const { detail } = await sent;
    expect(detail.message.body).to.equal(`${text}\nSee you Thursday`);
    await waitUntil(() => last().dataset.messageId === detail.message.id, 'not confirmed');
    expect(last().textContent).not.to.contain('Sending…');
    expect(focused(el)).to.equal(composer);
    await expect(el).to.be.accessible();
  });

  it('keeps a message the API refused, with Retry, and sends it on retry @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    const text = `Retry me ${Date.now()}`;
    const events: unknown[] = [];
    el.addEventListener('menteo-message-sent', (e) => events.push(e.detail));
    // The API answers a real 422: the message reaches it empty.
    await withFetch(
      (request) => (request.method === 'POST' && request.url.endsWith('/messages') ? new Request(request, { body: JSON.stringify({ body: '' }) }) : request),
      async () => {
        const composer = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!;
        composer.focus();
        await sendKeys({ type: text });
        await sendKeys({ press: 'Enter' });
        await waitForPart(el, 'message-failed');
      },
    );
    const failed = part(el, 'message-failed')!;
    expect(failed.textContent).to.contain(text);
    expect(failed.textContent).to.contain('Not sent.');
    expect(failed.textContent).to.match(/Request ID: \S+/);
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
    const sent = oneEvent(el, 'menteo-message-sent');
    failed.querySelector<HTMLButtonElement>('[data-message-action="retry"]')!.click();
    expect((await sent).detail.message.body).to.equal(text);
    expect(part(el, 'message-failed')).to.be.null;
    const { data } = await mentee.rooms.messages.list(rooms.flagship.id, { limit: 1 });
    expect(data[0]!.body).to.equal(text);
  });

  it('shows messages from the other person as they arrive @no-dates', async () => {
    const mark = streamMark();
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    await liveSince(mark);
    const text = `Live from Daniel ${Date.now()}`;
    await mentor.rooms.messages.send(rooms.flagship.id, { body: text });
    await waitUntil(() => parts(el, 'message').at(-1)?.textContent?.includes(text), 'no live message', { timeout: 10_000 });
    expect(parts(el, 'message').at(-1)!.getAttribute('part')).to.contain('message-theirs');
    // Seen as it arrived: read.
    await waitUntil(async () => (await mentee.rooms.retrieve(rooms.flagship.id)).unreadCount === 0, 'live message not marked read');
  });

  it('keeps the draft across remounts; message text stays text @no-dates', async () => {
    const first = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(first.el);
    const composer = first.el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!;
    composer.focus();
    await sendKeys({ type: '<img src=x onerror=alert(1)> half a thought' });
    first.el.remove();
    // Drafts live in the stores' storage: a new provider on this page finds it.
    const second = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(second.el);
    expect(second.el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!.value).to.equal('<img src=x onerror=alert(1)> half a thought');
    second.el.shadowRoot!.querySelector<HTMLTextAreaElement>('#composer')!.focus();
    const sent = oneEvent(second.el, 'menteo-message-sent');
    await sendKeys({ press: 'Enter' });
    await sent;
    expect(second.el.shadowRoot!.querySelector('[part~="log"] img')).to.be.null;
    expect(parts(second.el, 'message').at(-1)!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('moves a goal’s progress at once and adds a goal @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    const goal = parts(el, 'goal-item').find((g) => g.textContent!.includes('Hand code-review ownership'))!;
    const goalId = goal.dataset.goalId!;
    try {
      goal.querySelector<HTMLButtonElement>('[data-goal-action="add"]')!.click();
      await el.updateComplete;
      expect(goal.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('55');
      await waitUntil(async () => (await mentee.rooms.goals.list(rooms.flagship.id)).data.find((g) => g.id === goalId)!.progress === 55, 'not saved');
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#new-goal')!;
      input.focus();
      await sendKeys({ type: 'Run a team retro on my own' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => parts(el, 'goal-item').some((g) => g.textContent!.includes('Run a team retro on my own')), 'goal not added');
      expect(input.value).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      await mentee.rooms.goals.update(rooms.flagship.id, goalId, { progress: 45 });
      const added = (await mentee.rooms.goals.list(rooms.flagship.id)).data.find((g) => g.title === 'Run a team retro on my own');
      if (added) await mentee.rooms.goals.delete(rooms.flagship.id, added.id);
    }
  });

  it('speaks Spanish, right to left', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id, lang: 'es', dir: 'rtl' });
    await loaded(el);
    const text = textOf(el);
    expect(text).to.contain('Tu mentor');
    expect(statusText(el)).to.equal('Estado: ● Activa');
    expect(text).to.contain('Cada dos semanas');
    expect(part(el, 'term')!.getAttribute('aria-valuetext')).to.equal(`Semana ${weekOf(rooms.flagship)} de 24`);
    expect(text).to.contain('Objetivos');
    expect(text).to.contain('Próxima sesión');
    expect(actionNames(el)).to.deep.equal(['Pausar', 'Completar', 'Cerrar antes de tiempo']);
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // Own messages sit at the inline end: on the left in RTL.
    const own = parts(el, 'message-own')[0]!;
    const log = part(el, 'log')!.getBoundingClientRect();
    expect(own.getBoundingClientRect().left - log.left).to.be.lessThan(40);
    await expect(el).to.be.accessible();
  });

  it('stacks in a 320 px sidebar and puts the chat beside the plan when wide @no-dates', async () => {
    const narrow = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id, width: 320 });
    await loaded(narrow.el);
    const plan = part(narrow.el, 'plan')!.getBoundingClientRect();
    const chat = part(narrow.el, 'chat')!.getBoundingClientRect();
    expect(chat.top).to.be.greaterThanOrEqual(plan.bottom - 1);
    expect(narrow.el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(320);
    await expect(narrow.el).to.be.accessible();
    const wide = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id, width: 1000 });
    await loaded(wide.el);
    const wplan = part(wide.el, 'plan')!.getBoundingClientRect();
    const wchat = part(wide.el, 'chat')!.getBoundingClientRect();
    expect(Math.abs(wchat.top - wplan.top)).to.be.lessThan(2);
    expect(wchat.left).to.be.greaterThan(wplan.right - 1);
  });

  it('puts its headings at the level the page asks for (heading-level, default 2; sections one below) @no-dates', async () => {
    const { el } = await widget({ person: 'demo-mentee', roomId: rooms.flagship.id });
    await loaded(el);
    const levels = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((h) => h.getAttribute('aria-level'));
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('2');
    expect(new Set(levels(el, 'h3'))).to.deep.equal(new Set(['3']));
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
    expect(new Set(levels(el, 'h3'))).to.deep.equal(new Set(['4']));
    await expect(el).to.be.accessible();
  });
});
