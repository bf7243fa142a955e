import type { Menteo, Room } from '@menteo/sdk';
import type { Session } from '@menteo/sdk/stores';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, textOf, waitForPart } from '../../test/support.js';
import { clientFor, focused, keepSeededUnread, roomWidget } from '../../test/room-widget-fixture.js';
import { escapeText, foldLine, icsFor } from './room-calendar.js';

keepSeededUnread();

const widget = (person: Person, roomId: string, lang?: string, dir?: string) => roomWidget(person, roomId, 'sessions', lang, dir);

const row = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-session-id="${id}"]`);
const control = (el: Element, id: string, action: string) => row(el, id)?.querySelector<HTMLElement>(`[data-session-action="${action}"]`) ?? null;
const octets = (line: string) => new TextEncoder().encode(line).length;

const nextTwoWeeks = () => {
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString() };
};

describe('the room’s calendar file (RFC 5545)', () => {
  const session = {
    id: 'ses_abc123',
    startsAt: '2027-01-04T09:00:00.000Z',
    endsAt: '2027-01-04T10:00:00.000Z',
    meetingUrl: 'https://meet.example.com/abc',
  } as Session;

  it('escapes text: backslash, semicolon, comma and line breaks @no-dates', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a character, and unfolds to the same line @no-dates', () => {
    const line = `DESCRIPTION:${'ñandú '.repeat(30)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(2);
    for (const part of lines) expect(octets(part)).to.be.at.most(75);
    for (const part of lines.slice(1)) expect(part.startsWith(' ')).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
  });

  it('has UID, DTSTAMP, DTSTART and DTEND in UTC, SUMMARY and URL, with CRLF line ends', () => {
    const ics = icsFor(session, { summary: 'Session with Daniel, Okafor', description: 'Agenda; one\ntwo', stamp: '2026-12-05T14:00:00.000Z' });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).to.equal(false);
    const lines = ics.split('\r\n');
    expect(lines).to.include.members([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:ses_abc123@menteo.dev',
      'DTSTAMP:20261205T140000Z',
      'DTSTART:20270104T090000Z',
      'DTEND:20270104T100000Z',
      'SUMMARY:Session with Daniel\\, Okafor',
      'DESCRIPTION:Agenda\\; one\\ntwo',
      'URL:https://meet.example.com/abc',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });
});

describe('<menteo-room-widget> sessions: meet', () => {
  let mentee: Menteo;
  let flagship: Room;
  let session: Session;

  before(async () => {
    mentee = await clientFor('demo-mentee');
    flagship = (await mentee.rooms.list({ role: 'mentee', status: ['active'], limit: 100 })).data.find(
      (r) => r.status === 'active' && r.mentor.id === 'men_demomentor',
    )!;
  });

  // A session of each test's own, in the mentor's last open slot of the next two weeks (the
  // booking test takes the first ones), cancelled after: the element tests share one sandbox.
  beforeEach(async () => {
    const slots = (await mentee.mentors.slots(flagship.mentor.id, nextTwoWeeks())).data;
    session = await mentee.rooms.sessions.book(flagship.id, { startsAt: slots.at(-1)!.startsAt, agenda: 'Delegation' });
  });
  afterEach(async () => {
    await mentee.rooms.sessions.cancel(flagship.id, session.id).catch(() => {});
  });

  it('shows each session’s time with its time zone’s short name', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    await waitUntil(() => row(el, session.id), 'session not listed');
    const zone = new Intl.DateTimeFormat('en', { timeZoneName: 'short' })
      .formatToParts(new Date(session.startsAt))
      .find((p) => p.type === 'timeZoneName')!.value;
    expect(row(el, session.id)!.querySelector('.session-zone')!.textContent).to.equal(zone);
    await expect(el).to.be.accessible();
  });

  it('edits agenda, shared notes (Markdown), link and hat by keyboard; the other side sees them @no-dates', async () => {
    const { el, root } = await widget('demo-mentee', flagship.id);
    await waitUntil(() => control(el, session.id, 'edit'), 'no edit button');
    control(el, session.id, 'edit')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === `agenda-${session.id}`, 'focus not in the agenda');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Try **one** delegation a week' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'https://meet.example.com/room-1' });
    await sendKeys({ press: 'Tab' }); // the hat group: "Not said"
    await sendKeys({ press: 'ArrowDown' }); // the leader hat
    expect((focused(el) as HTMLInputElement).value).to.equal('leader');
    const updated = oneEvent(el, 'menteo-session-updated');
    control(el, session.id, 'save')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await updated;
    expect(detail.session).to.include({
      id: session.id,
      agenda: 'Delegation',
      notes: 'Try **one** delegation a week',
      meetingUrl: 'https://meet.example.com/room-1',
      hat: 'leader',
    });
    await waitUntil(() => !part(el, 'session-form'), 'form stays open');
    const item = row(el, session.id)!;
    expect(item.querySelector('[part~="session-notes"] strong')!.textContent).to.equal('one');
    expect(item.querySelector('[part~="session-hat"]')!.textContent).to.equal('Leader hat');
    expect(item.querySelector<HTMLAnchorElement>('[part~="meeting-link"]')!.href).to.equal('https://meet.example.com/room-1');
    await waitUntil(() => focused(el) === control(el, session.id, 'edit'), 'focus lost with the form');
    await expect(el).to.be.accessible();
    root.remove();

    // The mentor's widget shows the notes and can change them.
    const other = await widget('demo-mentor', flagship.id);
    await waitUntil(() => row(other.el, session.id)?.querySelector('[part~="session-notes"]'), 'mentor does not see the notes');
    control(other.el, session.id, 'edit')!.click();
    await waitForPart(other.el, 'session-form');
    const notes = other.el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#notes-${session.id}`)!;
    notes.value = `${notes.value}\n- Mentor: check in on Friday`;
    control(other.el, session.id, 'save')!.click();
    await waitUntil(
      async () => (await mentee.rooms.sessions.list(flagship.id, { status: ['pending'] })).data.find((s) => s.id === session.id)?.notes?.includes('Friday'),
      'not saved',
    );
  });

  it('keeps the form and what was typed when the API refuses, with the request id @no-dates', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    await waitUntil(() => control(el, session.id, 'edit'));
    control(el, session.id, 'edit')!.click();
    await waitForPart(el, 'session-form');
    el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#notes-${session.id}`)!.value = 'Kept notes';
    const realFetch = window.fetch;
    // A real 422: the link reaches the API as an ftp:// one.
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'PATCH') return realFetch(request);
      const body = { ...(await request.json()), meetingUrl: 'ftp://meet.example.com' };
      return realFetch(new Request(request.url, { method: 'PATCH', headers: request.headers, body: JSON.stringify(body) }));
    };
    try {
      control(el, session.id, 'save')!.click();
      await waitUntil(() => part(el, 'session-form')?.querySelector('[role="alert"]'), 'no error');
      expect(part(el, 'session-form')!.textContent).to.match(/Request ID: \S+/);
      expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#notes-${session.id}`)!.value).to.equal('Kept notes');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('offers "Add to calendar": an .ics download of the session', async () => {
    await mentee.rooms.sessions.update(flagship.id, session.id, { meetingUrl: 'https://meet.example.com/cal' });
    const { el } = await widget('demo-mentee', flagship.id);
    await waitUntil(() => control(el, session.id, 'calendar'), 'no calendar button');
    const made: Blob[] = [];
    const realCreate = URL.createObjectURL;
    const clicks: string[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return realCreate.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      control(el, session.id, 'calendar')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => made.length === 1, 'no file made');
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(clicks).to.deep.equal([`menteo-session-${session.id}.ics`]);
    expect(made[0]!.type).to.equal('text/calendar;charset=utf-8');
    const ics = (await made[0]!.text()).replace(/\r\n /g, '');
    const utc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
    expect(ics).to.contain(`UID:${session.id}@menteo.dev`);
    expect(ics).to.contain(`DTSTART:${utc(session.startsAt)}`);
    expect(ics).to.contain(`DTEND:${utc(session.endsAt)}`);
    expect(ics).to.contain(`SUMMARY:Mentorship session with ${flagship.mentor.name}`);
    expect(ics).to.contain('URL:https://meet.example.com/cal');
    expect(ics).to.match(/DTSTAMP:\d{8}T\d{6}Z/);
  });

  it('reschedules through the slot picker by keyboard', async () => {
    const { el } = await widget('demo-mentee', flagship.id);
    await waitUntil(() => control(el, session.id, 'reschedule'), 'no reschedule button');
    control(el, session.id, 'reschedule')!.focus();
    await sendKeys({ press: 'Enter' });
    const booking = await waitForPart(el, 'booking');
    await waitForPart(el, 'slot');
    expect(focused(el)?.tagName).to.equal('H4');
    expect(focused(el)!.textContent).to.match(/^Pick a new time for /);
    expect(booking.querySelector('#agenda')).to.be.null;
    expect(part(el, 'book-submit')!.textContent!.trim()).to.equal('Move to this time');
    await expect(el).to.be.accessible();
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    const updated = oneEvent(el, 'menteo-session-updated');
    part(el, 'book-submit')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await updated;
    expect(detail.session).to.include({ id: session.id, startsAt: first.value });
    await waitUntil(() => !part(el, 'booking'), 'panel stays open');
    await waitUntil(() => focused(el)?.textContent?.startsWith('Moved to'), 'focus lost with the panel');
    const moved = (await mentee.rooms.sessions.list(flagship.id, { status: ['pending', 'accepted'] })).data.find((s) => s.id === session.id)!;
    expect(moved.startsAt).to.equal(first.value);
    await expect(el).to.be.accessible();
  });

  it('books with a hat chosen by keyboard, in Spanish', async () => {
    await mentee.rooms.sessions.cancel(flagship.id, session.id);
    const { el } = await widget('demo-mentee', flagship.id, 'es', 'rtl');
    await waitUntil(() => part(el, 'book-button'));
    part(el, 'book-button')!.click();
    await waitForPart(el, 'slot');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="slot"]')!.click();
    expect(textOf(el)).to.contain('¿Qué tipo de ayuda necesita esta sesión?');
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="booking"] input[name="hat"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((focused(el) as HTMLInputElement).value).to.equal('mentor');
    await expect(el).to.be.accessible();
    const booked = oneEvent(el, 'menteo-session-booked');
    part(el, 'book-submit')!.click();
    const { detail } = await booked;
    session = detail.session;
    expect(detail.session.hat).to.equal('mentor');
    await waitUntil(() => row(el, session.id)?.querySelector('[part~="session-hat"]'), 'no hat chip');
    expect(row(el, session.id)!.querySelector('[part~="session-hat"]')!.textContent).to.equal('Sombrero de mentor');
  });
});
