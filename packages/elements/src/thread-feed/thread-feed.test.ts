import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { styleMap } from 'lit/directives/style-map.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { leftOfText, liveFor, part, type Person, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from './thread-feed.js';
import { threadStores } from '@menteo/sdk/stores';
import { xssPayloads } from './xss-payloads.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');
// No window error is tolerated, "ResizeObserver loop completed with undelivered notifications"
// included: the feed's windowing (internal/windowed-list.ts) renders what it measured in the next frame.

const thread = 'thr_learningtolead'; // the demo mentee's, public, with a canonical URL
const clientOf = async (person: Person) => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });
const anonymous = () => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });

interface Options {
  id?: string;
  person?: Person;
  lang?: string;
  dir?: string;
  baseUrl?: string;
  compact?: boolean;
  limit?: number;
  /** A fixed-height scrolling box around the feed (the long-thread tests). */
  height?: number;
}

/** A feed inside a provider (signed in when `person` is given). */
async function feed(options: Options = {}) {
  const getToken = options.person ? () => tokenFor(options.person!) : undefined;
  // The scrolling box exists before the feed does (the feed finds it when it first renders),
  // set through the CSSOM by styleMap: the page under test may run a strict CSP.
  const box = options.height ? { blockSize: `${options.height}px`, overflowY: 'auto' } : {};
  const root = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'} style=${styleMap(box)}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${options.baseUrl ?? sandbox.url} .getToken=${getToken}>
      <menteo-thread-feed thread-id=${options.id ?? thread} ?compact=${options.compact} .limit=${options.limit}></menteo-thread-feed>
    </menteo-provider>
  </div>`);
  return { root, el: root.querySelector('menteo-thread-feed')! };
}

const all = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const articles = (el: Element) => all(el, 'article');
const articleOf = (el: Element, postId: string) => el.shadowRoot!.querySelector<HTMLElement>(`article[data-post-id="${postId}"]`)!;
const reaction = (article: HTMLElement, kind: string) => article.querySelector<HTMLButtonElement>(`[part~="reaction-button"][data-kind="${kind}"]`)!;
const loaded = async (el: Element) => {
  await waitUntil(() => articles(el).length > 0 || part(el, 'empty') || part(el, 'error'), 'no posts, empty state or error', { timeout: 10_000 });
  return el;
};
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
let seq = 0;
const unique = (what: string) => `${what} (feed test ${Date.now()}-${++seq})`;

/**
 * Holds the page's writes (PUT/DELETE/POST to the API) until `open()`, optionally sending them
 * with a token the API does not know (a real 401): what the element shows meanwhile is its
 * optimistic state, and after a refusal its rollback.
 */
function holdWrites(options: { refuse?: boolean } = {}) {
  const realFetch = window.fetch;
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'GET' || !request.url.startsWith(sandbox.url)) return realFetch(request);
    await opened;
    if (options.refuse) request.headers.set('authorization', 'Bearer ut_notarealtoken');
    return realFetch(request);
  };
  return { open, restore: () => (window.fetch = realFetch) };
}

/** A new public thread of `person`'s, for tests that need their own. */
async function freshThread(person: Person, extra: { canonicalUrl?: string } = {}) {
  const client = await clientOf(person);
  return { client, thread: await client.threads.create({ title: unique('Fresh thread'), visibility: 'public', ...extra }) };
}

describe('<menteo-thread-feed>', () => {
  afterEach(() => localStorage.clear()); // drafts and outbox entries of signed-in tests
  // The feed windows its posts by the viewport: a scroll left by one test must not decide which posts the next one sees.
  beforeEach(() => window.scrollTo(0, 0));

  it('renders read-only with only a publishable key (the blogger case): header, posts newest first, kinds, Markdown', async () => {
    const root = await fixture<HTMLElement>(
      html`<div><menteo-thread-feed thread-id=${thread} publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-thread-feed></div>`,
    );
    const el = root.querySelector('menteo-thread-feed')!;
    await loaded(el);
    const api = anonymous();
    const expected = await api.threads.retrieve(thread);
    const { data: newest } = await api.threads.posts.list(thread, { limit: 5 });
    expect(part(el, 'title')!.textContent).to.equal(expected.title);
    expect(part(el, 'owner')!.textContent).to.equal(`By ${expected.owner.name}`);
    expect(part(el, 'counts')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${expected.counts.posts} posts · ${expected.counts.followers} ${expected.counts.followers === 1 ? 'follower' : 'followers'}`,
    );
    const feedEl = part(el, 'feed')!;
    expect(feedEl.getAttribute('role')).to.equal('feed');
    expect(feedEl.getAttribute('aria-busy')).to.equal('false');
    const shown = articles(el);
    expect(shown.slice(0, 5).map((a) => a.dataset.postId)).to.deep.equal(newest.map((p) => p.id));
    shown.forEach((article, i) => {
      expect(article.getAttribute('aria-posinset')).to.equal(String(i + 1));
      expect(article.getAttribute('aria-setsize')).to.equal(String(expected.counts.posts));
      const label = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.match(/(Update|Challenge|Breakthrough|Milestone|Question) \w{3} \d{1,2}, \d{4}/);
    });
    // Each kind shows its name beside its icon.
    const badge = shown[0]!.querySelector('[part~="badge"]')!;
    const kindName = { update: 'Update', challenge: 'Challenge', breakthrough: 'Breakthrough', milestone: 'Milestone', question: 'Question' }[newest[0]!.kind];
    expect(badge.textContent!.trim()).to.match(new RegExp(`^\\S ${kindName}$`));
    expect(badge.getAttribute('part')).to.contain(`badge-${newest[0]!.kind}`);
    // Reactions and comment counts are there; writing is not.
    const first = newest[0]!;
    // Icon, name, count: the tooltip is the button's ::after, not its text.
    expect([...reaction(shown[0]!, 'cheer').children].map((child) => child.textContent)).to.deep.equal(['★', 'Cheer', String(first.reactions.cheer)]);
    expect(shown[0]!.querySelector('[part~="comments-button"]')!.textContent!.trim()).to.equal(
      `${first.commentCount} ${first.commentCount === 1 ? 'comment' : 'comments'}`,
    );
    expect(part(el, 'composer')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('renders the seeded Markdown (lists, strong) of the first post', async () => {
    const { el } = await feed();
    await loaded(el);
    const { data } = await anonymous().threads.posts.list(thread, { limit: 100 });
    const first = data.at(-1)!; // the oldest: "Officially the tech lead…" with a list and **listen**
    expect(first.body).to.contain('**listen**');
    // Scrolled to the end of what is loaded, the first post is found through its own article.
    await waitUntil(
      async () => {
        window.scrollTo(0, document.body.scrollHeight);
        return articleOf(el, first.id);
      },
      'never reached the first post',
      { timeout: 15_000 },
    );
    const body = articleOf(el, first.id).querySelector('[part~="body"]')!;
    expect(body.querySelector('strong')!.textContent).to.equal('listen');
    expect(body.querySelectorAll('ul > li')).to.have.length(3);
    expect(body.textContent).not.to.contain('**');
  });

  it('asks a signed-out reader to sign in to react: counts stay, a message and an event say why', async () => {
    const { root, el } = await feed();
    await loaded(el);
    // Nodes are looked up by post id after each update rather than held: the feed may re-render
    // its window meanwhile (this test once failed in CI holding the first article's node).
    const postId = articles(el)[0]!.dataset.postId!;
    const before = reaction(articleOf(el, postId), 'support').textContent;
    const asked = oneEvent(root, 'menteo-sign-in-required');
    reaction(articleOf(el, postId), 'support').click();
    expect((await asked).detail).to.deep.equal({ action: 'react' });
    const shown = () => articleOf(el, postId)?.querySelector('[part~="sign-in-required"]');
    // What was on screen, should the message not come: which posts, and what the feed remembered.
    const state = () =>
      `posts ${articles(el)
        .map((a) => a.dataset.postId)
        .join(',')}; signInFor ${(el as unknown as { signInFor?: string }).signInFor}; clicked ${postId}`;
    await waitUntil(shown, 'no sign-in message under the post').catch((error: Error) => {
      throw new Error(`${error.message} (${state()})`);
    });
    const message = shown();
    const button = reaction(articleOf(el, postId), 'support');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.textContent).to.equal(before);
    expect(message!.textContent).to.equal('Sign in to react to posts.');
    expect(message!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('toggles a reaction optimistically when signed in, fires menteo-reaction-change and persists it', async () => {
    const { root, el } = await feed({ person: 'demo-mentor' });
    await loaded(el);
    const article = articles(el)[0]!;
    const postId = article.dataset.postId!;
    const mentor = await clientOf('demo-mentor');
    const was = await mentor.posts.retrieve(postId);
    const kind = was.viewerReactions.includes('insightful') ? 'bookmark' : 'insightful';
    expect(was.viewerReactions).not.to.include(kind);
    const button = reaction(article, kind);
    const changed = oneEvent(root, 'menteo-reaction-change');
    const hold = holdWrites();
    try {
      button.click();
      // Optimistic: while the API has not even received the request.
      await waitUntil(() => reaction(articleOf(el, postId), kind).getAttribute('aria-pressed') === 'true', 'not pressed at once');
      expect(reaction(articleOf(el, postId), kind).querySelector('.count')!.textContent).to.equal(String(was.reactions[kind] + 1));
      hold.open();
    } finally {
      hold.restore();
    }
    const event = await changed;
    expect(event.detail).to.deep.include({ postId, kind, active: true });
    expect(event.detail.reactions[kind]).to.equal(was.reactions[kind] + 1);
    expect((await mentor.posts.retrieve(postId)).viewerReactions).to.include(kind);
    // And back off, with the keyboard.
    reaction(articleOf(el, postId), kind).focus();
    const off = oneEvent(root, 'menteo-reaction-change');
    await sendKeys({ press: 'Enter' });
    expect((await off).detail.active).to.equal(false);
    await waitUntil(() => reaction(articleOf(el, postId), kind).getAttribute('aria-pressed') === 'false', 'still pressed');
    expect((await mentor.posts.retrieve(postId)).reactions[kind]).to.equal(was.reactions[kind]);
    await expect(el).to.be.accessible();
  });

  it('rolls back a refused reaction and shows the error with its request id', async () => {
    const { el } = await feed({ person: 'demo-mentor' });
    await loaded(el);
    const article = articles(el)[0]!;
    const postId = article.dataset.postId!;
    const was = await (await clientOf('demo-mentor')).posts.retrieve(postId);
    const kind = (['cheer', 'support', 'bookmark', 'insightful'] as const).find((k) => !was.viewerReactions.includes(k))!;
    const before = reaction(article, kind).textContent;
    const events: unknown[] = [];
    el.addEventListener('menteo-reaction-change', (e) => events.push(e.detail));
    const hold = holdWrites({ refuse: true });
    try {
      reaction(article, kind).click();
      await waitUntil(() => reaction(articleOf(el, postId), kind).textContent !== before, 'no optimistic change');
      expect(reaction(articleOf(el, postId), kind).getAttribute('aria-pressed')).to.equal('true');
      hold.open();
      await waitUntil(() => articleOf(el, postId).querySelector('[part~="reaction-error"]'), 'no reaction error');
      const error = articleOf(el, postId).querySelector('[part~="reaction-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('We couldn’t save your reaction; it was undone.');
      expect(error.textContent).to.match(/Request ID: \S+/);
    } finally {
      hold.restore();
    }
    await waitUntil(() => reaction(articleOf(el, postId), kind).textContent === before, 'not rolled back');
    expect(reaction(articleOf(el, postId), kind).getAttribute('aria-pressed')).to.equal('false');
    expect(reaction(articleOf(el, postId), kind).textContent).to.equal(before);
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('expands a post’s comments behind a disclosure button, loaded from the API', async () => {
    const api = anonymous();
    const { data } = await api.threads.posts.list(thread, { limit: 20 });
    const post = data.find((p) => p.commentCount > 0)!;
    expect(post, 'a seeded post with comments').to.exist;
    const { data: comments } = await api.posts.comments.list(post.id, { limit: 20 });
    const { el } = await feed();
    await loaded(el);
    await waitUntil(() => articleOf(el, post.id), 'post not rendered');
    const button = articleOf(el, post.id).querySelector<HTMLButtonElement>('[part~="comments-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(region.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => articleOf(el, post.id).querySelectorAll('[part~="comment"]').length > 0, 'no comments');
    // The comments' code loads on this first press: the keyboard reader's focus stays on the button meanwhile.
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const shown = [...articleOf(el, post.id).querySelectorAll('[part~="comment"]')];
    expect(shown.length).to.equal(Math.min(comments.length, 20));
    expect(shown[0]!.textContent).to.contain(comments[0]!.author.name);
    expect(articleOf(el, post.id).querySelector('[part~="comments-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    articleOf(el, post.id).querySelector<HTMLButtonElement>('[part~="comments-button"]')!.click();
    await el.updateComplete;
    expect(articleOf(el, post.id).querySelectorAll('[part~="comment"]')).to.have.length(0);
  });

  it('lets a signed-in reader add a comment; a signed-out one is told to sign in', async () => {
    const { thread: fresh, client } = await freshThread('demo-mentee');
    const post = await client.threads.posts.create(fresh.id, { kind: 'question', body: 'How do you run a retro?' });
    const anon = await feed({ id: fresh.id });
    await loaded(anon.el);
    articles(anon.el)[0]!.querySelector<HTMLButtonElement>('[part~="comments-button"]')!.click();
    await waitUntil(() => part(anon.el, 'sign-in-required'), 'no sign-in message');
    expect(part(anon.el, 'sign-in-required')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sign in to comment. Sign in');
    expect(part(anon.el, 'sign-in-button')!.textContent!.trim()).to.equal('Sign in');
    expect(part(anon.el, 'comment-form')).to.be.null;
    expect(textOf(anon.el)).to.contain('No comments yet.');
    anon.root.remove();

    const { el } = await feed({ id: fresh.id, person: 'demo-mentor' });
    await loaded(el);
    articles(el)[0]!.querySelector<HTMLButtonElement>('[part~="comments-button"]')!.click();
    const input = await waitForPart<HTMLTextAreaElement>(el, 'comment-input');
    await expect(el).to.be.accessible();
    input.focus();
    await sendKeys({ type: 'Start with *what went well*.' });
    part<HTMLButtonElement>(el, 'comment-button')!.click();
    await waitUntil(() => all(el, '[part~="comment"]').length === 1, 'comment not shown');
    const comment = all(el, '[part~="comment"]')[0]!;
    expect(comment.textContent).to.contain('Daniel Okafor');
    expect(comment.querySelector('em')!.textContent).to.equal('what went well');
    // The field empties once the API has stored the words; the live event can show the comment first.
    await waitUntil(() => part<HTMLTextAreaElement>(el, 'comment-input')!.value === '', 'the field kept the stored comment');
    await waitUntil(() => part(el, 'comments-button')!.textContent!.trim() === '1 comment', 'the count did not reach 1 comment');
    const { data } = await anonymous().posts.comments.list(post.id);
    expect(data.map((c) => c.body)).to.deep.equal(['Start with *what went well*.']);
  });

  it('announces posts arriving live with an "N new posts" banner; showing them moves focus to the newest', async () => {
    const { thread: fresh, client } = await freshThread('demo-mentor');
    await client.threads.posts.create(fresh.id, { kind: 'update', body: 'The first post.' });
    const { el } = await feed({ id: fresh.id });
    await loaded(el);
    expect(articles(el)).to.have.length(1);
    await liveFor(fresh.id);
    const body = unique('Arrived live');
    await client.threads.posts.create(fresh.id, { kind: 'milestone', body });
    const banner = await waitForPart(el, 'new-posts-banner');
    expect(banner.textContent!.trim()).to.contain('Show 1 new post');
    const status = all(el, '[role="status"]').find((s) => s.textContent!.includes('1 new post'))!;
    expect(status, 'a polite live region').to.exist;
    expect(articles(el)).to.have.length(1); // not inserted under the reader's eyes
    await waitUntil(() => part(el, 'counts')!.textContent!.includes('2 posts'), 'count not live');
    await expect(el).to.be.accessible();
    banner.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => articles(el).length === 2 && focused(el)?.localName === 'article', 'new post not focused');
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('1');
    expect(focused(el)!.textContent).to.contain(body);
    expect(part(el, 'new-posts-banner')).to.be.null;
  });

  it('moves focus between posts with Page Down and Page Up (the feed pattern)', async () => {
    const { el } = await feed();
    await loaded(el);
    articles(el)[0]!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('2');
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('3');
    await sendKeys({ press: 'PageUp' });
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('2');
    // From a control inside a post too.
    reaction(focused(el)!, 'cheer').focus();
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)!.localName).to.equal('article');
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('3');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' }); // stays on the first
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('1');
  });

  it('gives the owner a composer whose draft survives a reload; posting shows it at once and fires menteo-post-created', async () => {
    const { thread: fresh } = await freshThread('demo-mentee');
    const first = await feed({ id: fresh.id, person: 'demo-mentee' });
    let { el } = first;
    const composer = await waitForPart(el, 'composer');
    expect(textOf(el)).to.contain('No posts yet: write the first one above.');
    await expect(el).to.be.accessible();
    const body = unique('**Delegated** the incident review');
    part<HTMLTextAreaElement>(el, 'composer-body')!.focus();
    await sendKeys({ type: body });
    const kind = part<HTMLSelectElement>(el, 'composer-kind')!;
    kind.value = 'breakthrough';
    kind.dispatchEvent(new Event('change'));
    expect(composer.isConnected).to.equal(true);
    // A reload: the page goes, a new page's element finds the draft in storage.
    first.root.remove();
    ({ el } = await feed({ id: fresh.id, person: 'demo-mentee' }));
    await waitForPart(el, 'composer');
    // The saved draft arrives once the SDK knows who is signed in, which can be after the composer's first render.
    await waitUntil(() => part<HTMLTextAreaElement>(el, 'composer-body')?.value === body, 'the draft did not come back').catch(() => {});
    expect(part<HTMLTextAreaElement>(el, 'composer-body')!.value).to.equal(body);
    const kindAgain = part<HTMLSelectElement>(el, 'composer-kind')!;
    kindAgain.value = 'breakthrough';
    kindAgain.dispatchEvent(new Event('change'));
    const created = oneEvent(el, 'menteo-post-created');
    part<HTMLButtonElement>(el, 'composer-button')!.click();
    await el.updateComplete;
    // At once, as pending, and the composer is empty.
    await waitUntil(() => articles(el).length === 1, 'no pending post');
    expect(part<HTMLTextAreaElement>(el, 'composer-body')!.value).to.equal('');
    const { detail } = await created;
    expect(detail.threadId).to.equal(fresh.id);
    expect(detail.post.kind).to.equal('breakthrough');
    expect(detail.post.body).to.equal(body);
    await waitUntil(() => articles(el)[0]?.dataset.postId === detail.post.id && !part(el, 'pending'), 'not confirmed');
    expect(articles(el)[0]!.querySelector('[part~="body"] strong')!.textContent).to.equal('Delegated');
    const { data } = await anonymous().threads.posts.list(fresh.id);
    expect(data.map((p) => p.body)).to.deep.equal([body]);
    await expect(el).to.be.accessible();
  });

  it('keeps a post written offline in the outbox, shows it queued, and sends it once when back online', async () => {
    // The element makes its own stores, so `online`/`onOnline` cannot be injected: the page's
    // own signals are what the outbox reads by default — `navigator.onLine` and the `online` event.
    const { thread: fresh } = await freshThread('demo-mentee');
    const { el } = await feed({ id: fresh.id, person: 'demo-mentee' });
    await waitForPart(el, 'composer');
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const body = unique('Written on the train');
    try {
      part<HTMLTextAreaElement>(el, 'composer-body')!.focus();
      await sendKeys({ type: body });
      part<HTMLButtonElement>(el, 'composer-button')!.click();
      const pending = await waitForPart(el, 'pending');
      expect(pending.textContent).to.contain('Queued: will send when you’re back online');
      expect(part(el, 'post')!.getAttribute('part')).to.contain('post-pending');
      await new Promise((r) => setTimeout(r, 300));
      expect((await anonymous().threads.posts.list(fresh.id)).data).to.have.length(0);
      // Survives a reload: in the writer's own outbox (one storage key per signed-in person).
      const outboxes = Object.keys(localStorage).filter((key) => key.startsWith(`menteo.outbox:${sandbox.url}:`));
      expect(outboxes).to.have.length(1);
      expect(localStorage.getItem(outboxes[0]!)).to.contain(body);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
    }
    const created = oneEvent(el, 'menteo-post-created');
    window.dispatchEvent(new Event('online'));
    expect((await created).detail.post.body).to.equal(body);
    await waitUntil(() => !part(el, 'pending'), 'still pending');
    window.dispatchEvent(new Event('online')); // a second signal sends nothing again
    await new Promise((r) => setTimeout(r, 300));
    const { data } = await anonymous().threads.posts.list(fresh.id);
    expect(data.map((p) => p.body)).to.deep.equal([body]);
    expect(articles(el)).to.have.length(1);
  });

  it('shows no composer to a signed-in reader who is not the owner, nor in compact mode', async () => {
    const { root, el } = await feed({ person: 'demo-mentor' });
    await loaded(el);
    expect(part(el, 'composer')).to.be.null;
    root.remove(); // the next one would start below the fold, where nothing is rendered
    const owner = await feed({ person: 'demo-mentee', compact: true });
    await loaded(owner.el);
    await waitUntil(() => articles(owner.el).length > 0);
    expect(part(owner.el, 'composer')).to.be.null;
  });

  it('shows at most `limit` posts, with a link to the whole thread', async () => {
    const { el } = await feed({ limit: 3 });
    await loaded(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(articles(el)).to.have.length(3);
    expect(articles(el).map((a) => a.getAttribute('aria-setsize'))).to.deep.equal(['3', '3', '3']);
    // The thread's permalink, not its canonicalUrl (the blog page the reader may be on).
    const { htmlUrl, canonicalUrl } = await anonymous().threads.retrieve(thread);
    const link = part<HTMLAnchorElement>(el, 'view-thread')!;
    expect(link.href).to.equal(htmlUrl);
    expect(link.href).not.to.equal(canonicalUrl);
    expect(link.textContent).to.equal('View the whole thread');
    await expect(el).to.be.accessible();
  });

  it('cuts long bodies in compact mode behind "Show more"', async () => {
    const { thread: fresh, client } = await freshThread('demo-mentor');
    const long = Array.from({ length: 8 }, (_, i) => `Line ${i + 1} of a long post about delegating.`).join('\n');
    await client.threads.posts.create(fresh.id, { kind: 'challenge', body: long });
    const { root, el } = await feed({ id: fresh.id, compact: true });
    root.style.inlineSize = '300px';
    await loaded(el);
    const body = part(el, 'body')!;
    expect(body.classList.contains('clamped')).to.equal(true);
    const more = part<HTMLButtonElement>(el, 'show-more')!;
    expect(more.textContent!.trim()).to.equal('Show more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const clampedHeight = body.getBoundingClientRect().height;
    more.focus();
    await sendKeys({ press: 'Enter' });
    expect(part(el, 'body')!.classList.contains('clamped')).to.equal(false);
    expect(part(el, 'body')!.getBoundingClientRect().height).to.be.greaterThan(clampedHeight);
    expect(part(el, 'show-more')!.textContent!.trim()).to.equal('Show less');
    expect(part(el, 'show-more')!.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(part(el, 'title')!).fontSize).to.equal(getComputedStyle(el).fontSize); // smaller type
    await expect(el).to.be.accessible();
  });

  it('says when a thread has no posts', async () => {
    const { thread: fresh } = await freshThread('demo-mentor');
    const { el } = await feed({ id: fresh.id });
    expect((await waitForPart(el, 'empty')).textContent).to.equal('No posts yet.');
    expect(part(el, 'feed')).to.be.null;
    expect(part(el, 'counts')!.textContent).to.contain('0 posts');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the API is unreachable, and with the request id when it refuses', async () => {
    const down = await feed({ baseUrl: sandbox.closedUrl });
    const error = await waitForPart(down.el, 'error', 15_000);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(down.el)).to.contain('We couldn’t load this thread.');
    expect(textOf(down.el)).to.contain('Check your connection and try again.');
    await expect(down.el).to.be.accessible();
    const retried = oneEvent(down.el, 'menteo-retry');
    part<HTMLButtonElement>(down.el, 'retry-button')!.click();
    await retried;

    const root = await fixture<HTMLElement>(
      html`<menteo-thread-feed thread-id=${thread} publishable-key="pk_test_unknown" base-url=${sandbox.url}></menteo-thread-feed>`,
    );
    await waitForPart(root, 'error');
    expect(textOf(root)).to.match(/Request ID: \S+/);
    await expect(root).to.be.accessible();
  });

  it('treats a private thread like a missing one, and suggests signing in', async () => {
    for (const id of ['thr_doesnotexist', 'thr_priyaprivate']) {
      const { el } = await feed({ id });
      await waitForPart(el, 'error');
      expect(textOf(el)).to.equal('This thread isn’t available. If it is private, sign in to see it.');
      expect(part(el, 'retry-button')).to.be.null;
      await expect(el).to.be.accessible();
    }
    // Its owner sees it.
    const { el } = await feed({ id: 'thr_priyaprivate', person: 'demo-mentee' });
    await loaded(el);
    expect(part(el, 'title')!.textContent).to.contain('Notes to self');
  });

  it('speaks Spanish and lays out right to left', async () => {
    const { el } = await feed({ lang: 'es', dir: 'rtl' });
    await loaded(el);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    const text = textOf(el);
    expect(text).to.match(/\d+ publicaciones · \d+ seguidor(es)?/);
    expect(text).to.match(/Novedad|Reto|Avance|Hito|Pregunta/);
    expect(text).to.contain('Aplauso');
    expect(text).to.match(/\d+ comentarios?/);
    const { left: baseLeft, right: baseRight } = part(el, 'base')!.getBoundingClientRect();
    const badge = articles(el)[0]!.querySelector('[part~="badge"]')!.getBoundingClientRect();
    expect(baseRight - badge.right, 'the badge starts on the right').to.be.lessThan(badge.left - baseLeft);
    // A post reads in the direction of its own words: the seeded English ones left to right, their
    // end punctuation at the end, on this right-to-left page.
    const body = articles(el)[0]!.querySelector<HTMLElement>('[part~="body"]')!;
    expect(getComputedStyle(body).direction, 'an English post keeps its own direction').to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('keeps each sentence of the English catalog in its own order on a right-to-left page', async () => {
    const { el } = await feed({ dir: 'rtl', person: 'demo-mentee' });
    await loaded(el);
    await waitForPart(el, 'composer-link', 10_000);
    const counts = part(el, 'counts')!;
    const [posts, , followers] = [...counts.children];
    const numberOf = (phrase: Element) => phrase.textContent!.trim().split(' ')[0]!;
    // Each phrase was drawn reversed ("posts 12"); the two stay in the page's order, the first on the right.
    expect(leftOfText(posts!, numberOf(posts!)), '"12 posts": the number first').to.be.below(leftOfText(posts!, 'post'));
    expect(leftOfText(followers!, numberOf(followers!)), '"7 followers"').to.be.below(leftOfText(followers!, 'follower'));
    expect(posts!.getBoundingClientRect().left, 'the first count on the right').to.be.above(followers!.getBoundingClientRect().left);
    const comments = part(el, 'comments-button')!;
    const [count] = comments.textContent!.trim().split(' ');
    expect(leftOfText(comments, count!), '"3 comments", not "comments 3"').to.be.below(leftOfText(comments, 'comment'));
    const label = el.shadowRoot!.querySelector('label[for="link"]')!;
    expect(leftOfText(label, '…'), '"Link to…", not "…Link to"').to.be.above(leftOfText(label, 'Link'));
    const { right: baseRight } = part(el, 'base')!.getBoundingClientRect();
    const { right: labelRight } = label.getBoundingClientRect();
    expect(baseRight - labelRight, 'the label still starts on the right').to.be.lessThan(40);
  });

  it('takes its colours from --menteo-feed-* tokens, and stops the skeleton pulsing for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { el } = await feed({ baseUrl: sandbox.closedUrl });
      el.style.setProperty('--menteo-feed-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.bone')!).animationName).to.equal('none');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const { el } = await feed({ limit: 1 });
    await loaded(el);
    el.style.setProperty('--menteo-feed-badge-milestone', 'rgb(0, 128, 0)');
    const badge = all(el, '[part~="badge"]')[0]!;
    if (badge.classList.contains('milestone')) expect(getComputedStyle(badge).borderTopColor).to.equal('rgb(0, 128, 0)');
    el.style.setProperty('--menteo-feed-accent-color', 'rgb(200, 0, 100)');
    expect(getComputedStyle(part(el, 'view-thread')!).color).to.equal('rgb(200, 0, 100)');
  });

  it('stays bounded at 10,000 posts: scrolling deep loads pages while the DOM holds a few dozen articles', async () => {
    const { thread: fresh } = await freshThread('demo-mentor');
    const count = Number(await (await fetch(`/__menteo/seed-posts?thread=${fresh.id}&count=10000`)).text());
    expect(count).to.equal(10_000);
    const { root, el } = await feed({ id: fresh.id, height: 600 });
    await loaded(el);
    expect(part(el, 'feed')!.classList.contains('windowed'), 'a long thread is windowed').to.be.true;
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
    expect(textOf(el)).to.contain('10,000 posts');
    const pages = () => performance.getEntriesByType('resource').filter((e) => e.name.includes(`/v1/threads/${fresh.id}/posts`)).length;
    performance.clearResourceTimings();
    const most = { articles: 0, nodes: 0 };
    for (let step = 0; step < 40; step++) {
      root.scrollTop = root.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      await el.updateComplete;
      most.articles = Math.max(most.articles, articles(el).length);
      most.nodes = Math.max(most.nodes, el.shadowRoot!.querySelectorAll('*').length);
    }
    await waitUntil(() => part(el, 'feed')!.getAttribute('aria-busy') === 'false', 'still loading');
    const positions = articles(el).map((a) => Number(a.getAttribute('aria-posinset')));
    console.log(
      `10k feed: ${pages()} pages loaded while scrolling, deepest post ${Math.max(...positions)}, at most ${most.articles} articles and ${most.nodes} shadow DOM elements`,
    );
    expect(pages()).to.be.greaterThan(10);
    expect(Math.max(...positions)).to.be.greaterThan(200);
    expect(most.articles).to.be.lessThan(60);
    expect(most.nodes).to.be.lessThan(1500);
    // Page Down walks from post to post, past those the windowing had not rendered and
    // past the last loaded one (the next page loads).
    const rendered = articles(el);
    rendered[0]!.focus();
    let at = Number(focused(el)!.getAttribute('aria-posinset'));
    const lastLoaded = threadStores((el.parentElement as MenteoProvider).connection!.stores)
      .threadPosts(fresh.id)
      .get().items.length;
    for (let n = 0; n < 30 || at <= lastLoaded; n++) {
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => Number(focused(el)?.getAttribute('aria-posinset')) === at + 1, `focus did not move past ${at}`);
      at++;
    }
    expect(articles(el).length).to.be.lessThan(60);
  });

  it('in a windowed thread, a post still changes with what it shows: a reaction, its comments opened and closed, the page’s language', async () => {
    // The window leaves a post as it was while nothing it reads changed (WindowedList's depsOf):
    // each of these changes something it reads.
    const { thread: fresh } = await freshThread('demo-mentor');
    expect(Number(await (await fetch(`/__menteo/seed-posts?thread=${fresh.id}&count=60`)).text())).to.equal(60);
    const { root, el } = await feed({ id: fresh.id, height: 600, person: 'acme-employee' });
    await loaded(el);
    expect(part(el, 'feed')!.classList.contains('windowed'), 'a long thread is windowed').to.be.true;
    const postId = articles(el)[0]!.dataset.postId!;
    const count = () => reaction(articleOf(el, postId), 'cheer').querySelector('.count')!.textContent;
    const before = count();
    reaction(articleOf(el, postId), 'cheer').click();
    await waitUntil(() => reaction(articleOf(el, postId), 'cheer').getAttribute('aria-pressed') === 'true', 'reaction not shown');
    expect(count()).to.equal(String(Number(before) + 1));
    const commentsOf = () => articleOf(el, postId).querySelector<HTMLButtonElement>('[part~="comments-button"]')!;
    commentsOf().click();
    await waitUntil(() => articleOf(el, postId).querySelector('[part~="comment-form"]'), 'comments not opened');
    expect(commentsOf().getAttribute('aria-expanded')).to.equal('true');
    commentsOf().click();
    await waitUntil(() => commentsOf().getAttribute('aria-expanded') === 'false', 'comments not closed');
    expect(articleOf(el, postId).querySelector<HTMLElement>('[part~="comments"]')!.hidden).to.be.true;
    const english = commentsOf().textContent!.trim();
    root.setAttribute('lang', 'es');
    await waitUntil(() => commentsOf().textContent!.trim() !== english, 'the post kept its English');
    expect(articles(el).every((article) => !article.textContent!.includes('comments'))).to.be.true;
    // Its reaction is still the reader's.
    expect(reaction(articleOf(el, postId), 'cheer').getAttribute('aria-pressed')).to.equal('true');
  });

  it('renders a short thread whole, unwindowed, loading its next pages as the reader nears the end; a limit keeps a long one unwindowed', async () => {
    const { thread: fresh } = await freshThread('demo-mentor');
    expect(Number(await (await fetch(`/__menteo/seed-posts?thread=${fresh.id}&count=45`)).text())).to.equal(45);
    const { root, el } = await feed({ id: fresh.id, height: 600 });
    await loaded(el);
    expect(part(el, 'feed')!.classList.contains('windowed'), 'under 50 posts: no windowing').to.be.false;
    expect(articles(el).length, 'the first page').to.equal(20);
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('45');
    for (const wanted of [40, 45]) {
      root.scrollTop = root.scrollHeight;
      await waitUntil(() => articles(el).length === wanted, `${articles(el).length} posts rendered, not ${wanted}`, { timeout: 10_000 });
    }
    expect(articles(el).map((a) => Number(a.getAttribute('aria-posinset')))).to.deep.equal(Array.from({ length: 45 }, (_, i) => i + 1));
    await waitUntil(() => part(el, 'feed')!.getAttribute('aria-busy') === 'false', 'still loading');
    expect(part(el, 'status'), 'nothing left to load').to.be.null;

    // Sixty posts, but five shown: no windowing either.
    expect(Number(await (await fetch(`/__menteo/seed-posts?thread=${fresh.id}&count=15`)).text()), "the thread's posts").to.equal(60);
    const limited = (await feed({ id: fresh.id, limit: 5 })).el;
    await loaded(limited);
    expect(textOf(limited)).to.contain('60 posts');
    expect(articles(limited).length).to.equal(5);
    expect(part(limited, 'feed')!.classList.contains('windowed')).to.be.false;
  });

  it('renders XSS payloads posted through the API as inert text (page-level trap, CSP and DOM checks)', async () => {
    const hits: string[] = [];
    const violations: string[] = [];
    const added: string[] = [];
    (window as unknown as { __xssHit: (label: string) => void }).__xssHit = (label) => hits.push(label);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample}`));
    // Enforced from here on: no inline handlers, no string-to-HTML sinks, no plugins or frames.
    const csp = document.createElement('meta');
    csp.httpEquiv = 'Content-Security-Policy';
    csp.content = "require-trusted-types-for 'script'; script-src-attr 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'";
    document.head.append(csp);

    const { thread: fresh, client } = await freshThread('demo-mentee');
    for (const { body } of xssPayloads) await client.threads.posts.create(fresh.id, { kind: 'question', body });
    expect(xssPayloads.length).to.be.at.least(50);
    const { root, el } = await feed({ id: fresh.id, height: 500 });
    await loaded(el);
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && /^(script|iframe|object|embed|img|svg|style|link|meta|base|form)$/i.test(n.localName)) added.push(n.localName);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    const seen = new Set<string>();
    const bodies = new Map<string, string>();
    for (let step = 0; step < 200 && seen.size < xssPayloads.length; step++) {
      for (const article of articles(el)) {
        seen.add(article.dataset.postId!);
        bodies.set(article.dataset.postId!, article.querySelector('[part~="body"]')!.textContent!);
      }
      root.scrollTop += 250;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        expect(node.localName, 'no active element').not.to.match(/^(script|iframe|object|embed|img|svg|style|link|meta|base|form|frame|frameset|math)$/);
        for (const attr of node.attributes) {
          expect(attr.name, `${node.localName} has ${attr.name}`).not.to.match(/^on/i);
          if (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attr.name))
            expect(attr.value, `${node.localName}[${attr.name}]`).to.match(/^(https?:|mailto:|#)/i);
        }
      }
    }
    observer.disconnect();
    expect(seen.size, `all posts seen; the feed ends with: ${textOf(el).slice(-200)}`).to.equal(xssPayloads.length);
    // Every payload shows as the text it was written as (the raw HTML ones character for character).
    const texts = [...bodies.values()].join('\n');
    expect(texts).to.contain('<script>window.__xssHit("script")</script>');
    expect(texts).to.contain('<img src=x onerror="window.__xssHit(\'img-onerror\')">');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload as written, shown as text.
    expect(texts).to.contain('${window.__xssHit("template-lit")}');
    await new Promise((r) => setTimeout(r, 500)); // late handlers (onerror, onload) would have fired by now
    expect(hits).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    expect(added).to.deep.equal([]);
  });

  it('puts its title at the heading level the page asks for (heading-level, default 2)', async () => {
    const { el } = await feed({ limit: 2 });
    await loaded(el);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });
});
