import { Menteo, type RoadmapProgress } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, restoreProgress, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoadmapStepper } from './roadmap-stepper.js';

MenteoProvider.define('menteo-provider');
MenteoRoadmapStepper.define('menteo-roadmap-stepper');

const slug = 'senior-engineer-to-engineering-manager';
/** Seeded: steps 1–4 done, 5 in progress, 10 skipped, of 11: 5/11 → 45 %. */
const currentTitle = 'Give feedback early and specifically';

/** The demo mentee's own client, to read and restore the progress behind the element's back. */
async function menteeClient(): Promise<Menteo> {
  return new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor() });
}

async function stepper(options: { signedIn?: boolean; id?: string; lang?: string; dir?: string; baseUrl?: string } = {}) {
  const getToken = options.signedIn ? tokenFor : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${options.baseUrl ?? sandbox.url} .getToken=${getToken}>
      <menteo-roadmap-stepper roadmap-id=${options.id ?? slug}></menteo-roadmap-stepper>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-roadmap-stepper')!;
  return { root, provider: root.querySelector<MenteoProvider>('menteo-provider')!, el };
}

const all = (el: Element, name: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const headers = (el: Element) => all(el, 'step-header');
const stepById = (el: Element, stepId: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-step-id="${stepId}"]`)!;
const current = (el: Element) => part(el, 'step-current')!;
const bar = (el: Element) => part(el, 'progress')!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<menteo-roadmap-stepper>', () => {
  let seeded: RoadmapProgress;

  before(async () => {
    seeded = await (await menteeClient()).roadmaps.progress.retrieve(slug);
    expect(seeded.percent).to.equal(45);
  });

  // Tests change the mentee's progress: put every step back as seeded, for the next test and other files.
  afterEach(async () => restoreProgress(await menteeClient(), slug, seeded));

  it('renders read-only for an anonymous viewer: no progress bar, no buttons', async () => {
    const { el } = await stepper();
    expect((await waitForPart(el, 'title')).textContent).to.equal('Senior engineer to engineering manager');
    const text = textOf(el);
    expect(text).to.contain('By Priya Raman, VP of Engineering, Payments Platform');
    expect(text).to.contain('Intermediate');
    expect(text).to.contain('83 hours');
    expect(text).to.contain('11 steps');
    expect(headers(el)).to.have.length(11);
    expect(part(el, 'progress')).to.be.null;
    expect(part(el, 'step-state')).to.be.null;
    expect(all(el, 'action')).to.have.length(0);
    expect(part(el, 'note')).to.be.null;
    // The first step is open, with its summary and resources.
    expect(headers(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    const panel = all(el, 'step-panel')[0]!;
    // The summary is Markdown, rendered: emphasis as <strong>, no markers left.
    expect(panel.querySelector('[part~="summary"] strong')?.textContent).to.equal('one page on why you want it');
    expect(panel.querySelector('[part~="summary"]')!.textContent).not.to.contain('**');
    const link = panel.querySelector<HTMLAnchorElement>('[part~="resource"]')!;
    expect(link.target).to.equal('_blank');
    expect(link.relList.contains('noopener')).to.equal(true);
    expect(link.textContent).to.contain('(opens in a new tab)');
    expect(panel.textContent).to.match(/Article:|Exercise:|Video:|Book:|Course:/);
    // No progress controls: the step headers, and a distinct sign-in prompt in the open step.
    expect([...el.shadowRoot!.querySelectorAll('button')].every((b) => ['step-header', 'sign-in-button'].includes(b.getAttribute('part')!))).to.equal(true);
    expect(part(el, 'sign-in-required')!.textContent).to.contain('Sign in to track your progress');
    const asked = oneEvent(el, 'menteo-sign-in-required');
    part<HTMLButtonElement>(el, 'sign-in-button')!.click();
    expect((await asked).detail).to.deep.equal({ action: 'progress' });
    await expect(el).to.be.accessible();
  });

  it('shows the signed-in progress: the bar at 45 % and the current step open', async () => {
    const { el } = await stepper({ signedIn: true });
    const progress = await waitForPart(el, 'progress');
    expect(progress.getAttribute('role')).to.equal('progressbar');
    expect(progress.getAttribute('aria-valuenow')).to.equal('45');
    expect(progress.getAttribute('aria-valuemin')).to.equal('0');
    expect(progress.getAttribute('aria-valuemax')).to.equal('100');
    expect(progress.getAttribute('aria-label')).to.equal('Your progress');
    expect(part(el, 'progress-label')!.textContent).to.contain('45% complete');
    expect(part(el, 'progress-label')!.textContent).to.contain('5 of 11 steps finished');
    const step = current(el);
    expect(step.querySelector('.step-title')!.textContent).to.equal(currentTitle);
    expect(step.querySelector('[part="step-header"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(headers(el).filter((h) => h.getAttribute('aria-expanded') === 'true')).to.have.length(1);
    // Each state has an icon and its name.
    const states = all(el, 'step-state').map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(states.slice(0, 5)).to.deep.equal(['✓ Done', '✓ Done', '✓ Done', '✓ Done', '◐ In progress']);
    expect(states[5]).to.equal('○ To do');
    expect(states[9]).to.equal('↷ Skipped');
    // The current step's own note and controls.
    expect(step.querySelector<HTMLTextAreaElement>('[part="note"]')!.value).to.contain('SBI feedback');
    const pressed = [...step.querySelectorAll('[part="action"]')].filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.textContent!.trim())).to.deep.equal(['In progress']);
    await expect(el).to.be.accessible();
  });

  it('marks a step done at once, persists it and fires menteo-progress-change', async () => {
    const { root, el } = await stepper({ signedIn: true });
    await waitForPart(el, 'progress');
    const step = current(el);
    const stepId = step.dataset.stepId!;
    const seen: unknown[] = [];
    root.addEventListener('menteo-progress-change', (event) => seen.push(event.detail));
    const fired = oneEvent(el, 'menteo-progress-change');
    step.querySelector<HTMLButtonElement>('[part="action"][data-state="done"]')!.click();
    // Optimistic: before the API answers.
    await el.updateComplete;
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('55');
    expect(stepById(el, stepId).dataset.state).to.equal('done');
    const event = await fired;
    expect(event.detail).to.deep.equal({ roadmapId: seeded.roadmapId, stepId, state: 'done' });
    expect(seen).to.have.length(1); // bubbles and composed: heard on an ancestor
    // The step stays open; the next one became current.
    expect(stepById(el, stepId).querySelector('[part="step-header"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(current(el).querySelector('.step-title')!.textContent).to.equal('Own delivery, not the keyboard');
    // Persisted: the API says so, and a fresh element on a fresh connection shows it.
    const stored = await (await menteeClient()).roadmaps.progress.retrieve(slug);
    expect(stored.percent).to.equal(55);
    expect(stored.steps.find((s) => s.stepId === stepId)!.state).to.equal('done');
    const fresh = await stepper({ signedIn: true });
    await waitForPart(fresh.el, 'progress');
    expect(bar(fresh.el).getAttribute('aria-valuenow')).to.equal('55');
    await expect(el).to.be.accessible();
  });

  it('rolls back a refused change and shows the error with its request id', async () => {
    const { el } = await stepper({ signedIn: true });
    await waitForPart(el, 'progress');
    const stepId = current(el).dataset.stepId!;
    const events: unknown[] = [];
    el.addEventListener('menteo-progress-change', (event) => events.push(event.detail));
    // The write goes out with a token the API does not know: it answers a real 401.
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'PUT') request.headers.set('authorization', 'Bearer ut_notarealtoken');
      return realFetch(request);
    };
    try {
      current(el).querySelector<HTMLButtonElement>('[part="action"][data-state="skipped"]')!.click();
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('55'); // optimistic
      const error = await waitForPart(el, 'update-error');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('We couldn’t save your change; it was undone.');
      expect(error.textContent).to.match(/Request ID: \S+/);
    } finally {
      window.fetch = realFetch;
    }
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('45');
    expect(stepById(el, stepId).dataset.state).to.equal('doing');
    expect(current(el).dataset.stepId).to.equal(stepId);
    expect(events).to.have.length(0);
    const stored = await (await menteeClient()).roadmaps.progress.retrieve(slug);
    expect(stored.percent).to.equal(45);
    await expect(el).to.be.accessible();
  });

  it('saves a note on the button press', async () => {
    const { el } = await stepper({ signedIn: true });
    await waitForPart(el, 'progress');
    const step = current(el);
    const stepId = step.dataset.stepId!;
    const note = step.querySelector<HTMLTextAreaElement>('[part="note"]')!;
    note.focus();
    note.select();
    await sendKeys({ type: 'Booked a feedback session with Mei.' });
    const fired = oneEvent(el, 'menteo-progress-change');
    step.querySelector<HTMLButtonElement>('[part="note-button"]')!.click();
    expect((await fired).detail).to.deep.equal({ roadmapId: seeded.roadmapId, stepId, state: 'doing' });
    await waitUntil(() => textOf(el).includes('Note saved.'), 'no confirmation');
    const stored = await (await menteeClient()).roadmaps.progress.retrieve(slug);
    expect(stored.steps.find((s) => s.stepId === stepId)!.note).to.equal('Booked a feedback session with Mei.');
  });

  it('moves between steps with the arrow keys, Home and End, and opens with Enter and Space', async () => {
    const { el } = await stepper({ signedIn: true });
    await waitForPart(el, 'progress');
    const list = headers(el);
    // Roving tabindex: one step header takes Tab — the current one.
    expect(list.filter((h) => h.tabIndex === 0)).to.deep.equal([list[4]]);
    list[4]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(list[5]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(list[3]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(list[10]);
    await sendKeys({ press: 'ArrowDown' }); // stays on the last one
    expect(focused(el)).to.equal(list[10]);
    await el.updateComplete;
    expect(headers(el).filter((h) => h.tabIndex === 0)).to.deep.equal([list[10]]);
    expect(list[10]!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(list[10]!.getAttribute('aria-expanded')).to.equal('true');
    expect(all(el, 'step-panel')[10]!.hidden).to.equal(false);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(list[0]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(list[0]!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(list[0]!.getAttribute('aria-expanded')).to.equal('false');
    // Tab leaves the headers (one tab stop) for the open current step's links and controls.
    expect(list[4]!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    // The first link of the open step: in its summary's Markdown, else its first resource.
    expect(focused(el)?.localName).to.equal('a');
    expect(focused(el)?.closest('[part~="step-panel"]')).to.exist;
    expect(focused(el)?.closest('li[data-step-id]')).to.equal(list[4]!.closest('li'));
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish, right to left', async () => {
    const { el } = await stepper({ signedIn: true, lang: 'es', dir: 'rtl' });
    await waitForPart(el, 'progress');
    const text = textOf(el);
    expect(text).to.contain('Por Priya Raman');
    expect(text).to.contain('Intermedio');
    expect(text).to.contain('83 horas');
    expect(text).to.contain('11 pasos');
    expect(part(el, 'progress-label')!.textContent).to.match(/45\s%\scompletado/);
    expect(bar(el).getAttribute('aria-label')).to.equal('Tu progreso');
    expect(current(el).textContent).to.contain('En curso');
    expect(current(el).textContent).to.contain('Pendiente');
    expect(current(el).textContent).to.contain('(se abre en una pestaña nueva)');
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('says so when the roadmap does not exist', async () => {
    const { el } = await stepper({ id: 'no-such-roadmap' });
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('This roadmap isn’t available.');
    expect(part(el, 'retry-button')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a load error with retry, and recovers when the connection is fixed', async () => {
    const { provider, el } = await stepper({ baseUrl: sandbox.closedUrl });
    await waitForPart(el, 'error', 15_000);
    expect(textOf(el)).to.contain('We couldn’t load this roadmap.');
    expect(textOf(el)).to.contain('Check your connection');
    await expect(el).to.be.accessible();
    const retried = oneEvent(el, 'menteo-retry');
    part(el, 'retry-button')!.click();
    await retried;
    provider.baseUrl = sandbox.url;
    expect((await waitForPart(el, 'title')).textContent).to.equal('Senior engineer to engineering manager');
  });

  it('shows the request id when the API refuses the read', async () => {
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_unknown" base-url=${sandbox.url}>
      <menteo-roadmap-stepper roadmap-id=${slug}></menteo-roadmap-stepper>
    </menteo-provider>`);
    const el = root.querySelector('menteo-roadmap-stepper')!;
    await waitForPart(el, 'error');
    expect(textOf(el)).to.contain('We couldn’t load this roadmap.');
    expect(textOf(el)).to.match(/Request ID: \S+/);
    expect(part(el, 'retry-button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('puts its headings at the level the page asks for (heading-level, default 2; steps one below)', async () => {
    const { el } = await stepper();
    await waitForPart(el, 'title');
    const levels = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((h) => h.getAttribute('aria-level'));
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(new Set(levels(el, 'h3'))).to.deep.equal(new Set(['3']));
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('4');
    expect(new Set(levels(el, 'h3'))).to.deep.equal(new Set(['5']));
    await expect(el).to.be.accessible();
  });
});
