// The thread feed's test harness (after material-web's harnesses): a feed in a provider, signed
// in as a seeded person or not, and what a test reads of it. Used by the feed-*.test.ts and
// post-*.test.ts files; thread-feed.test.ts keeps its own older helpers.
import { Menteo } from '@menteo/sdk';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Person, part, sandbox, tokenFor } from './support.js';
import { MenteoProvider } from '../src/provider/menteo-provider.js';
import { MenteoThreadFeed } from '../src/thread-feed/thread-feed.js';

MenteoProvider.define('menteo-provider');
MenteoThreadFeed.define('menteo-thread-feed');

/** A client acting as a seeded person (the page's other readers, or the API as its owner sees it). */
export const clientOf = async (person: Person): Promise<Menteo> =>
  new Menteo({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url, token: await tokenFor(person), maxRetries: 0 });

let seq = 0;
/** A text no other test wrote. */
export const unique = (what: string): string => `${what} (feed harness ${Date.now()}-${++seq})`;

/** A new public thread of `person`'s with one post (or `posts` of them, the newest last). */
export async function threadWithPosts(person: Person, posts: string[] = ['The first post.'], extra: { canonicalUrl?: string } = {}) {
  const client = await clientOf(person);
  const thread = await client.threads.create({ title: unique('Harness thread'), visibility: 'public', ...extra });
  const created = [];
  for (const body of posts) created.push(await client.threads.posts.create(thread.id, { kind: 'update', body }));
  return { client, thread, posts: created };
}

export interface FeedOptions {
  id?: string;
  canonicalUrl?: string;
  person?: Person;
  lang?: string;
  dir?: string;
  compact?: boolean;
}

/** A feed inside a provider (signed in when `person` is given), loaded: posts, empty state or error. */
export async function feedFor(options: FeedOptions) {
  const getToken = options.person ? () => tokenFor(options.person!) : undefined;
  const root = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} .getToken=${getToken}>
      <menteo-thread-feed thread-id=${ifDefined(options.id)} canonical-url=${ifDefined(options.canonicalUrl)} ?compact=${options.compact}></menteo-thread-feed>
    </menteo-provider>
  </div>`);
  const el = root.querySelector('menteo-thread-feed')!;
  await waitUntil(() => articles(el).length > 0 || part(el, 'empty') || part(el, 'error'), 'no posts, empty state or error', { timeout: 10_000 });
  return { root, el };
}

/** Every element of the feed's shadow root matching `selector`. */
export const all = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** The posts rendered. */
export const articles = (el: Element): HTMLElement[] => all(el, 'article');
/** A post by id (looked up again after each update: the feed re-renders its window). */
export const articleOf = (el: Element, postId: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(`article[data-post-id="${postId}"]`)!;
/** A post's part (`post-edit-button`, `post-link`…). */
export const inPost = <T extends HTMLElement = HTMLElement>(el: Element, postId: string, name: string): T | null =>
  articleOf(el, postId)?.querySelector<T>(`[part~="${name}"]`) ?? null;
/** What has focus inside the feed. */
export const focused = (el: Element): HTMLElement | null => el.shadowRoot!.activeElement as HTMLElement | null;
/** Text with its white space collapsed. */
export const squash = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Sends the page's writes (not GETs) to the API with a token it does not know, so it refuses
 * them (a real 401 with a request id); `restore()` puts fetch back.
 */
export function refuseWrites() {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'GET' && request.url.startsWith(sandbox.url)) request.headers.set('authorization', 'Bearer ut_notarealtoken');
    return realFetch(request);
  };
  return { restore: () => (window.fetch = realFetch) };
}
