import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoMentor, part, sandbox, waitForPart } from '../../test/support.js';
import '../index.js';
import type { MenteoMentorCard } from '../mentor-card/mentor-card.js';
import type { MenteoMentorSearch } from '../mentor-search/mentor-search.js';
import type { MenteoProvider } from '../provider/menteo-provider.js';

type Name = 'menteo-ready' | 'menteo-view' | 'menteo-error' | 'menteo-mentor-open';

/** The listeners to take away after each test. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The page's record of one event: each one's target and detail. */
function record<K extends Name>(name: K) {
  const seen: { target: EventTarget | null; detail: HTMLElementEventMap[K]['detail'] }[] = [];
  const listener = (event: HTMLElementEventMap[K]) => seen.push({ target: event.target, detail: event.detail });
  // The body holds every fixture: what a page listening high up sees.
  document.body.addEventListener(name, listener);
  cleanups.push(() => document.body.removeEventListener(name, listener));
  return seen;
}

/** A provider `fetch` that keeps the problem documents the sandbox answered with, and every answer's request id. */
function problemFetch(inner: typeof fetch = fetch) {
  const problems: { code: string; requestId: string }[] = [];
  const requestIds: (string | null)[] = [];
  const spy: typeof fetch = async (input, init) => {
    const response = await inner(input, init);
    requestIds.push(response.headers.get('x-request-id'));
    if (!response.ok) problems.push(await response.clone().json());
    return response;
  };
  return { problems, requestIds, spy };
}

const provided = (card: unknown, options: { key?: string; fetch?: typeof fetch; timeout?: number } = {}) =>
  fixture<MenteoProvider>(html`<menteo-provider publishable-key=${options.key ?? 'pk_test_demo'} base-url=${sandbox.url}
    .fetch=${options.fetch} .timeout=${options.timeout}>${card}</menteo-provider>`);

describe('analytics events', () => {
  it('menteo-ready: once per element and id, from the element, bubbling and composed', async () => {
    const ready = record('menteo-ready');
    const root = await provided(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`);
    const card = root.querySelector<MenteoMentorCard>('menteo-mentor-card')!;
    await waitUntil(() => ready.length === 1, 'no menteo-ready');
    expect(ready[0]).to.deep.equal({ target: card, detail: { id: demoMentor.id } });
    await card.refetch();
    card.requestUpdate();
    await card.updateComplete;
    card.mentorId = 'men_doesnotexist';
    await waitForPart(card, 'error');
    card.mentorId = demoMentor.id;
    await waitForPart(card, 'name');
    expect(ready.length).to.equal(1);
  });

  it('menteo-view: once, the first time half the element is visible', async () => {
    const view = record('menteo-view');
    const ready = record('menteo-ready');
    const root = await provided(html`<div style="block-size: 300vh"></div><menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`);
    const card = root.querySelector<MenteoMentorCard>('menteo-mentor-card')!;
    await waitUntil(() => ready.length === 1, 'no menteo-ready');
    expect(view.length).to.equal(0); // loaded, far below: not seen
    card.scrollIntoView({ block: 'center' });
    await waitUntil(() => view.length === 1, 'no menteo-view');
    expect(view[0]!.target).to.equal(card);
    window.scrollTo(0, 0);
    await waitUntil(() => card.getBoundingClientRect().top > innerHeight);
    card.scrollIntoView({ block: 'center' });
    // Seen again: the next frames' observations bring nothing new.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(view.length).to.equal(1);
    window.scrollTo(0, 0);
  });

  it("menteo-error: the problem's code and request id, once per error shown; not found too", async () => {
    const errors = record('menteo-error');
    const { problems, requestIds, spy } = problemFetch();
    const root = await provided(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`, { key: 'pk_test_unknown', fetch: spy });
    const card = root.querySelector<MenteoMentorCard>('menteo-mentor-card')!;
    await waitForPart(card, 'retry-button');
    await waitUntil(() => errors.length === 1, 'no menteo-error');
    const problem = problems.at(-1)!;
    expect(errors[0]).to.deep.equal({ target: card, detail: { code: problem.code, requestId: problem.requestId } });
    expect(part(card, 'error')!.textContent).to.contain(problem.requestId);
    card.requestUpdate();
    await card.updateComplete;
    expect(errors.length).to.equal(1);
    // The retry fails again: a new error shown, a new event with the new request id.
    part<HTMLButtonElement>(card, 'retry-button')!.click();
    await waitUntil(() => errors.length === 2, 'no menteo-error after the failed retry');
    expect(errors[1]!.detail.requestId).to.equal(problems.at(-1)!.requestId).and.not.equal(problem.requestId);

    // A batched lookup that lacks the id: the SDK's not_found, with the batch answer's request id.
    const found = await provided(html`<menteo-mentor-card mentor-id="men_doesnotexist"></menteo-mentor-card>`, { fetch: spy });
    await waitUntil(() => errors.length === 3, 'no menteo-error for not found');
    expect(errors[2]).to.deep.equal({ target: found.querySelector('menteo-mentor-card'), detail: { code: 'not_found', requestId: requestIds.at(-1) } });
  });

  it("menteo-error: 'network' without an answer, 'timeout' when none comes in time", async () => {
    const errors = record('menteo-error');
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await provided(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`, { fetch: offline });
    await waitUntil(() => errors.length === 1, 'no menteo-error when offline', { timeout: 15_000 });
    expect(errors[0]!.detail).to.deep.equal({ code: 'network', requestId: null });
    // Never answers; gives up when the attempt is aborted.
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const silentInRequest: typeof fetch = (input, init) => silent(input, { ...init, signal: init?.signal ?? (input instanceof Request ? input.signal : null) });
    await provided(html`<menteo-mentor-card mentor-id=${demoMentor.id}></menteo-mentor-card>`, { fetch: silentInRequest, timeout: 50 });
    await waitUntil(() => errors.length === 2, 'no menteo-error on timeout', { timeout: 15_000 });
    expect(errors[1]!.detail).to.deep.equal({ code: 'timeout', requestId: null });
  });

  it('a search result opened carries its position (from 1); its cards stay quiet about ready and view', async () => {
    const opened = record('menteo-mentor-open');
    const ready = record('menteo-ready');
    const root = await provided(html`<menteo-mentor-search page-size="4"></menteo-mentor-search>`);
    const search = root.querySelector<MenteoMentorSearch>('menteo-mentor-search')!;
    await waitUntil(() => (search.shadowRoot?.querySelectorAll('menteo-mentor-card').length ?? 0) >= 2, 'no results');
    const second = search.shadowRoot!.querySelectorAll<MenteoMentorCard>('menteo-mentor-card')[1]!;
    const name = await waitForPart<HTMLButtonElement>(second, 'name-link');
    name.click();
    expect(opened).to.have.length(1);
    expect(opened[0]!.detail).to.deep.equal({ mentorId: second.mentor!.id, position: 2 });
    // The search itself is ready once, when its first results show; its cards say nothing.
    await waitUntil(() => ready.length > 0, 'no menteo-ready');
    expect(ready).to.deep.equal([{ target: search, detail: { id: undefined } }]);
  });

  it('menteo-ready from a need finder once it can reach the API (its questions need no load)', async () => {
    const ready = record('menteo-ready');
    const root = await provided(html`<menteo-need-finder></menteo-need-finder>`);
    const finder = root.querySelector('menteo-need-finder')!;
    await waitUntil(() => ready.length === 1, 'no menteo-ready');
    expect(ready[0]).to.deep.equal({ target: finder, detail: { id: undefined } });
    finder.requestUpdate();
    await finder.updateComplete;
    expect(ready).to.have.length(1);
  });
});
