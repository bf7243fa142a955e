import { Menteo } from '@menteo/sdk';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, type Person, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { signInHooks } from '../internal/sign-in-flow.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoThreadFeed } from '../thread-feed/thread-feed.js';
import { MenteoReadingList } from './reading-list.js';

MenteoProvider.define('menteo-provider');
MenteoReadingList.define('menteo-reading-list');
MenteoThreadFeed.define('menteo-thread-feed');

const clientOf = async (person: Person) => new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });

interface Options {
  person?: Person;
  lang?: string;
  dir?: string;
  /** A feed of this thread beside the list, in the same provider (the same stores). */
  feedOf?: string;
}

/** A reading list inside a provider (signed in when `person` is given). */
async function readingList(options: Options = {}) {
  const getToken = options.person ? () => tokenFor(options.person!) : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-reading-list></menteo-reading-list>
      ${options.feedOf ? html`<menteo-thread-feed thread-id=${options.feedOf}></menteo-thread-feed>` : ''}
    </menteo-provider>
  </div>`);
  return { root, el: root.querySelector('menteo-reading-list')!, feed: root.querySelector('menteo-thread-feed') };
}

const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')];
const ids = (el: Element) => entries(el).map((entry) => entry.dataset.postId);
const entryOf = (el: Element, postId: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="entry"][data-post-id="${postId}"]`);
const loaded = (el: Element) =>
  waitUntil(() => entries(el).length > 0 || part(el, 'empty') || part(el, 'error'), 'no entries, empty state or error', { timeout: 10_000 });
let seq = 0;
const unique = (what: string) => `${what} (reading list test ${Date.now()}-${++seq})`;

/**
 * Holds the page's requests that `matching` picks until `open()` (then passes each through
 * `released`); the others go at once.
 */
function holdRequests(matching: (request: Request) => boolean, released: (request: Request) => void = () => {}) {
  const realFetch = window.fetch;
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!matching(request)) return realFetch(request);
    await opened;
    released(request);
    return realFetch(request);
  };
  return { open, restore: () => (window.fetch = realFetch) };
}

/**
 * Holds the page's writes until `open()`, sending them with a token the API does not know (a
 * real 401): what the list shows meanwhile is its optimistic state, and after it the rollback.
 */
function refuseWrites() {
  return holdRequests(
    (request) => request.method !== 'GET' && request.url.startsWith(sandbox.url),
    (request) => request.headers.set('authorization', 'Bearer ut_notarealtoken'),
  );
}

describe('<menteo-reading-list>', () => {
  it('signed out: says why, and its Sign in button asks the page to sign the reader in', async () => {
    const { root, el } = await readingList();
    const signIn = await waitForPart(el, 'sign-in');
    expect(signIn.textContent).to.contain('Sign in to see your reading list');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'sign-in-button')!.focus();
    // The page takes over (as a site with its own sign-in does), so no sign-in of the element's outlives this test.
    const asked = new Promise<CustomEvent>((resolve) =>
      root.addEventListener(
        'menteo-sign-in-required',
        (event) => {
          event.preventDefault();
          resolve(event);
        },
        { once: true },
      ),
    );
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail).to.deep.equal({ action: 'reading-list' });
  });

  it('signed out, with <meta name="menteo:sign-in" content="popup">: Sign in opens the hosted popup (after its event); a popup closed says so', async () => {
    const opened: string[] = [];
    // The page's window as the sign-in uses it; its popup is closed at once, so the sign-in ends (popup_closed).
    const win = Object.assign(new EventTarget(), {
      location: { origin: location.origin },
      open: (url: URL | string) => {
        opened.push(String(url));
        return { closed: true };
      },
    });
    const realWindow = signInHooks.window;
    signInHooks.window = win as unknown as Window;
    const meta = Object.assign(document.createElement('meta'), { name: 'menteo:sign-in', content: 'popup' });
    document.head.append(meta);
    try {
      const { root, el } = await readingList();
      const button = await waitForPart<HTMLButtonElement>(el, 'sign-in-button');
      const asked = oneEvent(root, 'menteo-sign-in-required');
      button.click();
      expect((await asked).detail).to.deep.equal({ action: 'reading-list' });
      await waitUntil(() => opened.length === 1, 'no popup opened');
      expect(new URL(opened[0]!).pathname).to.equal('/oauth/authorize');
      const message = await waitForPart(el, 'sign-in-error');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(part(el, 'sign-in-button'), 'still signed out, and can try again').to.exist;
      await expect(el).to.be.accessible();
    } finally {
      signInHooks.window = realWindow;
      meta.remove();
    }
  });

  it('shows the reader’s saved posts as the API lists them: newest saved first, thread link, kind, excerpt', async () => {
    const client = await clientOf('demo-mentor');
    const { data: saved } = await client.posts.bookmarks();
    expect(saved.length, 'the seed saves posts for the demo mentor').to.be.greaterThan(1);
    const { el } = await readingList({ person: 'demo-mentor' });
    await loaded(el);
    expect(ids(el)).to.deep.equal(saved.map((b) => b.post.id));
    expect(part(el, 'title')!.textContent).to.equal('Your reading list');
    const first = saved[0]!;
    const row = entryOf(el, first.post.id)!;
    const thread = await client.threads.retrieve(first.post.threadId);
    // The link comes from the thread store once it has answered.
    await waitUntil(() => row.querySelector('a[part~="thread-link"]'), 'no thread link');
    const link = row.querySelector<HTMLAnchorElement>('a[part~="thread-link"]')!;
    expect(link.textContent!.trim()).to.equal(first.threadTitle);
    expect(link.href).to.equal(thread.htmlUrl);
    const kindName = { update: 'Update', challenge: 'Challenge', breakthrough: 'Breakthrough', milestone: 'Milestone', question: 'Question' }[first.post.kind];
    expect(row.querySelector('[part~="badge"]')!.textContent!.trim()).to.match(new RegExp(`^\\S ${kindName}$`));
    expect(row.querySelector('[part~="saved"]')!.textContent).to.match(/^Saved \w{3} \d{1,2}, \d{4}$/);
    const excerpt = row.querySelector('[part~="excerpt"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(first.post.body.replace(/[*_`#>]/g, '').replace(/\s+/g, ' ')).to.contain(
      excerpt
        .replace(/…$/, '')
        .replace(/[*_`#>]/g, '')
        .slice(0, 40),
    );
    expect(row.querySelector('[part~="remove-button"]')!.getAttribute('aria-label')).to.equal(
      `Remove the post from “${first.threadTitle}” from your reading list`,
    );
    await expect(el).to.be.accessible();
  });

  it('renders a saved post’s Markdown safely and cuts a long one at a word', async () => {
    const owner = await clientOf('demo-mentor');
    const reader = await clientOf('demo-mentee');
    const thread = await owner.threads.create({ title: unique('Markdown kept safe'), visibility: 'public' });
    const long = `**Bold start** and <img src=x onerror="window.__hit=1"> [a link](javascript:alert(1)) ${'then many words '.repeat(30)}`;
    const post = await owner.threads.posts.create(thread.id, { kind: 'breakthrough', body: long });
    await reader.posts.reactions.add(post.id, 'bookmark');
    try {
      const { el } = await readingList({ person: 'demo-mentee' });
      await loaded(el);
      const row = entryOf(el, post.id)!;
      const excerpt = row.querySelector('[part~="excerpt"]')!;
      expect(excerpt.querySelector('strong')!.textContent).to.equal('Bold start');
      expect(excerpt.querySelector('img'), 'raw HTML stays text').to.be.null;
      expect(excerpt.querySelector('a[href^="javascript"]'), 'no script link').to.be.null;
      expect(excerpt.textContent!.trim().endsWith('…')).to.equal(true);
      expect(excerpt.textContent!.length).to.be.lessThan(long.length);
      expect((window as unknown as { __hit?: number }).__hit).to.equal(undefined);
    } finally {
      await reader.posts.reactions.remove(post.id, 'bookmark');
    }
  });

  it('a post saved in a feed on the page appears at once; Remove (keyboard) takes it off and unpresses the feed’s bookmark', async () => {
    const owner = await clientOf('demo-mentor');
    const thread = await owner.threads.create({ title: unique('Saved live'), visibility: 'public' });
    const post = await owner.threads.posts.create(thread.id, { kind: 'milestone', body: 'Worth reading again.' });
    const reader = await clientOf('demo-mentee');
    const { el, feed } = await readingList({ person: 'demo-mentee', feedOf: thread.id });
    await loaded(el);
    const before = ids(el);
    const nodes = () => part(el, 'entries')!.childNodes.length;
    const nodesBefore = nodes();
    const bookmark = () =>
      feed!.shadowRoot!.querySelector<HTMLButtonElement>(`article[data-post-id="${post.id}"] [part~="reaction-button"][data-kind="bookmark"]`);
    await waitUntil(bookmark, 'the feed shows no post');
    bookmark()!.click();
    await waitUntil(() => ids(el)[0] === post.id, 'the saved post did not appear first', { timeout: 10_000 });
    expect(ids(el).slice(1)).to.deep.equal(before);
    expect(entryOf(el, post.id)!.querySelector('[part~="thread-link"]')!.textContent!.trim()).to.equal(thread.title);
    await expect(el).to.be.accessible();

    entryOf(el, post.id)!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(ids(el), 'gone at once').to.deep.equal(before);
    // Focus moves to the next post's Remove button, not to the page.
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('remove-button');
    await waitUntil(() => bookmark()!.getAttribute('aria-pressed') === 'false', 'the feed still shows it saved');
    await waitUntil(async () => !(await reader.posts.bookmarks()).data.some((b) => b.post.id === post.id), 'the API still has it');
    await waitUntil(() => textOf(el).includes(`Removed the post from “${thread.title}”.`), 'no announcement');
    expect(ids(el)).to.deep.equal(before);
    // Nothing left behind of the removed entry (lit/lit#5010: a marker per removed item).
    expect(nodes()).to.equal(nodesBefore);
  });

  it('a refused Remove puts the post back, in place, with why and the request id', async () => {
    const client = await clientOf('acme-employee');
    const { data: saved } = await client.posts.bookmarks();
    const { el } = await readingList({ person: 'acme-employee' });
    await loaded(el);
    const target = saved[1]!.post.id;
    const hold = refuseWrites();
    try {
      entryOf(el, target)!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.click();
      await waitUntil(() => !entryOf(el, target), 'not removed at once');
      hold.open();
      await waitUntil(() => entryOf(el, target)?.querySelector('[part~="remove-error"]'), 'not put back with an error');
      expect(ids(el)).to.deep.equal(saved.map((b) => b.post.id));
      expect(entryOf(el, target)!.querySelector('[part~="remove-error"]')!.textContent).to.match(
        /We couldn’t remove this post; it is still on your list\.\s+Request ID: req_\S+/,
      );
      await expect(el).to.be.accessible();
    } finally {
      hold.restore();
    }
    expect((await client.posts.bookmarks()).data.map((b) => b.post.id)).to.deep.equal(saved.map((b) => b.post.id));
  });

  it('pages: Load more appends the next saved posts and focuses the first that came', async () => {
    const owner = await clientOf('demo-mentor');
    const reader = await clientOf('acme-employee');
    const thread = await owner.threads.create({ title: unique('Many saved'), visibility: 'public' });
    const saved: string[] = [];
    for (let i = 0; i < 21; i++) {
      const post = await owner.threads.posts.create(thread.id, { kind: 'update', body: `Note ${i}` });
      await reader.posts.reactions.add(post.id, 'bookmark');
      saved.push(post.id);
    }
    // The thread's link comes from a request of its own, which may answer after the page does:
    // held here, so the first new post arrives with its title not yet a link, as on a slow network.
    const link = holdRequests((request) => new URL(request.url).pathname === `/v1/threads/${thread.id}`);
    try {
      const everything = [];
      for await (const bookmark of reader.posts.bookmarks()) everything.push(bookmark.post.id);
      const { el } = await readingList({ person: 'acme-employee' });
      await loaded(el);
      const firstPage = ids(el);
      expect(firstPage.length).to.be.lessThan(everything.length);
      part<HTMLButtonElement>(el, 'load-more')!.click();
      await waitUntil(() => ids(el).length > firstPage.length, 'no second page');
      expect(ids(el)).to.deep.equal(everything.slice(0, ids(el).length));
      const arrived = entries(el)[firstPage.length]!;
      expect(arrived.querySelector('a[part~="thread-link"]'), 'the link is still on its way').to.equal(null);
      await waitUntil(() => arrived.contains(el.shadowRoot!.activeElement), 'focus did not move to the first new post');
      link.open();
      await waitUntil(() => arrived.querySelector('a[part~="thread-link"]'), 'the link never came');
      expect(arrived.contains(el.shadowRoot!.activeElement), 'the link coming took focus away').to.equal(true);
    } finally {
      link.restore();
      for (const id of saved) await reader.posts.reactions.remove(id, 'bookmark');
    }
  });

  it('in Spanish and right to left', async () => {
    const { el } = await readingList({ person: 'demo-mentor', lang: 'es', dir: 'rtl' });
    await loaded(el);
    expect(part(el, 'title')!.textContent).to.equal('Tu lista de lectura');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'remove-button')!.textContent!.trim()).to.equal('Quitar');
    expect(part(el, 'saved')!.textContent).to.match(/^Guardada el /);
    await expect(el).to.be.accessible();
  });
});
