import type { APIPromise } from './api-promise.js';
import type { BaseCore, RequestOptions } from './base-core.js';
import { MenteoError } from './errors.js';

/**
 * What every list operation answers.
 *
 * @example
 * ```ts
 * const body: ListBody<Mentor> = await core.request({ method: 'GET', path: '/v1/mentors', query: { limit: 10 } });
 * if (body.nextCursor) console.log('more to come');
 * ```
 */
export interface ListBody<Item> {
  /** This page's items. */
  data: Item[];
  /** The cursor of the next page; `null` on the last one. */
  nextCursor: string | null;
}

/**
 * One page of a list. Extra fields of the list (a search's `totalCount`, `facets`)
 * are on the page too.
 *
 * @example
 * ```ts
 * let page: Page<Mentor, MentorList> = await client.mentors.search({ q: 'rust' });
 * while (page.hasNextPage()) page = await page.getNextPage();
 * ```
 */
export type Page<Item, Body extends ListBody<Item> = ListBody<Item>> = Body & {
  /** The request's id, for support. */
  readonly requestId: string | null;
  /** Whether another page follows. */
  hasNextPage(): boolean;
  /** The next page; throws when there is none (check `hasNextPage()`). */
  getNextPage(): PagePromise<Item, Body>;
};

/**
 * What list methods return: await it for the first page, or iterate it with
 * `for await` to walk every item across pages.
 *
 * @example
 * ```ts
 * const page = await client.mentors.search({ q: 'rust' });
 * console.log(page.totalCount, page.data.length, page.hasNextPage());
 *
 * for await (const mentor of client.mentors.search({ skills: ['leadership'] })) {
 *   console.log(mentor.name);
 * }
 * const first50 = await client.mentors.search({ q: 'design' }).toArray({ limit: 50 });
 * ```
 */
export class PagePromise<Item, Body extends ListBody<Item> = ListBody<Item>> implements PromiseLike<Page<Item, Body>>, AsyncIterable<Item> {
  readonly #fetch: (cursor: string | undefined) => APIPromise<Body>;
  readonly #cursor: string | undefined;
  #page: Promise<Page<Item, Body>> | undefined;

  constructor(fetchPage: (cursor: string | undefined) => APIPromise<Body>, cursor?: string) {
    this.#fetch = fetchPage;
    this.#cursor = cursor;
  }

  #first(): Promise<Page<Item, Body>> {
    this.#page ??= this.#fetch(this.#cursor)
      .withResponse()
      .then(({ data, requestId }) => {
        const next = data.nextCursor;
        return Object.assign(data, {
          requestId,
          hasNextPage: () => next !== null,
          getNextPage: () => {
            if (next === null) throw new MenteoError('No next page');
            return new PagePromise<Item, Body>(this.#fetch, next);
          },
        }) as Page<Item, Body>;
      });
    return this.#page;
  }

  /**
   * Fetches the first page (once, however often it is awaited): what makes `await` work.
   *
   * @example
   * ```ts
   * const { data, nextCursor, requestId } = await client.rooms.list();
   * ```
   */
  // biome-ignore lint/suspicious/noThenProperty: awaitable by design (`await client.rooms.list()`), as openai-node's PagePromise.
  then<A = Page<Item, Body>, B = never>(
    onFulfilled?: ((value: Page<Item, Body>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#first().then(onFulfilled, onRejected);
  }

  /**
   * Every page, one request at a time.
   *
   * @example
   * ```ts
   * for await (const page of client.mentors.search({ q: 'rust' }).pages()) render(page.data, page.totalCount);
   * ```
   */
  async *pages(): AsyncGenerator<Page<Item, Body>> {
    let page = await this.#first();
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of every page, fetching each page when the loop reaches it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.pages()) yield* page.data;
  }

  /**
   * Collects items across pages, up to `limit` (required: a list can be very long).
   *
   * @example
   * ```ts
   * const first50 = await client.threads.list({ tag: 'leadership' }).toArray({ limit: 50 });
   * ```
   */
  async toArray(options: { limit: number }): Promise<Item[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1) throw new MenteoError('toArray() needs { limit }');
    const items: Item[] = [];
    for await (const item of this) if (items.push(item) >= limit) break;
    return items;
  }
}

/**
 * A list request over a transport: a page promise that can be awaited or iterated. Every
 * list method of the resources is this with a path (the transport itself knows no pages).
 *
 * @example
 * ```ts
 * for await (const thread of list<ItemOf<'listThreads'>>(core, '/v1/threads', { tag: 'leadership' })) console.log(thread.title);
 * ```
 */
export function list<Item, Body extends ListBody<Item> = ListBody<Item>>(
  core: BaseCore,
  path: string,
  query: object | undefined,
  options?: RequestOptions,
): PagePromise<Item, Body> {
  return new PagePromise<Item, Body>((cursor) =>
    core.request<Body>({ ...options, method: 'GET', path, query: cursor === undefined ? query : { ...query, cursor } }),
  );
}
