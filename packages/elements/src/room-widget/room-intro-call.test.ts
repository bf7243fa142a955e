import type { IntroCall, Menteo, Mentor, Room } from '@menteo/sdk';
import { introCallStores, mentorProfileStores } from '@menteo/sdk/stores';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MenteoProvider } from '../provider/menteo-provider.js';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { demoMentor, part, type Person, textOf, waitForPart } from '../../test/support.js';
import { clientFor, focused, roomWidget } from '../../test/room-widget-fixture.js';

// A requested room's free intro call. The mentee's side books and cancels for real, in Priya's
// request to Marcus Booker (no other test touches his calendar). The mentor's side is Daniel's, for
// real too: Sam (acme-employee) asks Daniel for mentorship and books the call, and both are undone
// after the test. (It once replayed Priya's call as if another person had booked it; the live
// events and the PATCH's answer carry the real booker, so the disguise did not hold.)

const widget = (person: Person, roomId: string, lang?: string, dir?: string) => roomWidget(person, roomId, 'header', lang, dir);

const control = (el: Element, action: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="intro-call"] [data-intro-action="${action}"]`);

/** The first open slot of a mentor over the next two weeks. */
async function firstSlot(client: Menteo, mentorId: string, last = false): Promise<string> {
  const { data: slots } = await client.mentors.slots(mentorId, {
    start: new Date(Date.now() + 86_400_000).toISOString(),
    end: new Date(Date.now() + 15 * 86_400_000).toISOString(),
    timeZone: 'UTC',
  });
  return (last ? slots.at(-1) : slots[0])!.startsAt;
}

/** The booked calls of a seeded person, to cancel what a failed test left behind. */
async function cancelOpen(client: Menteo, mentorId: string): Promise<void> {
  for (const call of (await client.introCalls.list({ status: 'booked' })).data) {
    if (call.mentor.id === mentorId && Date.parse(call.startsAt) > Date.now()) await client.introCalls.cancel(call.id);
  }
}

describe('<menteo-room-widget> intro call', () => {
  let mentee: Menteo;
  let mentor: Menteo;
  let request: Room;
  let offering: Mentor['offerings'][number];

  before(async () => {
    mentee = await clientFor('demo-mentee');
    mentor = await clientFor('demo-mentor');
    request = (await mentee.rooms.list({ role: 'mentee', status: ['requested'] })).data[0]!;
    expect(request, 'Priya’s seeded request').to.exist;
    offering = (await mentee.mentors.retrieve(request.mentor.id)).offerings.find((o) => o.kind === 'intro_call')!;
    expect(offering, 'the seeded mentor offers an intro call').to.exist;
  });
  afterEach(async () => {
    reset(); // a failing cancel's handler must not meet the cleanup
    await cancelOpen(mentee, request.mentor.id);
    await cancelOpen(mentee, demoMentor.id);
  });
  startMsw();

  /** Sam's request to Daniel with the intro call Sam booked: the mentor's side, for real; `undo` ends both. */
  async function samAsksDaniel(message?: string) {
    const sam = await clientFor('acme-employee');
    const room = await sam.rooms.create({ mentorId: demoMentor.id, goal: 'Prepare my first skip-level meetings', cadence: 'monthly', termWeeks: 8 });
    const call = await sam.introCalls.book(demoMentor.id, { startsAt: await firstSlot(sam, demoMentor.id, true), ...(message ? { message } : {}) });
    const undo = async () => {
      await sam.introCalls.cancel(call.id).catch(() => undefined);
      await sam.rooms.withdraw(room.id, {}).catch(() => undefined);
    };
    return { room, call, undo };
  }

  it('lets the mentee book a free intro call from a requested room, by keyboard, and cancel it', async () => {
    const { el } = await widget('demo-mentee', request.id);
    const button = await waitForPart(el, 'intro-call-button', 10_000);
    expect(button.textContent!.trim()).to.equal(`Book a free intro call (${offering.durationMinutes} min)`);
    expect(part(el, 'intro-call')!.textContent).to.contain(`meet ${request.mentor.name} for ${offering.durationMinutes} minutes`);
    expect(part(el, 'book-button'), 'no session booking before the room is active').to.be.null;
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    const panel = await waitForPart(el, 'booking');
    expect(focused(el)?.tagName).to.equal('H4');
    expect(panel.textContent).to.contain(`Pick a time for a ${offering.durationMinutes}-minute intro call`);
    await waitForPart(el, 'slot', 10_000);
    // The mentor's open times, as the API lists them for the next two weeks.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(panel.textContent).to.contain(zone);
    const first = part(el, 'slot')!;
    const startsAt = first.dataset.startsAt!;
    await expect(el).to.be.accessible();
    first.querySelector('input')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.tagName).to.equal('TEXTAREA');
    await sendKeys({ type: 'Do we fit?' });
    const booked = oneEvent(el, 'menteo-intro-call-booked');
    part(el, 'book-submit')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await booked;
    expect(detail.roomId).to.equal(request.id);
    expect(detail.introCall).to.include({ startsAt, status: 'booked', message: 'Do we fit?', durationMinutes: offering.durationMinutes });

    const call = await waitForPart(el, 'intro-call-booked');
    expect(call.dataset.introCallId).to.equal(detail.introCall.id);
    expect(part(el, 'booking')).to.be.null;
    expect(call.querySelector('.session-when')!.textContent).to.equal(
      new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone: zone }).format(
        new Date(startsAt),
      ),
    );
    expect(call.querySelector('.session-zone')!.textContent).to.equal(
      new Intl.DateTimeFormat('en', { timeZoneName: 'short', timeZone: zone }).formatToParts(new Date(startsAt)).find((p) => p.type === 'timeZoneName')!.value,
    );
    expect(call.textContent).to.contain(`${offering.durationMinutes}-minute intro call with ${request.mentor.name}`);
    expect(call.textContent).to.contain('Do we fit?');
    expect(textOf(el)).to.contain('Intro call booked for');
    expect(focused(el)?.textContent).to.contain('Intro call booked for'); // focus is not lost with the panel
    expect(part(el, 'intro-call-button')).to.be.null;
    expect((await mentee.introCalls.retrieve(detail.introCall.id)).status).to.equal('booked');
    await expect(el).to.be.accessible();

    // Cancel asks first; "Keep it" takes focus, and keeps it.
    control(el, 'cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => control(el, 'keep'), 'no question');
    expect(part(el, 'intro-call')!.textContent).to.contain('Cancel this intro call? The time opens up again.');
    expect(focused(el)).to.equal(control(el, 'keep'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    const cancelled = oneEvent(el, 'menteo-intro-call-cancelled');
    await sendKeys({ press: 'Enter' });
    expect((await cancelled).detail.introCall).to.include({ id: detail.introCall.id, status: 'cancelled' });
    await waitUntil(() => !part(el, 'intro-call-booked') && part(el, 'intro-call-button'), 'the call stays');
    expect(textOf(el)).to.contain('Intro call cancelled.');
    expect(focused(el)?.textContent).to.contain('Intro call cancelled.');
    expect((await mentee.introCalls.retrieve(detail.introCall.id)).status).to.equal('cancelled');
    await expect(el).to.be.accessible();
  });

  it('keeps a time picked and a message typed in the same moment, before the panel renders again', async () => {
    const { el } = await widget('demo-mentee', request.id);
    (await waitForPart(el, 'intro-call-button', 10_000)).click();
    await waitForPart(el, 'slot', 10_000);
    const slot = part(el, 'slot')!;
    const booked = oneEvent(el, 'menteo-intro-call-booked');
    // One task, as a script or an autofill would: no render between the three.
    slot.querySelector('input')!.click();
    const message = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="booking"] textarea')!;
    message.value = 'Typed at once';
    message.dispatchEvent(new Event('input'));
    part(el, 'book-submit')!.click();
    expect((await booked).detail.introCall).to.include({ startsAt: slot.dataset.startsAt, message: 'Typed at once' });
  });

  it('offers "Add to calendar" for the booked call: an .ics file of its time and its meeting link', async () => {
    const { data: slots } = await mentee.mentors.slots(request.mentor.id, {
      start: new Date(Date.now() + 86_400_000).toISOString(),
      end: new Date(Date.now() + 15 * 86_400_000).toISOString(),
      timeZone: 'UTC',
    });
    const call = await mentee.introCalls.book(request.mentor.id, { startsAt: slots[0]!.startsAt, meetingUrl: 'https://meet.example/priya-marcus' });
    const { el } = await widget('demo-mentee', request.id);
    await waitUntil(() => control(el, 'calendar'), 'no calendar button', { timeout: 10_000 });
    const made: Blob[] = [];
    const clicks: string[] = [];
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return realCreate.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      control(el, 'calendar')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => made.length === 1, 'no file made');
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(clicks).to.deep.equal([`menteo-intro-call-${call.id}.ics`]);
    const ics = (await made[0]!.text()).replace(/\r\n /g, '');
    const utc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
    expect(ics).to.contain(`UID:${call.id}@menteo.dev`);
    expect(ics).to.contain(`DTSTART:${utc(call.startsAt)}`);
    expect(ics).to.contain(`DTEND:${utc(call.endsAt)}`);
    expect(ics).to.contain(`SUMMARY:Intro call with ${request.mentor.name}`);
    expect(ics).to.contain('URL:https://meet.example/priya-marcus', 'the meeting link, as a session’s .ics has it');
  });

  it('lets the mentee add, change and remove the meeting link by keyboard; "Join the call" opens it in a new tab @no-dates', async () => {
    const call = await mentee.introCalls.book(request.mentor.id, { startsAt: await firstSlot(mentee, request.mentor.id) });
    const { el } = await widget('demo-mentee', request.id);
    await waitUntil(() => control(el, 'link'), 'no link button', { timeout: 10_000 });
    expect(part(el, 'intro-call-link'), 'no link yet').to.be.null;
    expect(control(el, 'link')!.textContent!.trim()).to.equal('Add a meeting link');

    control(el, 'link')!.focus();
    await sendKeys({ press: 'Enter' });
    const form = await waitForPart(el, 'intro-call-link-form');
    expect(form.getAttribute('aria-label')).to.equal('Add a meeting link');
    const input = () => part(el, 'intro-call-link-form')!.querySelector<HTMLInputElement>('input')!;
    expect(focused(el)).to.equal(input());
    expect(input().type).to.equal('url');
    expect(form.querySelector('label')!.textContent).to.equal('Meeting link (optional)');
    expect(form.querySelector<HTMLLabelElement>('label')!.htmlFor).to.equal(input().id);
    await expect(el).to.be.accessible();

    // Not http(s): the field refuses it and nothing is sent.
    await sendKeys({ type: 'ftp://meet.example/x' });
    expect(input().checkValidity()).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect((await mentee.introCalls.retrieve(call.id)).meetingUrl).to.equal(null);
    input().select();
    await sendKeys({ type: 'https://meet.example/priya-marcus' });
    const updated = oneEvent(el, 'menteo-intro-call-updated');
    await sendKeys({ press: 'Enter' });
    const { detail } = await updated;
    expect(detail.roomId).to.equal(request.id);
    expect(detail.introCall).to.include({ id: call.id, meetingUrl: 'https://meet.example/priya-marcus' });
    const join = await waitForPart(el, 'intro-call-link');
    expect(join.textContent!.trim()).to.equal('Join the call');
    expect(join.getAttribute('href')).to.equal('https://meet.example/priya-marcus');
    expect(join.getAttribute('target')).to.equal('_blank');
    expect(join.getAttribute('rel')!.split(' ')).to.include('noopener');
    expect(part(el, 'intro-call-link-form')).to.be.null;
    await waitUntil(() => focused(el)?.textContent?.includes('Meeting link saved.'), 'focus is lost with the form');
    expect((await mentee.introCalls.retrieve(call.id)).meetingUrl).to.equal('https://meet.example/priya-marcus');
    await expect(el).to.be.accessible();

    // Change: the field holds the link; Cancel closes it and gives focus back to the button.
    expect(control(el, 'link')!.textContent!.trim()).to.equal('Change the link');
    control(el, 'link')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitForPart(el, 'intro-call-link-form');
    expect(input().value).to.equal('https://meet.example/priya-marcus');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(control(el, 'link-cancel'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !part(el, 'intro-call-link-form'), 'the form stays');
    expect(focused(el)).to.equal(control(el, 'link'));

    // Remove: an empty field.
    control(el, 'link')!.click();
    await waitForPart(el, 'intro-call-link-form');
    input().value = '';
    input().dispatchEvent(new Event('input'));
    const removed = oneEvent(el, 'menteo-intro-call-updated');
    control(el, 'link-save')!.click();
    expect((await removed).detail.introCall.meetingUrl).to.equal(null);
    await waitUntil(() => !part(el, 'intro-call-link'), 'the link stays');
    expect(textOf(el)).to.contain('Meeting link removed.');
    expect((await mentee.introCalls.retrieve(call.id)).meetingUrl).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the mentor set the link of the call booked by the person waiting @no-dates', async () => {
    const { room, call: real, undo } = await samAsksDaniel();
    try {
      const { el } = await widget('demo-mentor', room.id);
      await waitUntil(() => control(el, 'link'), 'no link button', { timeout: 10_000 });
      control(el, 'link')!.click();
      const form = await waitForPart(el, 'intro-call-link-form');
      form.querySelector('input')!.focus();
      await sendKeys({ type: 'https://meet.example/daniel' });
      const updated = oneEvent(el, 'menteo-intro-call-updated');
      control(el, 'link-save')!.click();
      expect((await updated).detail.introCall).to.include({ id: real.id, meetingUrl: 'https://meet.example/daniel', viewerRole: 'mentor' });
      expect((await mentor.introCalls.retrieve(real.id)).meetingUrl, 'the call has it').to.equal('https://meet.example/daniel');
      await waitUntil(() => part(el, 'intro-call-link')?.getAttribute('href') === 'https://meet.example/daniel', 'no link', { timeout: 10_000 });
      await expect(el).to.be.accessible();
    } finally {
      await undo();
    }
  });

  it('shows a link set elsewhere (the other person, another tab) without reloading @no-dates', async () => {
    const call = await mentee.introCalls.book(request.mentor.id, { startsAt: await firstSlot(mentee, request.mentor.id) });
    const { el } = await widget('demo-mentee', request.id);
    await waitUntil(() => control(el, 'link'), 'no call', { timeout: 10_000 });
    const lists = replay('GET', '/v1/intro-calls');
    use(lists.handler);
    // intro_call.updated reaches the widget's stores; the list is not asked for again.
    await mentee.introCalls.update(call.id, { meetingUrl: 'https://meet.example/elsewhere' });
    await waitUntil(() => part(el, 'intro-call-link')?.getAttribute('href') === 'https://meet.example/elsewhere', 'the change did not arrive', {
      timeout: 10_000,
    });
    expect(control(el, 'link')!.textContent!.trim()).to.equal('Change the link');
    expect(lists.count).to.equal(0);
  });

  it('keeps the link typed when saving fails, and says why with the request id @no-dates', async () => {
    const real = await mentee.introCalls.book(request.mentor.id, {
      startsAt: await firstSlot(mentee, request.mentor.id),
      meetingUrl: 'https://meet.example/old',
    });
    const failing = replay('PATCH', '/v1/intro-calls/:id', { status: 500 });
    use(failing.handler);
    const { el } = await widget('demo-mentee', request.id);
    await waitUntil(() => control(el, 'link'), 'no link button', { timeout: 10_000 });
    control(el, 'link')!.click();
    const input = (await waitForPart(el, 'intro-call-link-form')).querySelector('input')!;
    input.select();
    input.focus();
    await sendKeys({ type: 'https://meet.example/new' });
    control(el, 'link-save')!.click();
    const alert = () => part(el, 'intro-call-link-form')?.querySelector('[role="alert"]');
    await waitUntil(alert, 'no error', { timeout: 15_000 });
    expect(alert()!.textContent).to.contain('We couldn’t save the link.');
    expect(alert()!.textContent).to.contain(`Request ID: ${failing.requestIds.at(-1)}`);
    expect(part(el, 'intro-call-link-form')!.querySelector('input')!.value, 'what was typed').to.equal('https://meet.example/new');
    expect(part(el, 'intro-call-link')!.getAttribute('href'), 'the link shown is still the saved one').to.equal('https://meet.example/old');
    expect((await mentee.introCalls.retrieve(real.id)).meetingUrl).to.equal('https://meet.example/old');
    await expect(el).to.be.accessible();
  });

  it('shows no "Join the call" for a link that is not http(s) @no-dates', async () => {
    const real = await mentee.introCalls.book(request.mentor.id, { startsAt: await firstSlot(mentee, request.mentor.id) });
    const unsafe = (call: IntroCall): IntroCall => (call.id === real.id ? { ...call, meetingUrl: 'javascript:alert(1)' } : call);
    use(replay('GET', '/v1/intro-calls', { mutate: (body: { data: IntroCall[] }) => ({ ...body, data: body.data.map(unsafe) }) }).handler);
    const { el } = await widget('demo-mentee', request.id);
    await waitUntil(() => control(el, 'link'), 'no call', { timeout: 10_000 });
    expect(part(el, 'intro-call-link')).to.be.null;
    expect(el.shadowRoot!.querySelector('[part~="intro-call"] a[href^="javascript"]')).to.be.null;
  });

  it('speaks Spanish, right to left too', async () => {
    const { el } = await widget('demo-mentee', request.id, 'es', 'rtl');
    await waitUntil(() => (part(el, 'intro-call-button')?.textContent ?? '').includes('Reservar una llamada de presentación gratuita'), 'not in Spanish', {
      timeout: 10_000,
    });
    expect(part(el, 'intro-call-button')!.textContent!.trim()).to.equal(`Reservar una llamada de presentación gratuita (${offering.durationMinutes} min)`);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish for the meeting link, right to left too @no-dates', async () => {
    await mentee.introCalls.book(request.mentor.id, { startsAt: await firstSlot(mentee, request.mentor.id), meetingUrl: 'https://meet.example/es' });
    const { el } = await widget('demo-mentee', request.id, 'es', 'rtl');
    const join = await waitForPart(el, 'intro-call-link', 10_000);
    await waitUntil(() => join.textContent!.trim() === 'Unirse a la llamada', 'not in Spanish');
    expect(control(el, 'link')!.textContent!.trim()).to.equal('Cambiar el enlace');
    control(el, 'link')!.click();
    const form = await waitForPart(el, 'intro-call-link-form');
    expect(form.querySelector('label')!.textContent).to.equal('Enlace de la reunión (opcional)');
    expect(form.querySelector('input')!.getAttribute('dir'), 'a URL reads left to right').to.equal('ltr');
    expect(control(el, 'link-save')!.textContent!.trim()).to.equal('Guardar');
    await expect(el).to.be.accessible();
  });

  it('shows the mentor the call booked by the person waiting in the room, who can cancel it', async () => {
    const { room, call: real, undo } = await samAsksDaniel('A colleague recommended you.');
    try {
      const { el } = await widget('demo-mentor', room.id);
      const call = await waitForPart(el, 'intro-call-booked', 10_000);
      expect(call.dataset.introCallId).to.equal(real.id);
      expect(call.textContent).to.contain(`${real.durationMinutes}-minute intro call with ${room.mentee.name}`);
      expect(call.textContent).to.contain('A colleague recommended you.');
      expect(part(el, 'intro-call-button'), 'the mentor books nothing').to.be.null;
      await expect(el).to.be.accessible();
      control(el, 'cancel')!.click();
      await waitUntil(() => control(el, 'confirm-cancel'), 'no question');
      const cancelled = oneEvent(el, 'menteo-intro-call-cancelled');
      control(el, 'confirm-cancel')!.click();
      expect((await cancelled).detail.introCall.status).to.equal('cancelled');
      await waitUntil(() => !part(el, 'intro-call-booked'), 'the call stays');
      // The mentor has nothing to book: the section says what happened, and nothing else.
      expect(part(el, 'intro-call')!.textContent).to.contain('Intro call cancelled.');
      expect((await mentor.introCalls.retrieve(real.id)).status).to.equal('cancelled');
      await expect(el).to.be.accessible();
    } finally {
      await undo();
    }
  });

  it('shows a failed cancel with its request id, and keeps the call @no-dates', async () => {
    const { data: slots } = await mentee.mentors.slots(request.mentor.id, {
      start: new Date(Date.now() + 86_400_000).toISOString(),
      end: new Date(Date.now() + 15 * 86_400_000).toISOString(),
      timeZone: 'UTC',
    });
    const real = await mentee.introCalls.book(request.mentor.id, { startsAt: slots[0]!.startsAt });
    const failing = replay('POST', '/v1/intro-calls/:id/cancel', { status: 500 });
    use(failing.handler);
    const { el } = await widget('demo-mentee', request.id);
    await waitUntil(() => control(el, 'cancel'), 'no cancel button', { timeout: 10_000 });
    control(el, 'cancel')!.click();
    await waitUntil(() => control(el, 'confirm-cancel'), 'no question');
    control(el, 'confirm-cancel')!.click();
    const alert = () => part(el, 'intro-call-booked')?.querySelector('[role="alert"]');
    await waitUntil(alert, 'no error', { timeout: 15_000 });
    expect(alert()!.textContent).to.contain('We couldn’t cancel the intro call; it is still booked.');
    expect(alert()!.textContent).to.contain(`Request ID: ${failing.requestIds.at(-1)}`);
    expect(part(el, 'intro-call-booked')!.dataset.introCallId).to.equal(real.id);
    expect((await mentee.introCalls.retrieve(real.id)).status).to.equal('booked');
    await expect(el).to.be.accessible();
  });

  it('keeps the message typed when a booking fails, and says why with the request id @no-dates', async () => {
    const failing = replay('POST', '/v1/mentors/:id/intro-calls', { status: 500 });
    use(failing.handler);
    const { el } = await widget('demo-mentee', request.id);
    (await waitForPart(el, 'intro-call-button', 10_000)).click();
    await waitForPart(el, 'slot', 10_000);
    part(el, 'slot')!.querySelector('input')!.click();
    const message = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="booking"] textarea')!;
    message.focus();
    await sendKeys({ type: 'About my first team' });
    part(el, 'book-submit')!.click();
    const alert = () => part(el, 'booking')?.querySelector('[role="alert"]');
    await waitUntil(alert, 'no error', { timeout: 15_000 });
    expect(alert()!.textContent).to.contain('We couldn’t book the intro call.');
    expect(alert()!.textContent).to.contain(`Request ID: ${failing.requestIds.at(-1)}`);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="booking"] textarea')!.value).to.equal('About my first team');
    expect(part(el, 'intro-call-booked')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows the load error with its request id, and Try again loads the offer @no-dates', async () => {
    const down = replay('GET', '/v1/intro-calls', { status: 500 });
    use(down.handler);
    const { el } = await widget('demo-mentee', request.id);
    const alert = () => part(el, 'intro-call')?.querySelector('[role="alert"]');
    await waitUntil(alert, 'no error', { timeout: 15_000 });
    expect(alert()!.textContent).to.contain('We couldn’t load the intro call.');
    expect(down.requestIds, 'the request id shown is one the problem carried').to.include(alert()!.textContent!.match(/Request ID: (\S+)/)?.[1]);
    await expect(el).to.be.accessible();
    // The intro call's own retry, while the rest of the room stays as it is.
    reset();
    alert()!.querySelector<HTMLElement>('[part~="retry-button"]')!.click();
    await waitForPart(el, 'intro-call-button', 10_000);
    expect(alert()).to.equal(null);
  });

  it('shows nothing when the mentor offers no intro call @no-dates', async () => {
    // The store asks for mentors in batches (`/v1/mentors?ids=…`): the sandbox's answer, without the offering.
    const withoutCall = (mentor: Mentor): Mentor => ({ ...mentor, offerings: mentor.offerings.filter((o) => o.kind !== 'intro_call') });
    const noOffer = replay('GET', '/v1/mentors', { mutate: (body: { data: Mentor[] }) => ({ ...body, data: body.data.map(withoutCall) }) });
    use(noOffer.handler);
    const { root, el } = await widget('demo-mentee', request.id);
    // Waits on the stores the section reads (the provider's own, shared with the widget): both answered.
    const { stores } = root.querySelector<MenteoProvider>('menteo-provider')!.connection!;
    const seen = { mentor: undefined as Mentor | undefined, calls: false };
    const stops = [
      mentorProfileStores(stores)
        .mentor(request.mentor.id)
        .subscribe(({ data }) => {
          seen.mentor = data;
        }),
      introCallStores(stores)
        .introCalls({ status: 'booked' })
        .subscribe(({ loaded }) => {
          seen.calls = loaded;
        }),
    ];
    try {
      await waitUntil(() => seen.mentor && seen.calls, 'the offer and the calls not loaded', { timeout: 10_000 });
      expect(seen.mentor!.offerings.some((o) => o.kind === 'intro_call')).to.equal(false);
      await el.updateComplete;
      expect(part(el, 'intro-call')).to.equal(null);
      expect(noOffer.count).to.be.at.least(1);
    } finally {
      for (const stop of stops) stop();
    }
  });
});
