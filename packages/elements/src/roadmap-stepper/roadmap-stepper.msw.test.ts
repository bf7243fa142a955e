// <menteo-roadmap-stepper> in the states the live sandbox cannot produce on demand. Every answer
// is the sandbox's own, replayed through msw (test/msw.ts): held back, or turned into a failure.
import { Menteo, type RoadmapProgress } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, restoreProgress, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoadmapStepper } from './roadmap-stepper.js';

MenteoProvider.define('menteo-provider');
MenteoRoadmapStepper.define('menteo-roadmap-stepper');

const slug = 'senior-engineer-to-engineering-manager';
const title = 'Senior engineer to engineering manager';

const menteeClient = async () => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });

async function stepper(signedIn = false): Promise<MenteoRoadmapStepper> {
  const root =
    await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${signedIn ? () => tokenFor('demo-mentee') : undefined}>
    <menteo-roadmap-stepper roadmap-id=${slug}></menteo-roadmap-stepper>
  </menteo-provider>`);
  return root.querySelector('menteo-roadmap-stepper')!;
}

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');
const bar = (el: Element) => part(el, 'progress')!;
const current = (el: Element) => part(el, 'step-current')!;
const stepById = (el: Element, stepId: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-step-id="${stepId}"]`)!;

describe('<menteo-roadmap-stepper> with msw', () => {
  let seeded: RoadmapProgress;
  before(async () => {
    seeded = await (await menteeClient()).roadmaps.progress.retrieve(slug);
    expect(seeded.percent).to.equal(45);
  });
  startMsw();

  // A replayed write reaches the sandbox: put the mentee's progress back as seeded.
  afterEach(async () => restoreProgress(await menteeClient(), slug, seeded));

  it('keeps the skeleton and aria-busy while the roadmap is slow, then shows it', async () => {
    const slow = replay('GET', '/v1/roadmaps/:id', { delayMs: 30_000 });
    use(slow.handler);
    const el = await stepper();
    await waitUntil(() => slow.count === 1, 'the roadmap was not asked');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(textOf(el)).to.contain('Loading roadmap…');
    // The same wait in Spanish: its strings load on demand, then the status speaks Spanish.
    el.lang = 'es';
    await waitUntil(() => textOf(el).includes('Cargando itinerario…'), 'no Spanish loading status');
    expect(part(el, 'skeleton')).to.exist;
    el.removeAttribute('lang');
    await waitUntil(() => textOf(el).includes('Loading roadmap…'), 'not back in English');
    await expect(el).to.be.accessible();
    slow.release();
    expect((await waitForPart(el, 'title')).textContent).to.equal(title);
    expect(part(el, 'skeleton')).to.be.null;
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', '/v1/roadmaps/:id', { status: 503 });
    use(down.handler);
    const el = await stepper();
    await waitForPart(el, 'error', 15_000);
    expect(down.count, 'the SDK retries a 503 twice first').to.equal(3);
    expect(textOf(el)).to.contain(`Request ID: ${down.requestIds.at(-1)}`);
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    expect((await waitForPart(el, 'title')).textContent).to.equal(title);
    expect(part(el, 'error')).to.be.null;
  });

  it('waits out a 429’s Retry-After, still loading, then shows the roadmap', async () => {
    const limited = replay('GET', '/v1/roadmaps/:id', { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    const started = performance.now();
    const el = await stepper();
    await waitUntil(() => limited.count === 1, 'no 429');
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'error')).to.be.null;
    expect((await waitForPart(el, 'title')).textContent).to.equal(title);
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    await expect(el).to.be.accessible();
  });

  it('shows a change at once while the save is slow, and keeps it once the sandbox confirms', async () => {
    const el = await stepper(true);
    await waitForPart(el, 'progress');
    const stepId = current(el).dataset.stepId!;
    const slow = replay('PUT', '/v1/roadmaps/:id/progress/:stepId', { delayMs: 30_000 });
    use(slow.handler);
    const events: unknown[] = [];
    el.addEventListener('menteo-progress-change', (event) => events.push(event.detail));
    current(el).querySelector<HTMLButtonElement>('[part="action"][data-state="done"]')!.click();
    await waitUntil(() => slow.count === 1, 'no save sent');
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('55'); // optimistic, before any answer
    expect(stepById(el, stepId).dataset.state).to.equal('done');
    expect(part(el, 'update-error')).to.be.null;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(events, 'menteo-progress-change waits for the API').to.have.length(0);
    await expect(el).to.be.accessible();
    slow.release();
    await waitUntil(() => events.length === 1, 'no menteo-progress-change after the answer');
    expect(events[0]).to.deep.include({ stepId, state: 'done' });
    await waitUntil(async () => (await (await menteeClient()).roadmaps.progress.retrieve(slug)).percent === 55, 'not saved');
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('55');
    expect(part(el, 'update-error')).to.be.null;
  });

  it('rolls back a change the server fails (500) and shows the problem’s request id', async () => {
    const el = await stepper(true);
    await waitForPart(el, 'progress');
    const stepId = current(el).dataset.stepId!;
    const events: unknown[] = [];
    el.addEventListener('menteo-progress-change', (event) => events.push(event.detail));
    const failing = replay('PUT', '/v1/roadmaps/:id/progress/:stepId', { status: 500 });
    use(failing.handler);
    current(el).querySelector<HTMLButtonElement>('[part="action"][data-state="skipped"]')!.click();
    await el.updateComplete;
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('55'); // optimistic
    const error = await waitForPart(el, 'update-error', 15_000);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('We couldn’t save your change; it was undone.');
    expect(error.textContent).to.contain(`Request ID: ${failing.requestIds.at(-1)}`);
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('45');
    expect(stepById(el, stepId).dataset.state).to.equal('doing');
    expect(events).to.have.length(0);
    expect((await (await menteeClient()).roadmaps.progress.retrieve(slug)).percent).to.equal(45);
    await expect(el).to.be.accessible();
  });
});
