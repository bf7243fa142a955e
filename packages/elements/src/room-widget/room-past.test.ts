import type { Menteo, Room } from '@menteo/sdk';
import type { Session } from '@menteo/sdk/stores';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { replay, startMsw, use } from '../../test/msw.js';
import { part, type Person, sandbox, textOf } from '../../test/support.js';
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
    flagship = (await mentor.rooms.list({ role: 'mentor', limit: 50 })).data.find((r) => r.status === 'active' && r.mentee.name.startsWith('Priya'))!;
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

  it('asks in Spanish too', async () => {
    const { el } = await widget('demo-mentor', flagship.id, 'es', 'rtl');
    await waitUntil(() => textOf(el).includes('Sesiones pasadas'), 'not in Spanish');
    await expect(el).to.be.accessible();
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
