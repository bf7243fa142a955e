import { type ItemOf, Mentors, type Page } from '@menteo/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Connection } from '../context.js';
import { followersOf } from '../internal/store-controller.js';

/** One review of a mentor, as the API lists them (newest first). */
export type MentorReview = ItemOf<'listMentorReviews'>;

/** Reviews per page: a profile shows a few, and "More reviews" brings the next few. */
const PAGE = 5;

/**
 * A mentor's reviews, newest first, a page at a time (`GET /v1/mentors/{id}/reviews` through the
 * SDK's `mentors.reviews`, following its cursor): loads the first page while its host is
 * connected with a mentor, `more()` appends the next. The element's retry button reloads it too (it joins the
 * element's store followers). An answer for a mentor or connection no longer shown is dropped
 * (no abort signal: a page's `getNextPage()` reuses the first request's options, signal included).
 * The SDK has no reviews store yet: this is the one reader.
 *
 * @example
 * ```ts
 * #reviews = new ReviewsController(this, () => this.connection.value, () => this.mentorId);
 * render() { return html`${this.#reviews.items.map(renderReview)}`; }
 * ```
 */
export class ReviewsController implements ReactiveController {
  /** The reviews loaded so far, newest first. */
  items: MentorReview[] = [];
  /** A page is on its way. */
  loading = false;
  /** Why the last page failed to load (the items already shown stay). */
  error: unknown;
  #page: Page<MentorReview> | undefined;
  #key: unknown[] = [];
  /** Counts loads: an answer to any but the latest is dropped. */
  #run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connection: () => Connection | undefined,
    private readonly mentorId: () => string | undefined,
  ) {
    host.addController(this);
    const followers = followersOf.get(host) ?? [];
    followers.push(this);
    followersOf.set(host, followers);
  }

  /** Whether a later page exists. */
  get hasMore(): boolean {
    return this.#page?.hasNextPage() ?? false;
  }

  hostUpdate(): void {
    const connection = this.connection();
    const mentorId = this.mentorId();
    if (connection === this.#key[0] && mentorId === this.#key[1]) return;
    this.#key = [connection, mentorId];
    void this.refetch();
  }

  hostDisconnected(): void {
    this.#run++;
    this.loading = false;
    this.#key = [];
  }

  /** Loads the first page again (the retry button). Never rejects. */
  refetch(): Promise<void> {
    const [connection, mentorId] = this.#key as [Connection | undefined, string | undefined];
    this.items = [];
    this.#page = undefined;
    return this.#load(connection && mentorId ? () => new Mentors(connection.client).reviews(mentorId, { limit: PAGE }) : undefined);
  }

  /** Appends the next page; resolves with how many reviews were shown before it (where the new ones start). */
  async more(): Promise<number> {
    const before = this.items.length;
    const page = this.#page;
    if (page?.hasNextPage() && !this.loading) await this.#load(() => page.getNextPage());
    return before;
  }

  async #load(next: (() => PromiseLike<Page<MentorReview>>) | undefined): Promise<void> {
    const run = ++this.#run;
    this.error = undefined;
    this.loading = next !== undefined;
    this.host.requestUpdate();
    if (!next) return;
    try {
      const page = await next();
      if (run !== this.#run) return;
      this.#page = page;
      this.items = [...this.items, ...page.data];
    } catch (error) {
      if (run !== this.#run) return;
      this.error = error;
    }
    this.loading = false;
    this.host.requestUpdate();
  }
}
