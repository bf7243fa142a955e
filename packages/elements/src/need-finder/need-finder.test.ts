import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardNameLinks, expectPeopleLinks, clearRequests, leftOfText, part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import type { MenteoMatchesReadyEvent } from '../events/menteo-matches-ready.js';
import type { MenteoNeedSubmitEvent } from '../events/menteo-need-submit.js';
import type { MenteoPlanEvent } from '../events/menteo-plan.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { diagnosticQuestions } from './diagnostic-questions.js';
import { whyOf } from './growth-plan.js';
import { MenteoNeedFinder } from './need-finder.js';
import { needOf, placementOf } from './placement.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');
MenteoNeedFinder.define('menteo-need-finder');

const goals = 'My team misses deadlines; I need to set direction and make decisions faster.';
type Leaning = 'leader' | 'mentor' | 'both' | 'unsure';
const leanings: Leaning[] = ['leader', 'mentor', 'both', 'unsure'];

async function finder(options: { key?: string; baseUrl?: string; lang?: string; signedIn?: boolean; attrs?: Record<string, string> } = {}) {
  const getToken = options.signedIn ? () => tokenFor('demo-mentee') : undefined;
  const root = await fixture(html`<div lang=${options.lang ?? 'en'}>
    <menteo-provider publishable-key=${options.key ?? 'pk_test_demo'} base-url=${options.baseUrl ?? sandbox.url} .getToken=${getToken}>
      <menteo-need-finder></menteo-need-finder>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-need-finder')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

const active = (el: Element): Element | null => el.shadowRoot!.activeElement;
const planRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes('/v1/recommendations'));

/** Presses Tab until focus is on what `is` accepts (at most 60 times). */
async function tabTo(el: Element, is: (focused: Element | null) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60 && !is(active(el)); i++) await sendKeys({ press: 'Tab' });
  expect(is(active(el)), `focus never reached ${what}`).to.equal(true);
}

const isPart = (name: string) => (focused: Element | null) => focused?.matches(`[part~="${name}"]`) ?? false;
const radio = (el: Element, question: string, answer: Leaning) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${question}"][value="${answer}"]`)!;

/** Answers every question by keyboard: Tab into its radio group, Space for the first answer, arrows for the others. */
async function answerByKeyboard(el: MenteoNeedFinder, choices: Leaning[]): Promise<void> {
  for (const [i, question] of diagnosticQuestions.entries()) {
    await tabTo(el, (f) => f?.getAttribute('name') === `q-${question.id}`, `question ${question.id}`);
    const steps = leanings.indexOf(choices[i]!);
    if (steps === 0) await sendKeys({ press: 'Space' });
    for (let s = 0; s < steps; s++) await sendKeys({ press: 'ArrowDown' });
    expect(radio(el, question.id, choices[i]!).checked, `${question.id}: ${choices[i]}`).to.equal(true);
  }
}

/** Answers every question with clicks, then Continue. */
async function answerAll(el: MenteoNeedFinder, leaning: Leaning | Leaning[]): Promise<void> {
  for (const [i, question] of diagnosticQuestions.entries()) radio(el, question.id, Array.isArray(leaning) ? leaning[i]! : leaning).click();
  await el.updateComplete;
  part(el, 'continue-button')!.click();
  await el.updateComplete;
}

/** Fills step 2 (goals, skills) and submits. */
async function submit(el: MenteoNeedFinder, text: string, skills: string[] = []): Promise<void> {
  const field = part<HTMLTextAreaElement>(el, 'goals')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  for (const skill of skills) el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${skill}"]`)!.click();
  await el.updateComplete;
  part(el, 'submit-button')!.click();
  await el.updateComplete;
}

const labels: Record<string, string> = { 'decision-making': 'Decision making', delegation: 'Delegation' };
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('need finder placement', () => {
  const all = (leaning: Leaning) => Object.fromEntries(diagnosticQuestions.map((q) => [q.id, leaning]));

  it('places every "Not sure" (or no answer) in the middle, and moves nothing for "Not sure"', () => {
    expect(placementOf(diagnosticQuestions, all('unsure'))).to.deep.equal({ leadership: 0.5, mentorship: 0.5 });
    expect(placementOf(diagnosticQuestions, {})).to.deep.equal({ leadership: 0.5, mentorship: 0.5 });
    const some = { deadlines: 'leader', decision: 'mentor', stuck: 'leader' };
    expect(placementOf(diagnosticQuestions, { ...some, year: 'unsure', offer: 'unsure' })).to.deep.equal(placementOf(diagnosticQuestions, some));
  });

  it('puts one-sided answers at the ends, "Both" high on both axes, and mixes in proportion', () => {
    expect(placementOf(diagnosticQuestions, all('leader'))).to.deep.equal({ leadership: 1, mentorship: 0 });
    expect(placementOf(diagnosticQuestions, all('mentor'))).to.deep.equal({ leadership: 0, mentorship: 1 });
    expect(placementOf(diagnosticQuestions, all('both'))).to.deep.equal({ leadership: 1, mentorship: 1 });
    const mixed = { deadlines: 'leader', decision: 'leader', stuck: 'mentor', year: 'unsure', offer: 'leader' };
    expect(placementOf(diagnosticQuestions, mixed)).to.deep.equal({ leadership: 0.7, mentorship: 0.3 });
    for (const answers of [all('leader'), all('both'), mixed, { deadlines: 'mentor' }]) {
      const p = placementOf(diagnosticQuestions, answers);
      expect(p.leadership).to.be.within(0, 1);
      expect(p.mentorship).to.be.within(0, 1);
    }
  });

  it('derives the need as the API does: the larger axis, both within 0.15; all "Not sure" says so', () => {
    expect(needOf({ leadership: 0.7, mentorship: 0.3 })).to.equal('leadership');
    expect(needOf({ leadership: 0.3, mentorship: 0.7 })).to.equal('mentorship');
    expect(needOf({ leadership: 0.65, mentorship: 0.5 })).to.equal('both');
    expect(needOf({ leadership: 0.66, mentorship: 0.5 })).to.equal('leadership');
    expect(whyOf({ leadership: 0.5, mentorship: 0.5 })).to.equal('unsure');
    expect(whyOf({ leadership: 1, mentorship: 1 })).to.equal('both');
  });
});

describe('<menteo-need-finder>', () => {
  it('runs by keyboard alone in English: diagnostic, why, mentors with reasons, a roadmap and a started thread', async () => {
    const el = await finder({ signedIn: true, attrs: { 'roadmap-href': '/roadmaps/{slug}', 'thread-href': '/threads/{id}' } });
    expect(textOf(el)).to.contain('Step 1 of 2');
    expect(textOf(el)).to.contain('Your team missed its last two deadlines. What would help most?');
    await expect(el).to.be.accessible();
    const submitted: MenteoNeedSubmitEvent[] = [];
    const ready: MenteoMatchesReadyEvent[] = [];
    const plans: MenteoPlanEvent[] = [];
    const onSubmit = (e: MenteoNeedSubmitEvent) => submitted.push(e);
    const onReady = (e: MenteoMatchesReadyEvent) => ready.push(e);
    const onPlan = (e: MenteoPlanEvent) => plans.push(e);
    document.body.addEventListener('menteo-need-submit', onSubmit);
    document.body.addEventListener('menteo-matches-ready', onReady);
    document.body.addEventListener('menteo-plan', onPlan);
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      await answerByKeyboard(el, ['leader', 'leader', 'both', 'leader', 'unsure']);
      await tabTo(el, isPart('continue-button'), 'Continue');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'goals', 'focus did not move to the goals');
      expect(textOf(el)).to.contain('Step 2 of 2');
      expect(part(el, 'why')!.textContent).to.equal('You mostly need direction on a team goal: the leader hat.');
      await expect(el).to.be.accessible();
      await sendKeys({ type: goals });
      await tabTo(el, (f) => (f as HTMLInputElement | null)?.value === 'decision-making', 'the decision-making chip');
      await sendKeys({ press: 'Space' });
      await tabTo(el, (f) => (f as HTMLInputElement | null)?.value === 'delegation', 'the delegation chip');
      await sendKeys({ press: 'Space' });
      await tabTo(el, isPart('submit-button'), 'Get my growth plan');
      clearRequests();
      await sendKeys({ press: 'Enter' });

      await waitForPart(el, 'results');
      expect(planRequests()).to.have.length(1);
      await waitUntil(() => active(el)?.id === 'results-title', 'focus did not move to the plan');

      // The request: the placement from the answers (leader ×3, both, not sure), the goals, the skills.
      const request = plans[0]!.detail.request;
      expect(request.placement).to.deep.equal({ leadership: 0.9, mentorship: 0.3 });
      expect(request).to.include({ goals, language: 'en', limit: 5 });
      expect(request.skills).to.deep.equal(['decision-making', 'delegation']);
      expect(submitted[0]!.detail).to.include({ need: 'leadership', goals });

      // The plan: why, mentors for the leader hat, a roadmap serving it.
      const plan = el.plan!;
      expect(plans[0]!.detail.plan).to.equal(plan);
      expect(plan.need).to.equal('leadership');
      expect(part(el, 'why')!.textContent).to.equal('You mostly need direction on a team goal: the leader hat.');
      const ranked = el.ranked;
      expect(ranked.length).to.be.greaterThan(1);
      expect(ranked[0]!.mentor.helpsWith).to.include('leadership');
      expect(ranked[0]!.reasons.map((r) => r.code)).to.include.members(['need_fit', 'style_fit']);
      expect(ready[0]!.detail.mentorIds).to.deep.equal(ranked.map((m) => m.mentor.id));

      // Cards in rank order, scores, and each reason rendered from its code and params.
      const items = [...el.shadowRoot!.querySelectorAll('[part~="match"]')];
      expect(items.map((item) => item.querySelector('menteo-mentor-card')!.mentor?.id)).to.deep.equal(ranked.map((m) => m.mentor.id));
      expect(items[0]!.querySelector('[part~="score"]')!.textContent!.trim()).to.equal(`${Math.round(ranked[0]!.score * 100)}% match`);
      const first = texts(items[0]!, '[part~="reason"]');
      expect(first).to.include('Helps with the leader hat: team goals, direction, decisions');
      expect(first).to.include('Directive mentor: sets direction and deadlines');
      for (const [i, match] of ranked.entries()) {
        const shown = texts(items[i]!, '[part~="reason"]');
        expect(shown).to.have.length(match.reasons.length);
        for (const reason of match.reasons) {
          if (reason.code === 'skills_overlap') {
            const skill = shown.find((text) => text.startsWith('Shares your skills: '));
            for (const tag of reason.params.skills) expect(skill).to.contain(labels[tag]);
          }
          if (reason.code === 'language') expect(shown).to.include('Mentors in English');
          if (reason.code === 'timezone')
            expect(shown).to.include(reason.params.hoursApart === 0 ? 'In your time zone' : `${reason.params.hoursApart} h from your time zone`);
          if (reason.code === 'rating') expect(shown).to.include(`Rated ${reason.params.average.toFixed(1)} from ${reason.params.count} reviews`);
        }
      }

      const roadmap = plan.roadmap!;
      expect(roadmap, 'a roadmap for the leader hat').to.exist;
      expect(roadmap.roadmap.serves.needs).to.include('leadership');
      expect(part(el, 'roadmap-name')!.textContent).to.equal(roadmap.roadmap.title);
      expect(texts(part(el, 'roadmap')!, '[part~="reason"]')[0]).to.equal('Serves your need: the leader hat');
      expect(part<HTMLAnchorElement>(el, 'roadmap-link')!.getAttribute('href')).to.equal(`/roadmaps/${roadmap.roadmap.slug}`);
      await expect(el).to.be.accessible();

      // Start the growth thread by keyboard: one press creates it, with the goals as its first post.
      const started = oneEvent(el, 'menteo-thread-started');
      await tabTo(el, isPart('thread-button'), 'Start a growth thread');
      await sendKeys({ press: 'Enter' });
      const { threadId } = (await started).detail;
      await waitUntil(() => active(el)?.id === 'thread-started', 'focus did not move to "Thread started"');
      expect(part(el, 'thread-started')!.textContent).to.contain('Thread started.');
      expect(part<HTMLAnchorElement>(el, 'thread-link')!.getAttribute('href')).to.equal(`/threads/${threadId}`);
      expect(part(el, 'thread-button')).to.be.null;
      await expect(el).to.be.accessible();
      const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee') });
      const thread = await client.threads.retrieve(threadId);
      expect(thread.title).to.equal('My growth plan: the leader hat');
      expect(thread.counts.posts).to.equal(1);
      const { data: posts } = await client.threads.posts.list(threadId);
      expect(posts.map((p) => p.body)).to.deep.equal([goals]);
    } finally {
      document.body.removeEventListener('menteo-need-submit', onSubmit);
      document.body.removeEventListener('menteo-matches-ready', onReady);
      document.body.removeEventListener('menteo-plan', onPlan);
    }
  });

  it('runs by keyboard alone in Spanish: a mentor-hat plan, reasons translated (no English reason text), a started thread', async () => {
    const el = await finder({ lang: 'es', signedIn: true });
    expect(textOf(el)).to.contain('Paso 1 de 2');
    expect(textOf(el)).to.contain('No lo sé');
    await expect(el).to.be.accessible();
    (document.activeElement as HTMLElement | null)?.blur();
    await answerByKeyboard(el, ['mentor', 'mentor', 'mentor', 'both', 'mentor']);
    await tabTo(el, isPart('continue-button'), 'Continuar');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'goals', 'focus did not move to the goals');
    expect(part(el, 'why')!.textContent).to.equal('Sobre todo necesitas crecer hacia quien quieres ser: el sombrero de mentor.');
    expect(part<HTMLSelectElement>(el, 'language')!.value).to.equal('es');
    const spanishGoals = 'Quiero descubrir quién quiero ser y crecer con más confianza.';
    await sendKeys({ type: spanishGoals });
    await tabTo(el, (f) => (f as HTMLInputElement | null)?.value === 'self-discovery', 'the Autoconocimiento chip');
    await sendKeys({ press: 'Space' });
    await tabTo(el, isPart('submit-button'), 'Ver mi plan de crecimiento');
    await sendKeys({ press: 'Enter' });
    await waitForPart(el, 'results');

    const plan = el.plan!;
    expect(plan.need).to.equal('mentorship');
    expect(el.ranked[0]!.mentor.helpsWith).to.include('mentorship');
    expect(textOf(el)).to.contain('Tu plan de crecimiento');
    expect(textOf(el)).to.match(/\d+\s?% de coincidencia/);
    const shown = texts(el.shadowRoot!, '[part~="reason"]');
    expect(shown.length).to.be.greaterThan(el.ranked.length);
    expect(shown).to.include('Ayuda con el sombrero de mentor: crecimiento y autoconocimiento');
    const english = new Set(el.ranked.flatMap((m) => m.reasons.map((r) => r.text)));
    const englishWords = /\b(Helps|Mentors in|from your|Rated|reviews|Shares|Serves|Profile|Directive|Facilitative|slot)\b/;
    for (const text of shown) {
      expect(english.has(text), `English reason text: ${text}`).to.equal(false);
      expect(text).not.to.match(englishWords);
    }
    if (el.ranked.some((m) => m.reasons.some((r) => r.code === 'language'))) expect(shown).to.include('Mentoriza en español');
    expect(plan.roadmap?.roadmap.serves.needs).to.include('mentorship');
    expect(texts(part(el, 'roadmap')!, '[part~="reason"]')[0]).to.equal('Sirve a tu necesidad: el sombrero de mentor');
    await expect(el).to.be.accessible();

    const started = oneEvent(el, 'menteo-thread-started');
    await tabTo(el, isPart('thread-button'), 'Empezar un hilo de crecimiento');
    await sendKeys({ press: 'Enter' });
    const { threadId } = (await started).detail;
    await waitForPart(el, 'thread-started');
    expect(part(el, 'thread-started')!.textContent).to.contain('Hilo creado.');
    const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee') });
    expect((await client.threads.retrieve(threadId)).title).to.equal('Mi plan de crecimiento: el sombrero de mentor');
    const { data: posts } = await client.threads.posts.list(threadId);
    expect(posts.map((p) => p.body)).to.deep.equal([spanishGoals]);
    await expect(el).to.be.accessible();
  });

  it('signed out, "Start a growth thread" asks the page to sign the person in and creates nothing', async () => {
    const el = await finder();
    await answerAll(el, 'unsure');
    expect(part(el, 'why')!.textContent).to.equal('Your answers do not lean either way yet, so you get mentors for both hats.');
    await submit(el, goals);
    await waitForPart(el, 'results');
    expect(el.plan!.need).to.equal('both');
    clearRequests();
    const asked = oneEvent(el, 'menteo-sign-in-required');
    part(el, 'thread-button')!.click();
    expect((await asked).detail).to.deep.equal({ action: 'start-thread' });
    await el.updateComplete;
    expect(part(el, 'thread-sign-in')!.textContent).to.equal('Sign in to start it.');
    expect(part(el, 'thread-started')).to.be.null;
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/threads'))).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for every question, marks those left, and focuses the first of them', async () => {
    const el = await finder();
    radio(el, 'deadlines', 'leader').click();
    radio(el, 'stuck', 'unsure').click();
    await el.updateComplete;
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    const error = part(el, 'field-error')!;
    expect(error.textContent).to.equal('Answer the 3 questions left (“Not sure” counts).');
    expect(radio(el, 'decision', 'leader').getAttribute('aria-invalid')).to.equal('true');
    expect(radio(el, 'decision', 'leader').getAttribute('aria-describedby')).to.equal(error.id);
    expect(radio(el, 'deadlines', 'leader').getAttribute('aria-invalid')).to.equal('false');
    await waitUntil(() => active(el) === radio(el, 'decision', 'leader'), 'focus not on the first question left');
    expect(textOf(el)).to.contain('Step 1 of 2');
    await expect(el).to.be.accessible();
  });

  it('rejects short goals inline without a request', async () => {
    const el = await finder();
    await answerAll(el, 'leader');
    let submits = 0;
    el.addEventListener('menteo-need-submit', () => submits++);
    clearRequests();
    await submit(el, '  too short ');
    const goalsField = part<HTMLTextAreaElement>(el, 'goals')!;
    const error = part(el, 'field-error')!;
    expect(error.textContent).to.contain('Write at least 10 characters (you have 9).');
    expect(goalsField.getAttribute('aria-invalid')).to.equal('true');
    expect(goalsField.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(active(el)).to.equal(goalsField);
    await expect(el).to.be.accessible();
    goalsField.focus();
    await sendKeys({ type: ' indeed' });
    await el.updateComplete;
    expect(part(el, 'field-error')).to.be.null;
    expect(submits).to.equal(0);
    expect(planRequests()).to.have.length(0);
  });

  it('offers the skills an organization configures (comma-separated), dropping what is not a skill tag with a warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await finder({ attrs: { skills: 'okrs, Hiring Plans ,delegation,okrs' } });
      await answerAll(el, 'leader');
      expect(texts(el.shadowRoot!, '[part~="skill"]')).to.deep.equal(['OKRs', 'Delegation']);
      expect(warnings.join('\n')).to.contain('"Hiring Plans"');
      const submitted = oneEvent(el, 'menteo-need-submit');
      await submit(el, goals, ['okrs']);
      expect((await submitted).detail.skills).to.deep.equal(['okrs']);
      await waitForPart(el, 'results');
      await expect(el).to.be.accessible();
      // Changed by the page: the chips follow, and a chosen skill no longer offered is dropped.
      el.skills = ['roadmapping', 'delegation'];
      el.startOver();
      await el.updateComplete;
      part(el, 'continue-button')!.click();
      await el.updateComplete;
      expect(texts(el.shadowRoot!, '[part~="skill"]')).to.deep.equal(['Roadmapping', 'Delegation']);
      expect(el.shadowRoot!.querySelectorAll('[part~="skill"] input:checked')).to.have.length(0);
    } finally {
      console.warn = warn;
    }
  });

  it('fires a cancelable menteo-roadmap-open; without roadmap-href the link is a button', async () => {
    const el = await finder();
    await answerAll(el, 'leader');
    await submit(el, goals, ['delegation']);
    await waitForPart(el, 'results');
    const link = part(el, 'roadmap-link')!;
    expect(link.localName).to.equal('button');
    const opened = oneEvent(el, 'menteo-roadmap-open');
    link.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ roadmapId: el.plan!.roadmap!.roadmap.id, slug: el.plan!.roadmap!.roadmap.slug });
    expect(event.cancelable).to.equal(true);
  });

  it('passes profile-href to every match’s card: each name links to its mentor; without it, a button', async () => {
    const el = await finder({ attrs: { 'profile-href': '/people/{id}' } });
    await answerAll(el, 'leader');
    await submit(el, goals, ['delegation']);
    await waitForPart(el, 'results');
    const nameLinks = () => cardNameLinks([...el.shadowRoot!.querySelectorAll<MenteoMentorCard>('[part~="match"] menteo-mentor-card')]);
    const linked = await nameLinks();
    expect(linked.map(({ id }) => id)).to.deep.equal(el.ranked.map((match) => match.mentor.id));
    expectPeopleLinks(linked);
    // The card's menteo-mentor-open still comes out of the need finder; canceling it keeps the page here.
    const opened = oneEvent(el, 'menteo-mentor-open');
    el.addEventListener('menteo-mentor-open', (event) => event.preventDefault());
    linked[0]!.link.click();
    expect((await opened).detail.mentorId).to.equal(linked[0]!.id);
    el.removeAttribute('profile-href');
    await el.updateComplete;
    for (const { id, link } of await nameLinks()) expect(link.localName, id).to.equal('button');
  });

  it('starts over at step 1 with every answer kept, and the same answers give the same plan again', async () => {
    const el = await finder();
    await answerAll(el, ['leader', 'mentor', 'both', 'unsure', 'leader']);
    const select = part<HTMLSelectElement>(el, 'language')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await submit(el, goals, ['roadmapping']);
    await waitForPart(el, 'results');
    const firstIds = el.ranked.map((m) => m.mentor.id);
    part(el, 'start-over-button')!.click();
    await el.updateComplete;
    expect(part(el, 'results')).to.be.null;
    expect(textOf(el)).to.contain('Step 1 of 2');
    expect(radio(el, 'stuck', 'both').checked).to.equal(true);
    await waitUntil(() => active(el) === radio(el, 'deadlines', 'leader'), 'focus not on the first question’s answer');
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    expect(part<HTMLTextAreaElement>(el, 'goals')!.value).to.equal(goals);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="roadmapping"]')!.checked).to.equal(true);
    expect(part<HTMLSelectElement>(el, 'language')!.value).to.equal('fr');
    const ready = oneEvent(el, 'menteo-matches-ready');
    part(el, 'submit-button')!.click();
    expect((await ready).detail.mentorIds).to.deep.equal(firstIds);
    expect(part(el, 'results')).to.exist;
  });

  it('shows an error with the request id and retries', async () => {
    const el = await finder({ key: 'pk_test_unknown' });
    await answerAll(el, 'leader');
    await submit(el, goals);
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('We couldn’t find mentors just now.');
    expect(textOf(el)).to.match(/Request ID: \S+/);
    expect(part<HTMLTextAreaElement>(el, 'goals')!.value).to.equal(goals);
    await expect(el).to.be.accessible();
    clearRequests();
    const retried = oneEvent(el, 'menteo-retry');
    part(el, 'retry-button')!.click();
    await retried;
    await waitUntil(() => planRequests().length === 1 && part(el, 'error'), 'no second request');
  });

  it('says to check the connection when the API is unreachable', async () => {
    const el = await finder({ baseUrl: sandbox.closedUrl });
    await answerAll(el, 'mentor');
    await submit(el, goals);
    await waitForPart(el, 'error', 15_000);
    expect(textOf(el)).to.contain('Check your connection');
    expect(textOf(el)).not.to.contain('Request ID');
  });

  it('shows the API’s field errors next to their field', async () => {
    const el = await finder();
    el.languages = ['en', 'e1']; // not a BCP 47 tag: the API refuses it
    await answerAll(el, 'leader');
    const select = part<HTMLSelectElement>(el, 'language')!;
    select.value = 'e1';
    select.dispatchEvent(new Event('change'));
    await submit(el, goals);
    await waitUntil(() => part(el, 'field-error'), 'no field error');
    const error = part(el, 'field-error')!;
    expect(error.id).to.equal('language-error');
    expect(error.textContent).to.contain('Not accepted:');
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

  it('follows dir="rtl" on an ancestor', async () => {
    const root = await fixture(
      html`<div dir="rtl" lang="es"><menteo-need-finder publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-need-finder></div>`,
    );
    const el = root.querySelector('menteo-need-finder')!;
    await el.updateComplete;
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('keeps its English hints in reading order on a right-to-left page ("… is an answer too.")', async () => {
    // An Arabic or Hebrew page gets the English catalog: the hint takes the direction of its own
    // words, the form's layout the page's.
    const root = await fixture(html`<div dir="rtl"><menteo-need-finder publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-need-finder></div>`);
    const el = root.querySelector('menteo-need-finder')!;
    await waitUntil(() => el.shadowRoot!.querySelector('#questions-hint'), 'no questions');
    const hint = el.shadowRoot!.querySelector('#questions-hint')!;
    expect(getComputedStyle(hint).direction, 'the layout stays right to left').to.equal('rtl');
    // The last full stop, after "too" (on the same line, wherever the hint wraps).
    expect(leftOfText(hint, '.', 'last'), 'the full stop ends the sentence, on the right').to.be.above(leftOfText(hint, 'too', 'last'));
    const sentence = hint.querySelector('bdi')!.getBoundingClientRect();
    expect(hint.getBoundingClientRect().right - sentence.right, 'aligned to the right, as the layout').to.be.below(1);
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
