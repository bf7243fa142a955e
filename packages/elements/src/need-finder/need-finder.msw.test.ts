// <menteo-need-finder> in the states the live sandbox cannot produce on demand. Every answer is
// the sandbox's own ranking, replayed through msw (test/msw.ts): held back, or turned into a failure.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { diagnosticQuestions } from './diagnostic-questions.js';
import { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoNeedFinder } from './need-finder.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');
MenteoNeedFinder.define('menteo-need-finder');

const goals = 'My team misses deadlines; I need to set direction and make decisions faster.';

/** A finder in a provider (signed in or not), the diagnostic answered for the leader hat, the goals above, submitted. */
async function submitted(options: { signedIn?: boolean; lang?: string } = {}): Promise<MenteoNeedFinder> {
  const getToken = options.signedIn ? () => tokenFor('demo-mentee') : undefined;
  const root =
    await fixture(html`<div lang=${options.lang ?? 'en'}><menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
    <menteo-need-finder></menteo-need-finder>
  </menteo-provider></div>`);
  const el = root.querySelector('menteo-need-finder')!;
  await el.updateComplete;
  for (const question of diagnosticQuestions) el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${question.id}"][value="leader"]`)!.click();
  await el.updateComplete;
  part(el, 'continue-button')!.click();
  await el.updateComplete;
  const field = part<HTMLTextAreaElement>(el, 'goals')!;
  field.value = goals;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
  part(el, 'submit-button')!.click();
  await el.updateComplete;
  return el;
}

/** A reason of every code, as the API words them in English (`text`), to put in front of the sandbox's own. */
const everyReason = [
  { code: 'need_fit', text: 'Helps with leadership needs', weight: 0.3, params: { need: 'leadership' } },
  { code: 'style_fit', text: 'Directive mentor', weight: 0.2, params: { style: 'directive', need: 'leadership' } },
  { code: 'skills_overlap', text: 'Has 2 of your 3 skills', weight: 0.1, params: { skills: ['delegation', 'okrs'], requested: 3 } },
  { code: 'goals_match', text: 'Profile matches your goals: deadlines', weight: 0.05, params: { terms: ['deadlines', 'decisions'] } },
  { code: 'language', text: 'Mentors in English', weight: 0.05, params: { language: 'en' } },
  { code: 'timezone', text: '1.5 hours from your time zone', weight: 0.05, params: { hoursApart: 1.5 } },
  { code: 'availability', text: 'Next free slot within 3 days', weight: 0.05, params: { withinDays: 3 } },
  { code: 'rating', text: 'Rated 4.8 from 37 reviews', weight: 0.05, params: { average: 4.8, count: 37 } },
];
type Plan = { mentors: { reasons: unknown[] }[]; roadmap: { reasons: unknown[] } | null };
const withEveryReason = (plan: Plan): Plan => ({
  ...plan,
  mentors: plan.mentors.map((m, i) => (i === 0 ? { ...m, reasons: everyReason } : m)),
  roadmap: plan.roadmap && {
    ...plan.roadmap,
    reasons: [
      { code: 'serves_need', params: { need: 'leadership' } },
      { code: 'shared_skill', params: { skill: 'delegation' } },
      { code: 'shared_skill', params: { skill: 'okrs' } },
    ],
  },
});
const reasonTexts = (root: Element | null) => [...(root?.querySelectorAll('[part~="reason"]') ?? [])].map((r) => r.textContent!.trim());

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');

describe('<menteo-need-finder> with msw', () => {
  startMsw();

  it('stays busy, announced and accessible while the ranking is slow, then shows it', async () => {
    const slow = replay('POST', '/v1/recommendations', { delayMs: 30_000 });
    use(slow.handler);
    const el = await submitted();
    await waitUntil(() => slow.count === 1, 'no ranking asked');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(busy(el)).to.equal('true');
    expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Finding mentors…');
    expect(part(el, 'results')).to.be.null;
    await expect(el).to.be.accessible();
    slow.release();
    await waitForPart(el, 'results');
    expect(busy(el)).to.equal('false');
    expect(el.ranked.length).to.be.above(0);
    expect(el.ranked[0]!.mentor.helpsWith).to.include('leadership');
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, keeps the answers, and retry succeeds once the API is back', async () => {
    const down = replay('POST', '/v1/recommendations', { status: 503 });
    use(down.handler);
    const el = await submitted();
    await waitForPart(el, 'error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice first').to.equal(3);
    expect(textOf(el)).to.contain('We couldn’t find mentors just now.');
    expect(textOf(el)).to.contain(`Request ID: ${down.requestIds.at(-1)}`);
    expect(part<HTMLTextAreaElement>(el, 'goals')!.value).to.equal(goals);
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    await waitForPart(el, 'results');
    expect(el.ranked.length).to.be.above(0);
  });

  it('waits out a 429’s Retry-After, still busy, then shows the ranking', async () => {
    const limited = replay('POST', '/v1/recommendations', { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    const started = performance.now();
    const el = await submitted();
    await waitUntil(() => limited.count === 1, 'no 429');
    expect(busy(el)).to.equal('true');
    expect(part(el, 'error')).to.be.null;
    await waitForPart(el, 'results');
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says no mentor fits when the ranking is empty', async () => {
    // The sandbox ranks every mentor for any need: no question makes it answer none. Its real
    // plan is replayed with the ranked list filtered to mentors outside the demo org (none).
    const empty = replay('POST', '/v1/recommendations', {
      mutate: (body: { mentors: { mentor: { id: string } }[] }) => ({ ...body, mentors: body.mentors.filter((m) => !m.mentor.id.startsWith('men_')) }),
    });
    use(empty.handler);
    const el = await submitted();
    await waitForPart(el, 'empty');
    expect(empty.count).to.equal(1);
    expect(el.ranked).to.have.length(0);
    expect(textOf(el)).to.contain('No mentor is free for this right now.');
    expect(part(el, 'start-over-button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps the plan when the thread cannot be started: the request id, and the button to try again', async () => {
    const el = await submitted({ signedIn: true });
    await waitForPart(el, 'results');
    const down = replay('POST', '/v1/threads', { status: 503 });
    use(down.handler);
    part(el, 'thread-button')!.click();
    await el.updateComplete;
    expect(part(el, 'thread-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'thread-button')!.textContent).to.contain('Starting your thread…');
    await waitForPart(el, 'thread-error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice first').to.equal(3);
    expect(part(el, 'thread-error')!.textContent).to.contain('We couldn’t start the thread.');
    expect(part(el, 'thread-error')!.textContent).to.contain(`Request ID: ${down.requestIds.at(-1)}`);
    expect(part(el, 'roadmap')).to.exist;
    expect(el.ranked.length).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('renders a reason of every code from its params, in English and in Spanish, never from its text', async () => {
    const expected = {
      en: {
        mentor: [
          'Helps with the leader hat: team goals, direction, decisions',
          'Directive mentor: sets direction and deadlines',
          'Shares your skills: Delegation and OKRs',
          'Profile matches your goals: deadlines and decisions',
          'Mentors in English',
          '1.5 h from your time zone',
          'Free slot within 3 days',
          'Rated 4.8 from 37 reviews',
        ],
        roadmap: ['Serves your need: the leader hat', 'Shares your skills: Delegation and OKRs'],
      },
      es: {
        mentor: [
          'Ayuda con el sombrero de líder: metas de equipo, rumbo, decisiones',
          'Mentor directivo: marca el rumbo y los plazos',
          'Comparte tus habilidades: Delegación y OKRs',
          'Su perfil encaja con tus objetivos: deadlines y decisions',
          'Mentoriza en inglés',
          'A 1,5 h de tu zona horaria',
          'Hueco libre en los próximos 3 días',
          'Valoración 4,8 de 37 reseñas',
        ],
        roadmap: ['Sirve a tu necesidad: el sombrero de líder', 'Comparte tus habilidades: Delegación y OKRs'],
      },
    };
    for (const lang of ['en', 'es'] as const) {
      reset();
      const plan = replay('POST', '/v1/recommendations', { mutate: withEveryReason });
      use(plan.handler);
      const el = await submitted({ lang });
      await waitForPart(el, 'results');
      expect(plan.count).to.equal(1);
      expect(reasonTexts(el.shadowRoot!.querySelector('[part~="match"]')), lang).to.deep.equal(expected[lang].mentor);
      expect(reasonTexts(part(el, 'roadmap')), lang).to.deep.equal(expected[lang].roadmap);
      await expect(el).to.be.accessible();
    }
  });
});
