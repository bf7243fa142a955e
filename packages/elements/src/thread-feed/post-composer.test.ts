// The owner's composer, loaded on demand, and its "Link to…" picker, against the real sandbox.
// This file imports no composer code itself: which modules the page fetched says what the feed
// loaded (web-test-runner serves each module as its own file), so the reader's test comes first.
import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from './thread-feed.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');

const seeded = 'thr_learningtolead'; // the demo mentee's
const composerFetched = () => performance.getEntriesByType('resource').some((entry) => /\/post-composer(\.strings)?\.ts(\?|$)/.test(entry.name));
const threadFetches = (id: string) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === `/v1/threads/${id}`).length;
const anonymous = () => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
const owner = async () => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentee'), maxRetries: 0 });
let seq = 0;
const unique = (what: string) => `${what} (composer test ${Date.now()}-${++seq})`;

async function feed(threadId: string, person?: Person, options: { lang?: string; dir?: string } = {}) {
  const getToken = person ? () => tokenFor(person) : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-thread-feed thread-id=${threadId}></menteo-thread-feed>
    </menteo-provider>
  </div>`);
  return { root, el: root.querySelector('menteo-thread-feed')! };
}

async function freshThread(): Promise<string> {
  return (await (await owner()).threads.create({ title: unique('Linked thread'), visibility: 'public' })).id;
}

const picker = (el: Element) => part<HTMLSelectElement>(el, 'composer-link')!;
const optionNamed = (el: Element, pattern: RegExp) => [...picker(el).options].find((o) => pattern.test(o.textContent!.trim()))!;

/** Picks an option the way a keyboard does: focus the select, move to it, then `change`. */
async function pick(el: Element, option: HTMLOptionElement): Promise<void> {
  const select = picker(el);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
  await (el as MenteoThreadFeed).updateComplete;
}

async function write(el: Element, body: string): Promise<void> {
  part<HTMLTextAreaElement>(el, 'composer-body')!.focus();
  await sendKeys({ type: body });
}

const postLinkOf = (el: Element, body: string) =>
  [...el.shadowRoot!.querySelectorAll('article')]
    .find((a) => a.querySelector('[part~="body"]')?.textContent?.includes(body))
    ?.querySelector('[part~="post-link"]');

describe('the thread feed’s composer', () => {
  afterEach(() => localStorage.clear()); // drafts and outbox entries of the signed-in tests

  it('is not loaded for a reader, anonymous or signed in: no composer, no module fetched', async () => {
    for (const person of [undefined, 'demo-mentor'] as const) {
      const before = threadFetches(seeded);
      const { root, el } = await feed(seeded, person);
      await waitUntil(() => threadFetches(seeded) > before && el.shadowRoot?.querySelector('article'), 'no posts', { timeout: 10_000 });
      await el.updateComplete;
      expect(part(el, 'composer'), person ?? 'anonymous').to.be.null;
      root.remove();
    }
    expect(composerFetched()).to.equal(false);
  });

  it('lets the owner link a post to a roadmap step: grouped choices, kept in the draft, "Step N of …" once posted', async () => {
    const threadId = await freshThread();
    const targets = await (await owner()).posts.linkTargets();
    const roadmap = targets.roadmaps[0]!;
    const step = roadmap.steps[2] ?? roadmap.steps[0]!;
    const first = await feed(threadId, 'demo-mentee');
    let { el } = first;
    await waitForPart(el, 'composer-link', 10_000);
    expect(composerFetched()).to.equal(true);
    // A native select: its label, "No link" first, one group per roadmap and per room.
    const select = picker(el);
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Link to…');
    expect(select.options[0]!.textContent!.trim()).to.equal('No link');
    expect(select.value).to.equal('');
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).to.deep.equal([...targets.roadmaps.map((r) => r.title), ...targets.rooms.map((r) => `Room: ${r.title}`)]);
    await expect(el).to.be.accessible();

    const label = `Step ${step.index} — ${step.title} · ${roadmap.title}`;
    await pick(el, optionNamed(el, new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
    const body = unique('Three weeks in');
    await write(el, body);
    // A reload: the page goes, a new page's element finds the body and the link in storage.
    first.root.remove();
    ({ el } = await feed(threadId, 'demo-mentee'));
    await waitUntil(() => part(el, 'composer-link') && picker(el).selectedOptions[0]?.textContent?.trim() === label, 'the link was not kept', {
      timeout: 10_000,
    });
    expect(part<HTMLTextAreaElement>(el, 'composer-body')!.value).to.equal(body);

    part<HTMLButtonElement>(el, 'composer-button')!.click();
    await waitUntil(() => postLinkOf(el, body), 'the post shows no link', { timeout: 10_000 });
    expect(postLinkOf(el, body)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`⇢ Step ${step.index} of ${roadmap.title}`);
    expect(picker(el).value, 'the picker is empty for the next post').to.equal('');
    const { data } = await anonymous().threads.posts.list(threadId);
    expect(data[0]!.link).to.deep.include({ kind: 'roadmap_step', roadmapId: roadmap.roadmapId, stepId: step.stepId, stepIndex: step.index });
    await expect(el).to.be.accessible();
  });

  it('lets the owner link a post to a room goal with the keyboard', async () => {
    const threadId = await freshThread();
    const { rooms } = await (await owner()).posts.linkTargets();
    const goal = rooms[0]!.goals[0]!;
    const { el } = await feed(threadId, 'demo-mentee');
    await waitForPart(el, 'composer-link', 10_000);
    // Keyboard only: End moves a focused select to its last option, a goal of the last room.
    picker(el).focus();
    await sendKeys({ press: 'End' });
    const last = rooms.at(-1)!.goals.at(-1)!;
    await waitUntil(() => picker(el).selectedOptions[0]?.textContent?.trim() === `Goal: ${last.title}`, 'End did not pick the last goal');
    await pick(el, optionNamed(el, new RegExp(`^Goal: ${goal.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
    const body = unique('Goal in sight');
    await write(el, body);
    part<HTMLButtonElement>(el, 'composer-button')!.click();
    await waitUntil(() => postLinkOf(el, body), 'the post shows no link', { timeout: 10_000 });
    expect(postLinkOf(el, body)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`◎ Goal: ${goal.title}`);
    const { data } = await anonymous().threads.posts.list(threadId);
    expect(data[0]!.link).to.deep.equal({ kind: 'room_goal', roomId: rooms[0]!.roomId, goalId: goal.goalId, goalTitle: goal.title });
  });

  it('shows why a refused link was refused, and gives the words and the link back', async () => {
    // A room the owner is not in, as a stale list would still offer it: the API refuses it (422, /link/roomId).
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      const answer = await realFetch(request);
      if (request.method !== 'GET' || new URL(request.url).pathname !== '/v1/me/post-link-targets') return answer;
      const targets = await answer.json();
      targets.rooms.push({ roomId: 'room_notyours00000', title: 'Someone else’s room', goals: [{ goalId: 'goal_notyours00000', title: 'Their goal' }] });
      return new Response(JSON.stringify(targets), { status: 200, headers: answer.headers });
    };
    try {
      const threadId = await freshThread();
      const { el } = await feed(threadId, 'demo-mentee');
      await waitForPart(el, 'composer-link', 10_000);
      await pick(el, optionNamed(el, /^Goal: Their goal$/));
      const body = unique('Borrowed goal');
      await write(el, body);
      part<HTMLButtonElement>(el, 'composer-button')!.click();
      const error = await waitForPart(el, 'post-error', 10_000);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('We couldn’t link your post to that');
      expect(error.textContent).to.match(/Request ID: \S+/);
      await waitUntil(() => part<HTMLTextAreaElement>(el, 'composer-body')!.value === body, 'the words did not come back');
      expect(picker(el).selectedOptions[0]!.textContent!.trim()).to.equal('Goal: Their goal');
      expect(picker(el).getAttribute('aria-invalid')).to.equal('true');
      expect((await anonymous().threads.posts.list(threadId)).data).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('speaks Spanish and lays out right to left', async () => {
    const threadId = await freshThread();
    const { el } = await feed(threadId, 'demo-mentee', { lang: 'es', dir: 'rtl' });
    await waitUntil(() => part(el, 'composer-link') && picker(el).options[0]?.textContent?.trim() === 'Sin vínculo', 'no Spanish picker', { timeout: 10_000 });
    expect(textOf(el)).to.contain('Vincular a…');
    expect([...picker(el).options].some((o) => /^Paso \d+ — /.test(o.textContent!.trim()))).to.equal(true);
    expect(getComputedStyle(picker(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
