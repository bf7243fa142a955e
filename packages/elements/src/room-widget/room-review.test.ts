import type { Menteo } from '@menteo/sdk';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, textOf, waitForPart } from '../../test/support.js';
import { clientFor, focused, keepSeededUnread, roomWidget } from '../../test/room-widget-fixture.js';

keepSeededUnread();

const widget = (person: Person, roomId: string, lang?: string, dir?: string) => roomWidget(person, roomId, 'header', lang, dir);

const reviewModuleLoaded = () => performance.getEntriesByType('resource').some((entry) => /room-review\.ts/.test(entry.name));

describe('<menteo-room-widget> review', () => {
  let mentee: Menteo;
  let mentor: Menteo;

  before(async () => {
    mentee = await clientFor('demo-mentee');
    mentor = await clientFor('demo-mentor');
  });

  it('does not load the review part for a running room @no-dates', async () => {
    const flagship = (await mentee.rooms.list({ role: 'mentee', status: ['active'], limit: 50 })).data[0]!;
    const { el } = await widget('demo-mentee', flagship.id);
    await waitForPart(el, 'goals');
    expect(part(el, 'review')).to.be.null;
    expect(reviewModuleLoaded()).to.equal(false);
  });

  it('asks the mentee once, by keyboard: stars, review, an outcome per goal, confidence; then shows "Confidence: 2 → 4"', async () => {
    // A room of this test's own: asked for with confidence 2, accepted, a goal, completed.
    const asker = await clientFor('acme-employee');
    const requested = await asker.rooms.create({
      mentorId: 'men_demomentor',
      goal: 'Run my first incident review',
      cadence: 'monthly',
      termWeeks: 8,
      selfEfficacy: 2,
    });
    await mentor.rooms.accept(requested.id);
    await asker.rooms.goals.create(requested.id, { title: 'Write the incident template' });
    const room = await asker.rooms.complete(requested.id);
    expect(room.selfEfficacy.atStart).to.equal(2);
    const goals = (await asker.rooms.goals.list(room.id, { limit: 100 })).data.filter((g) => g.status !== 'dropped');
    const { el } = await widget('acme-employee', room.id);
    const form = await waitForPart(el, 'review-form');
    expect(reviewModuleLoaded()).to.equal(true);
    expect(form.textContent).to.contain('How confident are you to do this on your own?');
    // The goals come from their own store, a moment after the form.
    await waitUntil(() => form.querySelectorAll('fieldset').length === 2 + goals.length, 'not a fieldset per goal', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    // Stars: a radio group, arrows move the choice.
    form.querySelector<HTMLInputElement>('input[name="rating"]')!.focus();
    await sendKeys({ press: 'Space' });
    for (const _ of [1, 2, 3]) await sendKeys({ press: 'ArrowRight' });
    expect((focused(el) as HTMLInputElement).value).to.equal('4');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('review-body');
    await sendKeys({ type: 'Clear **questions**, every time.' });
    for (const goal of goals) {
      form.querySelector<HTMLInputElement>(`input[name="outcome-${goal.id}"]`)!.focus();
      await sendKeys({ press: 'Space' }); // achieved
    }
    form.querySelector<HTMLInputElement>('input[name="selfEfficacy"]')!.focus();
    await sendKeys({ press: 'Space' });
    for (const _ of [1, 2, 3]) await sendKeys({ press: 'ArrowRight' });
    const reviewed = oneEvent(el, 'menteo-room-reviewed');
    part(el, 'review-submit')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await reviewed;
    expect(detail.roomId).to.equal(room.id);
    expect(detail.review).to.include({ rating: 4, body: 'Clear **questions**, every time.', selfEfficacy: 4, authorRole: 'mentee' });
    expect(detail.review.goalOutcomes).to.deep.equal(goals.map((g) => ({ goalId: g.id, outcome: 'achieved' })));
    await waitUntil(() => !part(el, 'review-form'), 'the form is asked again', { timeout: 10_000 });
    const mine = el.shadowRoot!.querySelector('[part~="review-item"][data-author-role="mentee"]')!;
    expect(mine.querySelector('[part~="stars"]')!.getAttribute('aria-label')).to.equal('4 of 5 stars');
    expect(mine.querySelector('strong')!.textContent).to.equal('questions');
    expect((await asker.rooms.retrieve(room.id)).reviewedBy).to.include('mentee');
    // The change the room shows: the answer given with the request, and this one.
    await waitUntil(() => part(el, 'confidence'), 'no confidence change shown', { timeout: 10_000 });
    expect(part(el, 'confidence')!.textContent).to.equal('Confidence: 2 → 4');
    expect(el.shadowRoot!.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('asks the mentor without the confidence question, in Spanish, and keeps a refusal’s request id @no-dates', async () => {
    // By status: the other suites sharing this sandbox add rooms that would push these past a page.
    const room = (await mentor.rooms.list({ role: 'mentor', status: ['completed', 'closed_early'], limit: 100 })).data.find(
      (r) => !r.reviewedBy.includes('mentor'),
    )!;
    expect(room, 'an ended room the mentor has not reviewed').to.exist;
    const { el } = await widget('demo-mentor', room.id, 'es', 'rtl');
    const form = await waitForPart(el, 'review-form');
    await waitUntil(() => textOf(el).includes('Esta mentoría ha terminado'), 'not in Spanish', { timeout: 10_000 });
    expect(form.querySelector('input[name="selfEfficacy"]')).to.be.null;
    // The goals come from their own store, a moment after the form: a radio group each (rating + one per goal).
    const goals = (await mentor.rooms.goals.list(room.id, { limit: 100 })).data.filter((g) => g.status !== 'dropped');
    await waitUntil(() => form.querySelectorAll('fieldset').length === 1 + goals.length, 'not a fieldset per goal', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    for (const name of new Set([...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.name))) {
      form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.checked = true;
    }
    form.querySelector('textarea')!.value = 'Muy constante.';
    // A real 409 (a review of a room still running): the review reaches the API for the flagship room.
    const running = (await mentor.rooms.list({ role: 'mentor', status: ['active'], limit: 1 })).data[0]!;
    expect(running, 'a running room of the mentor').to.exist;
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST' || !request.url.endsWith('/reviews')) return realFetch(request);
      return realFetch(new Request(request.url.replace(room.id, running.id), { method: 'POST', headers: request.headers, body: await request.text() }));
    };
    try {
      part(el, 'review-submit')!.click();
      await waitUntil(() => form.querySelector('[role="alert"]'), 'no error', { timeout: 10_000 });
      expect(form.querySelector('[role="alert"]')!.textContent).to.match(/No pudimos enviar tu valoración/);
      expect(form.querySelector('[role="alert"]')!.textContent).to.match(/ID de solicitud: \S+/);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
    const reviewed = oneEvent(el, 'menteo-room-reviewed');
    part(el, 'review-submit')!.click();
    expect((await reviewed).detail.review).to.include({ authorRole: 'mentor', selfEfficacy: null });
    await waitUntil(() => !part(el, 'review-form'), 'the form is asked again', { timeout: 10_000 });
  });
});
