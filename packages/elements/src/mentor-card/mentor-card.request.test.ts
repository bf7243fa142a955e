// The card's built-in request: the dialog, the room it creates in the real sandbox, and the
// viewer's room state on cards. Keyboard only, axe with the dialog open, English and Spanish.
import { Menteo, type Mentor } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoMentor, leftOfText, part, sandbox, tokenFor, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoRequestDialog } from '../internal/request-dialog/request-dialog.js';
import type { MenteoMentorCard } from './mentor-card.js';

const OPEN = ['requested', 'active', 'paused'] as const;

let mentee: Menteo;
/** Mentors the demo mentee has no open room with, taking requests: one per test that sends one. */
let fresh: Mentor[];
/** Rooms the tests created, withdrawn at the end so the seeded world stays as other files expect. */
const created: string[] = [];

async function signedInCard(mentorId: string, { lang = 'en', dir = 'ltr', roomHref }: { lang?: string; dir?: string; roomHref?: string } = {}) {
  const root = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
      <menteo-mentor-card mentor-id=${mentorId} room-href=${roomHref ?? ''}></menteo-mentor-card>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-mentor-card')!;
  if (!roomHref) el.removeAttribute('room-href');
  await waitForPart(el, 'name');
  return el;
}

const dialogOf = (el: MenteoMentorCard) => el.shadowRoot!.querySelector<MenteoRequestDialog>('menteo-request-dialog');
const nativeDialog = (el: MenteoMentorCard) => dialogOf(el)?.shadowRoot?.querySelector('dialog') ?? null;
const inDialog = <T extends HTMLElement = HTMLElement>(el: MenteoMentorCard, selector: string) => dialogOf(el)!.shadowRoot!.querySelector<T>(selector)!;
const focusedInDialog = (el: MenteoMentorCard) => dialogOf(el)?.shadowRoot?.activeElement ?? null;
const focusedInCard = (el: MenteoMentorCard) => el.shadowRoot!.activeElement;

const textIn = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
}

/** Focuses the card's request button with the keyboard and presses Enter: the dialog opens with the goal focused. */
async function openByKeyboard(el: MenteoMentorCard): Promise<void> {
  const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => nativeDialog(el)?.open, 'the dialog did not open');
  await waitUntil(() => focusedInDialog(el)?.id === 'goal', 'the goal is not focused');
}

describe('<menteo-mentor-card> request dialog', () => {
  before(async () => {
    mentee = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
    const open = (await mentee.rooms.list({ role: 'mentee', status: [...OPEN], limit: 100 })).data;
    const taken = new Set(open.map((room) => room.mentor.id));
    const found = (await mentee.mentors.search({ limit: 50 })).data;
    fresh = found.filter((m) => m.acceptingRequests && m.capacity.open > 0 && !taken.has(m.id) && m.id !== demoMentor.id).reverse();
    expect(fresh.length, 'fresh mentors in the search').to.be.at.least(4);
  });

  after(async () => {
    for (const roomId of created) await mentee.rooms.withdraw(roomId, {}).catch(() => undefined);
  });

  it('opens a labelled modal dialog from the keyboard, keeps Tab inside it, and Escape returns to the button (axe-clean)', async () => {
    const mentor = fresh[0]!;
    const el = await signedInCard(mentor.id);
    const asked = oneEvent(el, 'menteo-request-mentorship');
    await openByKeyboard(el);
    expect((await asked).detail.mentorId).to.equal(mentor.id);
    const dialog = nativeDialog(el)!;
    expect(dialog.matches(':modal'), 'opened with showModal()').to.equal(true);
    const title = inDialog(el, `#${dialog.getAttribute('aria-labelledby')}`);
    expect(title.textContent!.trim()).to.equal(`Request mentorship with ${mentor.name}`);
    await expect(dialogOf(el)!).to.be.accessible();
    // Shift+Tab from the first control goes to the last (Send); Tab from there back to the goal.
    await shiftTab();
    expect(focusedInDialog(el)?.getAttribute('part')).to.equal('send-button');
    await sendKeys({ press: 'Tab' });
    expect(focusedInDialog(el)?.id).to.equal('goal');
    // A full lap forward never leaves the dialog.
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = focusedInDialog(el);
      expect(focused, `Tab ${i + 1} left the dialog`).to.exist;
      seen.add(focused!.id || focused!.getAttribute('part') || focused!.getAttribute('name')!);
    }
    expect([...seen]).to.include.members(['goal', 'cadence', 'termWeeks', 'message', 'agreement', 'selfEfficacy', 'cancel-button', 'send-button']);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !nativeDialog(el)!.open, 'Escape did not close it');
    expect(focusedInCard(el)).to.equal(part(el, 'request-button'));
  });

  it('sends the request with the keyboard: a live count, POST /v1/rooms, menteo-room-requested, then "Requested · view"', async () => {
    const mentor = fresh[1]!;
    const el = await signedInCard(mentor.id);
    await openByKeyboard(el);
    // The goal, the term and the agreement are each described by their hint, and every id a
    // control names is in the dialog.
    for (const field of ['goal', 'termWeeks', 'agreement']) {
      const refs = inDialog(el, `#${field}`).getAttribute('aria-describedby')!.split(' ');
      expect(
        refs.map((ref) => inDialog(el, `#${ref}`).className),
        field,
      ).to.include('hint');
    }
    for (const field of ['cadence', 'message']) expect(inDialog(el, `#${field}`).hasAttribute('aria-describedby'), field).to.equal(false);
    const count = inDialog(el, '[part~="goal-count"]');
    expect(count.textContent!.trim()).to.equal('0 of 2,000 characters');
    expect(count.getAttribute('aria-live')).to.equal('polite');
    // Too short: said next to the goal, nothing sent.
    await sendKeys({ type: 'Short' });
    expect(count.textContent!.trim()).to.equal('5 of 2,000 characters');
    inDialog<HTMLButtonElement>(el, '[part~="send-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inDialog(el, '#goal-error'), 'no goal error');
    expect(inDialog(el, '#goal').getAttribute('aria-invalid')).to.equal('true');
    expect(inDialog(el, '#goal').getAttribute('aria-describedby')).to.contain('goal-error');
    expect(focusedInDialog(el)?.id, 'focus moves to the field to fix').to.equal('goal');
    await expect(dialogOf(el)!).to.be.accessible();
    await sendKeys({ type: ' — grow into a staff engineer role' });
    const goal = 'Short — grow into a staff engineer role';
    await waitUntil(() => count.textContent!.trim() === `${goal.length} of 2,000 characters`, 'the count did not follow');
    await sendKeys({ press: 'Tab' }); // cadence
    await sendKeys({ press: 'ArrowDown' }); // biweekly → monthly
    await sendKeys({ press: 'Tab' }); // term
    await selectAll();
    await sendKeys({ type: '20' });
    await sendKeys({ press: 'Tab' }); // message
    await sendKeys({ type: 'Hello! I loved your talk.' });
    await sendKeys({ press: 'Tab' }); // agreement
    await sendKeys({ type: 'We meet for an hour.' });
    await sendKeys({ press: 'Tab' }); // confidence: the first radio
    await sendKeys({ press: 'ArrowRight' }); // 2
    expect(inDialog<HTMLInputElement>(el, 'input[value="2"]').checked).to.equal(true);
    const requested = oneEvent(el, 'menteo-room-requested');
    inDialog<HTMLButtonElement>(el, '[part~="send-button"]').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await requested;
    created.push(detail.roomId);
    expect(detail.mentorId).to.equal(mentor.id);
    expect(detail.roomId).to.match(/^room_/);
    await waitUntil(() => !nativeDialog(el)?.open, 'the dialog stayed open');
    // The room as the API has it.
    const room = await mentee.rooms.retrieve(detail.roomId);
    expect(room).to.include({ status: 'requested', goal, cadence: 'monthly', termWeeks: 20, agreement: 'We meet for an hour.' });
    expect(room.selfEfficacy.atStart).to.equal(2);
    // The card now says where the viewer stands, and the focus is on "view".
    const state = await waitForPart(el, 'room-state');
    expect(textIn(state)).to.equal('Requested · view');
    expect(part(el, 'request-button')).to.be.null;
    expect(focusedInCard(el)).to.equal(part(el, 'room-link'));
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'menteo-room-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.roomId).to.equal(detail.roomId); // With a room-href pattern, "view" is a link to the room.
    el.roomHref = '/rooms/{roomId}';
    await el.updateComplete;
    const link = part<HTMLAnchorElement>(el, 'room-link')!;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal(`/rooms/${detail.roomId}`);
    expect(link.getAttribute('aria-label')).to.equal(`View your request to ${mentor.name}`);
  });

  it('search results show the viewer’s rooms, kept live: a request made elsewhere, then withdrawn', async () => {
    const mentor = fresh[2]!;
    const room = await mentee.rooms.create({ mentorId: mentor.id, goal: 'Learn to lead design reviews well', cadence: 'weekly', termWeeks: 8 });
    created.push(room.id);
    const root =
      await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentee')}>
      <menteo-mentor-search q=${mentor.name}></menteo-mentor-search>
    </menteo-provider>`);
    const search = root.querySelector('menteo-mentor-search')!;
    await waitUntil(() => search.shadowRoot!.querySelector(`menteo-mentor-card`), 'no results');
    const el = () => [...search.shadowRoot!.querySelectorAll('menteo-mentor-card')].find((card) => card.mentor?.id === mentor.id)!;
    await waitUntil(() => el() && part(el(), 'room-state'), 'no room state on the result');
    expect(textIn(part(el(), 'room-state'))).to.equal('Requested · view');
    expect(part(el(), 'request-button')).to.equal(null);
    await expect(search).to.be.accessible();
    // Withdrawn in another tab: the room event reaches the rooms store, and the button is back.
    await mentee.rooms.withdraw(room.id, {});
    await waitUntil(() => part(el(), 'request-button'), 'the button did not come back', { timeout: 15_000 });
    expect(part(el(), 'room-state')).to.equal(null);
  });

  it('says "You already have a request with <name>" on the API’s 409', async () => {
    const mentor = fresh[3]!;
    const el = await signedInCard(mentor.id);
    await openByKeyboard(el);
    // Meanwhile, another tab sends a request to the same mentor.
    const room = await mentee.rooms.create({ mentorId: mentor.id, goal: 'Prepare for a promotion case', cadence: 'weekly', termWeeks: 8 });
    created.push(room.id);
    await sendKeys({ type: 'Prepare for a promotion case, again' });
    inDialog<HTMLButtonElement>(el, '[part~="send-button"]').focus();
    await sendKeys({ press: 'Enter' });
    const error = await waitUntil(() => dialogOf(el)!.shadowRoot!.querySelector('[part~="request-error"]'), 'no error shown').then(() =>
      inDialog(el, '[part~="request-error"]'),
    );
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain(`You already have a request with ${mentor.name}.`);
    expect(error.textContent).to.match(/Request ID: req_/);
    expect(nativeDialog(el)!.open).to.equal(true);
    await expect(dialogOf(el)!).to.be.accessible();
    // The card caught up behind the dialog: the request made elsewhere shows, and Escape leads there.
    await waitUntil(() => part(el, 'room-state'), 'the card did not catch up');
    expect(textIn(part(el, 'room-state'))).to.equal('Requested · view');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !nativeDialog(el)!.open, 'Escape did not close it');
    expect(focusedInCard(el), 'the focus goes where the button was').to.equal(part(el, 'room-link'));
  });

  it('a card on its own shows the viewer’s room from the provider: "Your mentor" for the demo mentor, and the button once signed out', async () => {
    const open = (await mentee.rooms.list({ role: 'mentee', status: [...OPEN], limit: 100 })).data;
    const withDemo = open.find((room) => room.mentor.id === demoMentor.id);
    expect(withDemo, 'the seed gives the demo mentee a room with the demo mentor').to.exist;
    const demo = await signedInCard(demoMentor.id);
    await waitUntil(() => part(demo, 'room-state'), 'no room state');
    expect(textIn(part(demo, 'room-state'))).to.equal(withDemo!.status === 'requested' ? 'Requested · view' : 'Your mentor · open');
    expect(part(demo, 'request-button')).to.equal(null);
    await expect(demo).to.be.accessible();
    // Signed out (the page takes the token source away): the button again.
    const provider = demo.closest('menteo-provider')!;
    provider.getToken = undefined;
    await waitForPart(demo, 'request-button');
    expect(part(demo, 'room-state')).to.equal(null);
  });

  it('says the API’s 422 for a pointer outside the form as the API says it (one’s own card)', async () => {
    const root =
      await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${() => tokenFor('demo-mentor')}>
      <menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>
    </menteo-provider>`);
    const el = root.querySelector('menteo-mentor-card')!;
    await openByKeyboard(el);
    await sendKeys({ type: 'Mentor myself through a hard year' });
    inDialog<HTMLButtonElement>(el, '[part~="send-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el)!.shadowRoot!.querySelector('[part~="request-error"]'), 'no error shown');
    const problem = inDialog(el, '[part~="request-error"]');
    expect(problem.textContent).not.to.contain('Please correct the fields marked below.');
    expect(textIn(problem)).to.match(/\S.*Request ID: req_/);
    expect(dialogOf(el)!.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
    await expect(dialogOf(el)!).to.be.accessible();
  });

  it('is complete in Spanish and right-to-left', async () => {
    const mentor = fresh[0]!;
    const el = await signedInCard(mentor.id, { lang: 'es', dir: 'rtl' });
    await openByKeyboard(el);
    const dialog = nativeDialog(el)!;
    expect(dialog.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(dialog).direction).to.equal('rtl');
    const text = (dialogOf(el)!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain(`Solicitar mentoría con ${mentor.name}`);
    for (const words of [
      'Tu objetivo',
      '0 de 2000 caracteres',
      'Cada dos semanas',
      'Duración en semanas',
      'Primer mensaje (opcional)',
      'Acuerdo propuesto (opcional)',
      'Cancelar',
      'Enviar solicitud',
    ]) {
      expect(text).to.contain(words);
    }
    expect(text).not.to.match(/Your goal|Send request|Cancel\b|Weekly|characters/);
    await expect(dialogOf(el)!).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
  });

  it('keeps its English sentences in reading order on a right-to-left page ("From 4 to 52 weeks.", not ".From 4 to 52 weeks")', async () => {
    // An Arabic or Hebrew page gets the English catalog (none ships for its language): each hint
    // takes the direction of its own words, while the dialog's layout stays right to left.
    const el = await signedInCard(fresh[0]!.id, { dir: 'rtl' });
    await openByKeyboard(el);
    expect(getComputedStyle(nativeDialog(el)!).direction, 'the layout stays right to left').to.equal('rtl');
    const term = inDialog(el, '#termWeeks-hint');
    expect(leftOfText(term, '.'), 'the full stop ends the sentence, on the right').to.be.above(leftOfText(term, 'weeks'));
    expect(leftOfText(term, 'From'), 'the sentence starts on the left').to.be.below(leftOfText(term, 'weeks'));
    const count = inDialog(el, '#goal-count');
    expect(leftOfText(count, '0 of'), '"0 of 2,000 characters"').to.be.below(leftOfText(count, 'characters'));
    const sentence = term.querySelector('bdi')!.getBoundingClientRect();
    expect(term.getBoundingClientRect().right - sentence.right, 'aligned to the right, as the layout').to.be.below(1);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !nativeDialog(el)!.open);
  });

  it('leaves the page in charge: preventDefault() keeps the dialog closed', async () => {
    const el = await signedInCard(fresh[0]!.id);
    el.addEventListener('menteo-request-mentorship', (event) => {
      expect(event.cancelable).to.equal(true);
      event.preventDefault();
    });
    const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
    button.click();
    // Had the provider gone on, it would have asked for this module first; once it is here, the provider's turn has come and gone.
    await import('../internal/request-dialog/request-dialog.js');
    await el.updateComplete;
    expect(dialogOf(el)).to.be.null;
  });

  it('asks the page to sign the person in when there is no user token', async () => {
    const root = await fixture<HTMLElement>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url}>
      <menteo-mentor-card mentor-id=${fresh[0]!.id}></menteo-mentor-card>
    </menteo-provider>`);
    const el = root.querySelector('menteo-mentor-card')!;
    const button = await waitForPart<HTMLButtonElement>(el, 'request-button');
    const signIn = oneEvent(el, 'menteo-sign-in-required');
    button.click();
    expect((await signIn).detail).to.deep.equal({ action: 'request' });
    expect(dialogOf(el)).to.be.null;
    // A page that takes over hears the request and nothing else (the sign-in request is sent synchronously, or not at all).
    const heard: string[] = [];
    el.addEventListener('menteo-request-mentorship', (event) => event.preventDefault());
    el.addEventListener('menteo-sign-in-required', () => heard.push('sign-in'));
    button.click();
    expect(heard).to.deep.equal([]);
  });
});
