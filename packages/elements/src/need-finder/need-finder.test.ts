import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearRequests, part, sandbox, textOf, waitForPart } from '../../test/support.js';
import type { MenteoMatchesReadyEvent } from '../events/menteo-matches-ready.js';
import type { MenteoNeedSubmitEvent } from '../events/menteo-need-submit.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoNeedFinder } from './need-finder.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');
MenteoNeedFinder.define('menteo-need-finder');

const goals = 'My team misses deadlines; I need to set direction and make decisions faster.';

async function finder(options: { key?: string; baseUrl?: string; wrap?: 'es-rtl' } = {}) {
  const inner = html`<menteo-provider publishable-key=${options.key ?? 'pk_test_demo'} base-url=${options.baseUrl ?? sandbox.url}>
    <menteo-need-finder></menteo-need-finder>
  </menteo-provider>`;
  const root = await fixture(options.wrap ? html`<div dir="rtl" lang="es">${inner}</div>` : inner);
  const el = root.querySelector('menteo-need-finder')!;
  await el.updateComplete;
  return el;
}

const active = (el: Element): Element | null => el.shadowRoot!.activeElement;
const matchRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes('/v1/matches'));

/** Presses Tab until focus is on what `is` accepts (at most 40 times). */
async function tabTo(el: Element, is: (focused: Element | null) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40 && !is(active(el)); i++) await sendKeys({ press: 'Tab' });
  expect(is(active(el)), `focus never reached ${what}`).to.equal(true);
}

const isPart = (name: string) => (focused: Element | null) => focused?.matches(`[part~="${name}"]`) ?? false;

/** Fills step 1 and 2 with clicks and typing, and submits. */
async function fill(el: MenteoNeedFinder, need: 'leadership' | 'mentorship', text: string, skills: string[] = []) {
  if (part(el, 'continue-button')) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`#need-${need}`)!.click();
    await el.updateComplete;
    part(el, 'continue-button')!.click();
    await el.updateComplete;
  }
  const goalsField = part<HTMLTextAreaElement>(el, 'goals')!;
  goalsField.value = text;
  goalsField.dispatchEvent(new InputEvent('input', { bubbles: true }));
  for (const skill of skills) el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${skill}"]`)!.click();
  await el.updateComplete;
}

describe('<menteo-need-finder>', () => {
  it('runs by keyboard alone: a leadership need ranks a directive leadership mentor first, with reasons', async () => {
    const el = await finder();
    expect(textOf(el)).to.contain('Step 1 of 2');
    await expect(el).to.be.accessible();
    const submitted: MenteoNeedSubmitEvent[] = [];
    const ready: MenteoMatchesReadyEvent[] = [];
    // Bubbling and composed: heard on the document.
    const onSubmit = (e: MenteoNeedSubmitEvent) => submitted.push(e);
    const onReady = (e: MenteoMatchesReadyEvent) => ready.push(e);
    document.body.addEventListener('menteo-need-submit', onSubmit);
    document.body.addEventListener('menteo-matches-ready', onReady);
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(el, (f) => f?.getAttribute('name') === 'need', 'the need radio group');
      await sendKeys({ press: 'ArrowDown' }); // mentorship
      await sendKeys({ press: 'ArrowUp' }); // back to leadership
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#need-leadership')!.checked).to.equal(true);
      await tabTo(el, isPart('continue-button'), 'Continue');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'goals', 'focus did not move to the goals');
      expect(textOf(el)).to.contain('Step 2 of 2');
      await sendKeys({ type: goals });
      await tabTo(el, (f) => (f as HTMLInputElement | null)?.value === 'decision-making', 'the decision-making chip');
      await sendKeys({ press: 'Space' });
      await tabTo(el, (f) => (f as HTMLInputElement | null)?.value === 'delegation', 'the delegation chip');
      await sendKeys({ press: 'Space' });
      await tabTo(el, isPart('submit-button'), 'Find mentors');
      clearRequests();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent!.trim()).to.equal('');
      await sendKeys({ press: 'Enter' });

      // Submitting: busy button, polite announcement. (The sandbox may already have answered.)
      await waitUntil(() => submitted.length === 1, 'no menteo-need-submit');
      await el.updateComplete;
      if (!part(el, 'results')) {
        expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('true');
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(status.textContent).to.contain('Finding mentors…');
      }
      await waitForPart(el, 'results');
      expect(matchRequests()).to.have.length(1);
      await waitUntil(() => active(el)?.id === 'results-title', 'focus did not move to the results');

      // The request, as the event told it.
      expect(submitted).to.have.length(1);
      const request = submitted[0]!.detail;
      expect(request).to.include({ need: 'leadership', goals, language: 'en', limit: 5 });
      expect(request.skills).to.deep.equal(['decision-making', 'delegation']);

      // The ranking: the first mentor fits the leader hat, by the API's own reasons.
      const ranked = el.ranked;
      expect(ranked.length).to.be.greaterThan(1);
      const codes = ranked[0]!.reasons.map((r) => r.code);
      expect(codes).to.include.members(['need_fit', 'style_fit']);
      expect(ranked[0]!.mentor.mentoringStyle).to.equal('directive');
      expect(ranked[0]!.mentor.helpsWith).to.include('leadership');
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).to.be.at.least(ranked[i]!.score);

      // What the person sees: cards in rank order, scores as percentages, the reasons' text.
      const items = [...el.shadowRoot!.querySelectorAll('[part~="match"]')];
      expect(items).to.have.length(ranked.length);
      const cards = items.map((item) => item.querySelector('menteo-mentor-card')!);
      expect(cards.map((c) => c.mentor?.id)).to.deep.equal(ranked.map((m) => m.mentor.id));
      expect(cards[0]!.variant).to.equal('compact');
      await waitForPart(cards[0]!, 'name');
      expect(part(cards[0]!, 'name')!.textContent).to.equal(ranked[0]!.mentor.name);
      expect(items[0]!.querySelector('[part~="score"]')!.textContent!.trim()).to.equal(`${Math.round(ranked[0]!.score * 100)}% match`);
      const reasons = [...items[0]!.querySelectorAll('[part~="reason"]')].map((r) => r.textContent!.trim());
      expect(reasons).to.deep.equal(ranked[0]!.reasons.map((r) => r.text));
      expect(reasons.join(' ')).to.contain('Directive mentor');

      // matches-ready carries the ids, best first.
      expect(ready).to.have.length(1);
      expect(ready[0]!.detail.mentorIds).to.deep.equal(ranked.map((m) => m.mentor.id));
      await expect(el).to.be.accessible();
    } finally {
      document.body.removeEventListener('menteo-need-submit', onSubmit);
      document.body.removeEventListener('menteo-matches-ready', onReady);
    }
  });

  it('puts a facilitative mentorship mentor first for a mentorship need', async () => {
    const el = await finder();
    await fill(el, 'mentorship', 'I want to find out who I want to become and grow with more confidence.', ['self-discovery']);
    part(el, 'submit-button')!.click();
    await el.updateComplete;
    // Busy from the submit on: the button says so, and a polite status announces it.
    const button = part(el, 'submit-button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Finding mentors…');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Finding mentors…');
    await expect(el).to.be.accessible();
    await waitForPart(el, 'results');
    const first = el.ranked[0]!;
    expect(first.reasons.map((r) => r.code)).to.include.members(['need_fit', 'style_fit']);
    expect(first.mentor.mentoringStyle).to.equal('facilitative');
    expect(first.mentor.helpsWith).to.include('mentorship');
  });

  it('requires a need, and rejects short goals inline without a request', async () => {
    const el = await finder();
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    const needError = part(el, 'field-error')!;
    expect(needError.textContent).to.contain('Choose one of the two.');
    expect(el.shadowRoot!.querySelector('#need-leadership')!.getAttribute('aria-describedby')).to.contain(needError.id);

    let submits = 0;
    el.addEventListener('menteo-need-submit', () => submits++);
    clearRequests();
    await fill(el, 'leadership', '  too short ');
    part(el, 'submit-button')!.click();
    await el.updateComplete;
    const goalsField = part<HTMLTextAreaElement>(el, 'goals')!;
    const error = part(el, 'field-error')!;
    expect(error.textContent).to.contain('Write at least 10 characters (you have 9).');
    expect(goalsField.getAttribute('aria-invalid')).to.equal('true');
    expect(goalsField.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(active(el)).to.equal(goalsField);
    await expect(el).to.be.accessible();
    // Fixed while typing: the error goes away.
    goalsField.focus();
    await sendKeys({ type: ' indeed' });
    await el.updateComplete;
    expect(part(el, 'field-error')).to.be.null;
    expect(goalsField.getAttribute('aria-invalid')).to.equal('false');
    await new Promise((r) => setTimeout(r, 200));
    expect(submits).to.equal(0);
    expect(matchRequests()).to.have.length(0);
  });

  it('starts over at step 1 with every answer kept', async () => {
    const el = await finder();
    await fill(el, 'leadership', goals, ['roadmapping']);
    const select = part<HTMLSelectElement>(el, 'language')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    part(el, 'submit-button')!.click();
    await waitForPart(el, 'results');
    const firstIds = el.ranked.map((m) => m.mentor.id);
    part(el, 'start-over-button')!.click();
    await el.updateComplete;
    expect(part(el, 'results')).to.be.null;
    expect(textOf(el)).to.contain('Step 1 of 2');
    const leadership = el.shadowRoot!.querySelector<HTMLInputElement>('#need-leadership')!;
    expect(leadership.checked).to.equal(true);
    await waitUntil(() => active(el) === leadership, 'focus not on the chosen need');
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    expect(part<HTMLTextAreaElement>(el, 'goals')!.value).to.equal(goals);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="roadmapping"]')!.checked).to.equal(true);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="leadership"]')!.checked).to.equal(false);
    expect(part<HTMLSelectElement>(el, 'language')!.value).to.equal('fr');
    // The same answers again: the same ranking, announced again.
    const ready = oneEvent(el, 'menteo-matches-ready');
    part(el, 'submit-button')!.click();
    expect((await ready).detail.mentorIds).to.deep.equal(firstIds);
    expect(part(el, 'results')).to.exist;
  });

  it('shows an error with the request id and retries', async () => {
    const el = await finder({ key: 'pk_test_unknown' });
    await fill(el, 'leadership', goals);
    part(el, 'submit-button')!.click();
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('We couldn’t find mentors just now.');
    expect(textOf(el)).to.match(/Request ID: \S+/);
    expect(part<HTMLTextAreaElement>(el, 'goals')!.value).to.equal(goals); // the answers stay
    await expect(el).to.be.accessible();
    clearRequests();
    const retried = oneEvent(el, 'menteo-retry');
    part(el, 'retry-button')!.click();
    await retried;
    await waitUntil(() => matchRequests().length === 1 && part(el, 'error'), 'no second request');
  });

  it('says to check the connection when the API is unreachable', async () => {
    const el = await finder({ baseUrl: sandbox.closedUrl });
    await fill(el, 'mentorship', goals);
    part(el, 'submit-button')!.click();
    await waitForPart(el, 'error', 15_000);
    expect(textOf(el)).to.contain('Check your connection');
    expect(textOf(el)).not.to.contain('Request ID');
  });

  it('shows the API’s field errors next to their field', async () => {
    const el = await finder();
    el.languages = ['en', 'e1']; // not a BCP 47 tag: the API refuses it
    await fill(el, 'leadership', goals);
    const select = part<HTMLSelectElement>(el, 'language')!;
    select.value = 'e1';
    select.dispatchEvent(new Event('change'));
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'field-error'), 'no field error');
    const error = part(el, 'field-error')!;
    expect(error.id).to.equal('language-error');
    expect(error.textContent).to.contain('Not accepted:');
    expect(part(el, 'language')!.getAttribute('aria-describedby')).to.equal('language-error');
    expect(part(el, 'language')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // A field the form does not show: the whole form says it.
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    el.timezone = 'Mars/Olympus';
    await el.updateComplete;
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'error'), 'no form error');
    expect(part(el, 'error')!.textContent).to.contain('must be an IANA time zone name');
    expect(part(el, 'field-error')).to.be.null;
  });

  it('speaks Spanish and follows dir="rtl" on an ancestor', async () => {
    const el = await finder({ wrap: 'es-rtl' });
    expect(textOf(el)).to.contain('¿Qué necesitas ahora mismo?');
    expect(textOf(el)).to.contain('Paso 1 de 2');
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    await fill(el, 'mentorship', 'corto');
    part(el, 'submit-button')!.click();
    await el.updateComplete;
    expect(part(el, 'field-error')!.textContent).to.contain('Escribe al menos 10 caracteres (llevas 5).');
    expect(part<HTMLSelectElement>(el, 'language')!.value).to.equal('es'); // the page's language
    expect(textOf(el)).to.contain('Autoconocimiento');
    await fill(el, 'mentorship', 'Quiero descubrir quién quiero ser y crecer con confianza.');
    part(el, 'submit-button')!.click();
    await waitForPart(el, 'results');
    expect(textOf(el)).to.contain('Tus mejores coincidencias');
    expect(textOf(el)).to.match(/\d+\s?% de coincidencia/);
    expect(part(el, 'start-over-button')!.textContent!.trim()).to.equal('Empezar de nuevo');
    await expect(el).to.be.accessible();
  });

  it('puts its title at the heading level the page asks for (heading-level, default 2)', async () => {
    const el = await finder();
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });
});
