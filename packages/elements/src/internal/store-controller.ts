import type { QueryState, QueryStore } from '@menteo/sdk/stores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const idle = { loading: false, stale: false } as const;

/**
 * Follows one query store for an element: subscribes while the element is connected,
 * switches when `select` returns another store (new id, new provider), unsubscribes on
 * disconnect, and re-renders the element on each change. `render()` reads `state`.
 *
 * @example
 * ```ts
 * #mentor = new StoreController(this, () => this.#connection.value?.stores.mentor(this.mentorId));
 * render() { const { loading, error, data } = this.#mentor.state; … }
 * ```
 */
export class StoreController<T> implements ReactiveController {
  /** The store's current state; idle (not loading, no data) without a store. */
  state: QueryState<T> = { ...idle };
  #store: QueryStore<QueryState<T>> | undefined;
  #stop: (() => void) | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => QueryStore<QueryState<T>> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow(this.select());
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow(undefined);
  }

  // Before each render: the element's properties may now point at another store.
  hostUpdate(): void {
    if (this.#connected) this.#follow(this.select());
  }

  /** Loads again (the retry button). Never rejects: a failure lands in `state.error`. */
  refetch(): Promise<void> {
    return this.#store?.refetch() ?? Promise.resolve();
  }

  #follow(store: QueryStore<QueryState<T>> | undefined): void {
    if (store === this.#store) return;
    this.#stop?.();
    this.#stop = undefined;
    this.#store = store;
    this.state = { ...idle };
    if (store) {
      this.#stop = store.subscribe((state) => {
        this.state = state;
        this.host.requestUpdate();
      });
    }
  }
}
