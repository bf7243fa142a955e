// Apart from store-controller.ts: only elements that page through a list carry it (a card does not).
import type { PagedStore } from '@menteo/sdk/stores';
import type { ReactiveControllerHost } from 'lit';
import { StoreFollower } from './store-controller.js';

/**
 * Follows one paginated store; its state is `undefined` without a store.
 *
 * @example
 * ```ts
 * #search = new PagedStoreController<MentorSearchState>(this, () => mentorStores(stores).mentorSearch(params));
 * ```
 */
export class PagedStoreController<State> extends StoreFollower<State, undefined> {
  constructor(host: ReactiveControllerHost, select: () => PagedStore<State> | undefined) {
    super(host, select, undefined);
  }

  /** Appends the next page (nothing without a store). */
  loadMore(): Promise<void> {
    return (this.followed as PagedStore<State> | undefined)?.loadMore() ?? Promise.resolve();
  }
}
