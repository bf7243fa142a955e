import type { Menteo, Room } from '@menteo/sdk';
import type { Session } from '@menteo/sdk/stores';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bypass, HttpResponse, http, passthrough } from 'msw';
import { replay, startMsw, use } from '../../test/msw.js';
import { leftOfText, part, type Person, sandbox, textOf } from '../../test/support.js';
import { clientFor, focused, roomWidget } from '../../test/room-widget-fixture.js';

// The past sessions of a room, as the mentor of the flagship room sees them (the mentor has
// nothing unread there, so opening it changes no read marker the other files count on).

const widget = (person: Person, roomId: string, lang?: string, dir?: string) => roomWidget(person, roomId, 'past-sessions', lang, dir);

const row = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="past-session"][data-session-id="${id}"]`);

describe('<menteo-room-widget> past sessions', () => {
  let mentor: Menteo;
  let flagship: Room;
  let completed: Session[];

  before(async () => {
    mentor = await clientFor('demo-mentor');
    flagship = (await mentor.rooms.list({ role: 'mentor', status: ['active'], limit: 100 })).data.find(
      (r) => r.status === 'active' && r.mentee.name.startsWith('Priya'),
    )!;
    completed = (await mentor.rooms.sessions.list(flagship.id, { status: ['completed'] })).data;
    expect(completed.length, 'the seeded completed sessions').to.be.greaterThan(1);
  });
  startMsw();

  it('lists completed sessions newest first, and asks once whether the help fitted (keyboard)', async () => {
    const { el } = await widget('demo-mentor', flagship.id);
    const rows = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="past-session"]')].map((r) => r.dataset.sessionId);
    const newestFirst = completed.toSorted((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt)).map((s) => s.id);
    // The newest three, then all of them by keyboard.
    expect(rows()).to.deep.equal(newestFirst.slice(0, 3));
    const toggle = part(el, 'past-toggle')!;
    expect(toggle.textContent!.trim()).to.equal(`Show all ${newestFirst.length} past sessions`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows().length === newestFirst.length, 'not all shown');
    expect(rows()).to.deep.equal(newestFirst);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(toggle);
    const target = completed.find((s) => !s.helpFit.mentor)!;
    const item = row(el, target.id)!;
    const group = item.querySelector('[part~="help-fit"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.textContent).to.contain('Did you get the kind of help you needed?');
    await expect(el).to.be.accessible();
    const answered = oneEvent(el, 'menteo-help-fit-answered');
    group.querySelector<HTMLElement>('[data-help-fit="yes"]')!.focus();
    await sendKeys({ press: 'Tab' }); // Partly
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail).to.deep.equal({ roomId: flagship.id, sessionId: target.id, answer: 'partly' });
    await waitUntil(() => row(el, target.id)!.querySelector('[part~="help-fit-answer"]'), 'answer not shown');
    expect(row(el, target.id)!.textContent).to.contain('You said: Partly');
    expect(row(el, target.id)!.querySelector('[part~="help-fit"]')).to.be.null;
    expect(focused(el)?.closest('[data-session-id]')).to.equal(row(el, target.id));
    const saved = (await mentor.rooms.sessions.list(flagship.id, { status: ['completed'] })).data.find((s) => s.id === target.id)!;
    expect(saved.helpFit.mentor).to.equal('partly');
    await expect(el).to.be.accessible();
  });

  /**
   * A room with more past sessions than a page holds: the sandbox's own answer, its oldest
   * completed session repeated weekly before it (ids of their own), served a page at a time in
   * the API's order (oldest first), with the API's cursor and default page size. `failFirst`
   * answers the first request for a later page with the sandbox's 404 problem, as a page that failed.
   */
  function longHistory(failFirst = false) {
    const served = { asked: [] as (string | null)[], history: undefined as Session[] | undefined };
    let failed = !failFirst;
    use(
      http.get(`${sandbox.url}/v1/rooms/:roomId/sessions`, async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.has('from')) return passthrough(); // the upcoming sessions
        if (!served.history) {
          const real = ((await (await fetch(bypass(request.url, { headers: request.headers }))).json()) as { data: Session[] }).data;
          const oldest = real.filter((s) => s.status === 'completed')[0]!;
          const week = 7 * 86_400_000;
          const earlier = Array.from({ length: 26 }, (_, i): Session => {
            const shift = (26 - i) * week;
            const at = (iso: string) => new Date(Date.parse(iso) - shift).toISOString();
            return { ...oldest, id: `ses_history${String(i).padStart(3, '0')}`, startsAt: at(oldest.startsAt), endsAt: at(oldest.endsAt) };
          });
          served.history = [...earlier, ...real];
        }
        const cursor = url.searchParams.get('cursor');
        served.asked.push(cursor);
        if (cursor && !failed) {
          failed = true;
          return fetch(bypass(`${sandbox.url}/v1/mentors/men_pastpagefails`, { headers: request.headers }));
        }
        const limit = Number(url.searchParams.get('limit') ?? 20);
        const start = cursor ? Number(cursor.replace('page_', '')) : 0;
        const next = start + limit < served.history.length ? `page_${start + limit}` : null;
        return HttpResponse.json({ data: served.history.slice(start, start + limit), nextCursor: next });
      }),
    );
    return served;
  }

  /** Whether the toggle counts every past session (no page is left to load). */
  const allCounted = (el: Element) => /^Show all \d+ past sessions$/.test(part(el, 'past-toggle')?.textContent?.trim() ?? '');
  const pastRows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="past-session"]')].map((r) => r.dataset.sessionId);
  const newestFirst = (history: Session[]) =>
    history
      .filter((s) => ['accepted', 'completed', 'no_show'].includes(s.status) && Date.parse(s.endsAt) <= Date.now())
      .toSorted((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
      .map((s) => s.id);

  it('loads every page of a long history: the newest three first, and all of them on "Show all"', async () => {
    const served = longHistory();
    const { el } = await widget('demo-mentor', flagship.id);
    const rows = () => pastRows(el);
    await waitUntil(() => served.history && allCounted(el), 'the later pages were not asked', { timeout: 10_000 });
    const newest = newestFirst(served.history!);
    expect(newest.length, 'more past sessions than one page').to.be.greaterThan(25);
    expect(served.asked[0]).to.equal(null);
    expect(served.asked.length, 'one request per page').to.equal(Math.ceil(served.history!.length / 20));
    // The newest three are the seeded ones on the last page, not the newest of the first page.
    await waitUntil(() => rows().length === 3 && rows()[0] === newest[0], 'not the newest three');
    expect(rows()).to.deep.equal(newest.slice(0, 3));
    const toggle = part(el, 'past-toggle')!;
    expect(toggle.textContent!.trim()).to.equal(`Show all ${newest.length} past sessions`);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows().length === newest.length, 'not all shown');
    expect(rows()).to.deep.equal(newest);
    expect(part(el, 'past-sessions')!.querySelector('#past-list')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says when a later page fails, with its request id, and loads the rest on "Try again" @no-dates', async () => {
    const served = longHistory(true);
    const { el } = await widget('demo-mentor', flagship.id);
    const alert = () => part(el, 'past-sessions')?.querySelector<HTMLElement>('[role="alert"]');
    await waitUntil(() => alert(), 'no error shown', { timeout: 10_000 });
    expect(alert()!.textContent).to.contain('We couldn’t load every past session.');
    expect(alert()!.textContent).to.match(/Request ID: req_/);
    expect(part(el, 'past-toggle')!.textContent!.trim()).to.equal('Show all past sessions');
    await expect(el).to.be.accessible();
    alert()!.querySelector<HTMLElement>('[data-past-action="more"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !alert() && allCounted(el), 'the rest was not loaded', { timeout: 10_000 });
    const newest = newestFirst(served.history!);
    expect(part(el, 'past-toggle')!.textContent!.trim()).to.equal(`Show all ${newest.length} past sessions`);
    expect(pastRows(el)).to.deep.equal(newest.slice(0, 3));
  });

  it('asks in Spanish too', async () => {
    const { el } = await widget('demo-mentor', flagship.id, 'es', 'rtl');
    await waitUntil(() => textOf(el).includes('Sesiones pasadas'), 'not in Spanish');
    await expect(el).to.be.accessible();
  });

  it('keeps its English question in reading order on a right-to-left page ("… help you needed?") @no-dates', async () => {
    const { el } = await widget('demo-mentor', flagship.id, 'en', 'rtl');
    const selector = '[part~="help-fit"] p, [part~="help-fit-answer"]';
    await waitUntil(() => el.shadowRoot!.querySelector(selector), 'no question, asked or answered');
    const line = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
    expect(leftOfText(line, '?'), 'the question mark ends the question, on the right').to.be.above(leftOfText(line, 'needed'));
  });

  it('offers Completed and No-show for a confirmed session that has ended, and marks it', async () => {
    // The sandbox's clock never passes a booked session's end during a test: its real answer
    // shows the newest completed session as still confirmed, and the completion is answered here.
    const [newest] = completed.toSorted((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
    const marked: string[] = [];
    const asConfirmed = replay('GET', '/v1/rooms/:id/sessions', {
      mutate: (body: { data: Session[] }) =>
        marked.length
          ? body
          : { ...body, data: body.data.map((s) => (s.id === newest!.id ? { ...s, status: 'accepted', helpFit: { mentor: null, mentee: null } } : s)) },
    });
    use(
      asConfirmed.handler,
      http.post(`${sandbox.url}/v1/rooms/:roomId/sessions/:sessionId/complete`, ({ params }) => {
        marked.push(String(params.sessionId));
        return HttpResponse.json({ ...newest!, status: 'completed' });
      }),
    );
    const { el } = await widget('demo-mentor', flagship.id);
    await waitUntil(() => row(el, newest!.id)?.querySelector('[data-session-action="complete"]'), 'no Completed button');
    expect(part(el, 'past-toggle')!.getAttribute('aria-expanded')).to.equal('false');
    const item = row(el, newest!.id)!;
    expect(item.textContent).to.contain('Ended: how did it go?');
    expect(item.querySelector('[data-session-action="no-show"]')).to.exist;
    await expect(el).to.be.accessible();
    const updated = oneEvent(el, 'menteo-session-updated');
    item.querySelector<HTMLElement>('[data-session-action="complete"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await updated).detail.session.status).to.equal('completed');
    expect(marked).to.deep.equal([newest!.id]);
    await waitUntil(() => !row(el, newest!.id)?.querySelector('[data-session-action="complete"]'), 'buttons stay');
    expect(part(el, 'past-sessions')!.contains(focused(el))).to.equal(true);
  });
});
