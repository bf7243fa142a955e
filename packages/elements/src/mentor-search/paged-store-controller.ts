import type { PagedStore } from '@menteo/sdk/stores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows one paginated store for an element, like `StoreController` does for a query store:
 * subscribes while connected, switches when `select` returns another store (new parameters —
 * the store family then cancels the abandoned request), re-renders on each change.
 *
 * @example
 * ```ts
 * #search = new PagedStoreController(this, () => this.#connection.value?.stores.mentorSearch(this.#params()));
 * render() { const { items, hasMore } = this.#search.state ?? {}; … }
 * ```
 */
export class PagedStoreController<State> implements ReactiveController {
  /** The store's current state; `undefined` without a store. */
  state: State | undefined;
  #store: PagedStore<State> | undefined;
  #stop: (() => void) | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => PagedStore<State> | undefined,
  ) {
    host.addController(this);
  }

  /** The store followed now. */
  get store(): PagedStore<State> | undefined {
    return this.#store;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow(this.select());
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow(undefined);
  }

  hostUpdate(): void {
    if (this.#connected) this.#follow(this.select());
  }

  #follow(store: PagedStore<State> | undefined): void {
    if (store === this.#store) return;
    this.#stop?.();
    this.#stop = undefined;
    this.#store = store;
    this.state = undefined;
    if (store) {
      this.#stop = store.subscribe((state) => {
        this.state = state;
        this.host.requestUpdate();
      });
    }
  }
}
