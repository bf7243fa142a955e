// <menteo-thread-feed> in the states the live sandbox cannot produce on demand. Every answer is
// the sandbox's own, replayed through msw (test/msw.ts): held back, or turned into a failure.
// Written against the feed's public behaviour (parts, states, events), not its rendering internals.
import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { replay, reset, startMsw, use } from '../../test/msw.js';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from './thread-feed.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');

const thread = 'thr_learningtolead';
/** The thread and its posts: both reads of the feed. */
const reads = `/v1/threads/${thread}*`;

async function feed(person?: 'demo-mentor' | 'demo-mentee'): Promise<MenteoThreadFeed> {
  const root =
    await fixture<MenteoProvider>(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${person ? () => tokenFor(person) : undefined}>
    <menteo-thread-feed thread-id=${thread}></menteo-thread-feed>
  </menteo-provider>`);
  return root.querySelector('menteo-thread-feed')!;
}

const articles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[data-post-id]')];
const articleOf = (el: Element, postId: string) => el.shadowRoot!.querySelector<HTMLElement>(`article[data-post-id="${postId}"]`)!;
const reaction = (article: HTMLElement, kind: string) => article.querySelector<HTMLButtonElement>(`[part~="reaction-button"][data-kind="${kind}"]`)!;
const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');
const posts = () => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, maxRetries: 0 }).threads.posts.list(thread);

describe('<menteo-thread-feed> with msw', () => {
  startMsw();
  afterEach(() => localStorage.clear()); // drafts and outbox entries of signed-in tests

  it('shows the writer’s saved draft once the SDK learns who is signed in, with nothing else to redraw the feed', async () => {
    // Drafts are stored per person (menteo.drafts:<api>:<user id>); the SDK learns the person from
    // GET /v1/me, held back here until the feed has drawn its posts and an empty composer.
    const text = 'A draft from yesterday, half written';
    localStorage.setItem(`menteo.drafts:${sandbox.url}:usr_demomentee`, JSON.stringify({ [`post:${thread}`]: text }));
    const me = replay('GET', '/v1/me', { delayMs: 60_000 });
    use(me.handler);
    const el = await feed('demo-mentee');
    const composer = () => el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="composer"] textarea');
    await waitUntil(() => articles(el).length > 0 && composer() && me.count >= 1, 'posts, composer and the ask for /v1/me');
    expect(composer()!.value).to.equal('');
    me.release();
    await waitUntil(() => composer()!.value === text, `the saved draft never showed: "${composer()!.value}"`, { timeout: 10_000 });
  });

  it('keeps the skeleton and aria-busy while the thread is slow, then shows its posts', async () => {
    const slow = replay('GET', reads, { delayMs: 30_000 });
    use(slow.handler);
    const el = await feed();
    await waitUntil(() => slow.count >= 1, 'the thread was not asked');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(part(el, 'skeleton')).to.exist;
    expect(busy(el)).to.equal('true');
    expect(articles(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    slow.release();
    const first = (await posts()).data[0]!;
    await waitUntil(() => articleOf(el, first.id), `no post ${first.id}: "${textOf(el).slice(0, 200)}"`, { timeout: 10_000 });
    expect(part(el, 'skeleton')).to.be.null;
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows the problem’s request id on a 503, and retry succeeds once the API is back', async () => {
    const down = replay('GET', reads, { status: 503 });
    use(down.handler);
    const el = await feed();
    const error = await waitForPart(el, 'error', 15_000);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(el)).to.contain('We couldn’t load this thread.');
    expect(down.requestIds).to.include(textOf(el).match(/Request ID: (\S+)/)?.[1]);
    expect(busy(el)).to.equal('false');
    await expect(el).to.be.accessible();
    reset();
    part(el, 'retry-button')!.click();
    await waitUntil(() => articles(el).length > 0, `no posts after retry: "${textOf(el).slice(0, 200)}"`, { timeout: 10_000 });
    expect(part(el, 'error')).to.be.null;
  });

  it('waits out a 429’s Retry-After without an error, then shows the posts', async () => {
    const limited = replay('GET', reads, { status: 429, retryAfter: 1, once: true });
    use(limited.handler);
    const started = performance.now();
    const el = await feed();
    await waitUntil(() => limited.count === 1, 'no 429');
    expect(part(el, 'error')).to.be.null;
    await waitUntil(() => articles(el).length > 0, 'no posts', { timeout: 10_000 });
    expect(performance.now() - started, 'came back before Retry-After').to.be.at.least(950);
    expect(part(el, 'error')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('rolls back a reaction the server fails (500) and shows the problem’s request id', async () => {
    const el = await feed('demo-mentor');
    await waitUntil(() => articles(el).length > 0, 'no posts', { timeout: 10_000 });
    const postId = articles(el)[0]!.dataset.postId!;
    const mentor = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor('demo-mentor'), maxRetries: 0 });
    const was = await mentor.posts.retrieve(postId);
    const kind = (['cheer', 'support', 'bookmark', 'insightful'] as const).find((k) => !was.viewerReactions.includes(k))!;
    const before = reaction(articleOf(el, postId), kind).textContent;
    const events: unknown[] = [];
    el.addEventListener('menteo-reaction-change', (e) => events.push(e.detail));
    const failing = replay('PUT', '/v1/posts/:postId/reactions/:kind', { status: 500 });
    use(failing.handler);
    reaction(articleOf(el, postId), kind).click();
    await waitUntil(() => reaction(articleOf(el, postId), kind).getAttribute('aria-pressed') === 'true', 'no optimistic change');
    await waitUntil(() => articleOf(el, postId).querySelector('[part~="reaction-error"]'), 'no reaction error', { timeout: 15_000 });
    const error = articleOf(el, postId).querySelector('[part~="reaction-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('We couldn’t save your reaction; it was undone.');
    expect(error.textContent).to.contain(`Request ID: ${failing.requestIds.at(-1)}`);
    await waitUntil(() => reaction(articleOf(el, postId), kind).textContent === before, 'not rolled back');
    expect(reaction(articleOf(el, postId), kind).getAttribute('aria-pressed')).to.equal('false');
    expect(events).to.have.length(0);
    expect((await mentor.posts.retrieve(postId)).reactions[kind]).to.equal(was.reactions[kind]);
    await expect(el).to.be.accessible();
  });
});
